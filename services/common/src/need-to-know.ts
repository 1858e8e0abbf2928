import { BREAK, type DocumentNode, type GraphQLSchema, TypeInfo, getNamedType, visit, visitWithTypeInfo } from "graphql";
import { registerEnumType } from "type-graphql";
import { DomainError } from "./errors";
import { type Identity, Role } from "./identity";

/**
 * Need to know (SPEC section 2, PDPA), the one rule every subgraph and the gateway apply:
 * - a leader's national ID, phone and birth date in full only for ADMIN and the PROVINCE_OFFICER of
 *   the leader's own province; every other staff role sees them masked; a PARTNER never;
 * - a partner key has a scope: AGGREGATE (the default) receives no person-level data at all, NAMED
 *   leaders' names and community roles; neither ever staff accounts, reviewers, history or the access log.
 * The same masking applies to the before/after snapshots of history (`discloseSnapshot`).
 */

export enum PartnerScope {
  AGGREGATE = "AGGREGATE",
  NAMED = "NAMED",
}
registerEnumType(PartnerScope, {
  name: "PartnerScope",
  description: "What a partner key may read: AGGREGATE counts and tambon/province results only; NAMED also leaders' names and community roles",
});

/** A leader's personal data in the sense of SPEC section 2. */
export const PERSONAL_FIELDS = ["birthDate", "nationalId", "phone"] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** How a caller receives a leader's personal data. */
export type Disclosure = "FULL" | "MASKED" | "REFUSED";

/** How `identity` receives the personal data of a leader of `provinceCode`. */
export function personalDisclosure(identity: Pick<Identity, "role" | "provinceCode">, provinceCode: string | null | undefined): Disclosure {
  if (identity.role === Role.ADMIN) return "FULL";
  if (identity.role === Role.PARTNER) return "REFUSED";
  if (identity.role === Role.PROVINCE_OFFICER && !!provinceCode && identity.provinceCode === provinceCode) return "FULL";
  return "MASKED";
}

/** `x-xxxx-xxxxx-12-3`: the last three digits, where a 13-digit ID's last group and check digit stand. */
export function maskNationalId(nationalId: string): string {
  const digits = nationalId.replace(/\D/g, "");
  return digits.length === 13 ? `x-xxxx-xxxxx-${digits.slice(10, 12)}-${digits.slice(12)}` : "x-xxxx-xxxxx-xx-x";
}

/** A phone number's last four digits, the rest as x: `xxxxxx5678`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length <= 4 ? "x".repeat(digits.length) : `${"x".repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** The Buddhist-Era year of an ISO date (`1980-05-01` → 2523), or null. */
export function birthYearBE(birthDate: string | null | undefined): number | null {
  const year = /^(\d{4})-\d{2}-\d{2}/.exec(birthDate ?? "")?.[1];
  return year ? Number(year) + 543 : null;
}

/** The masked form of one personal value (a birth date becomes its BE year). */
export function maskPersonal(field: PersonalField, value: string): string {
  if (field === "nationalId") return maskNationalId(value);
  if (field === "phone") return maskPhone(value);
  return String(birthYearBE(value) ?? "");
}

/** One personal value as `identity` may receive it for a leader of `provinceCode`: in full, masked, or null. */
export function disclose(identity: Identity, provinceCode: string | null | undefined, field: PersonalField, value: string | null): string | null {
  if (value === null || value === undefined) return null;
  const disclosure = personalDisclosure(identity, provinceCode);
  return disclosure === "FULL" ? value : disclosure === "MASKED" ? maskPersonal(field, value) : null;
}

/**
 * A history snapshot (JSON) as `identity` may read it: every personal field in it masked or removed
 * by the same rule as the fields (the snapshot's own `provinceCode` says whose province it is).
 */
export function discloseSnapshot(identity: Identity | null, snapshot: string | null): string | null {
  if (snapshot === null || !PERSONAL_FIELDS.some((field) => snapshot.includes(`"${field}"`))) return snapshot;
  const values = JSON.parse(snapshot) as Record<string, unknown>;
  const disclosure = identity ? personalDisclosure(identity, values.provinceCode as string | undefined) : "REFUSED";
  if (disclosure === "FULL") return snapshot;
  for (const field of PERSONAL_FIELDS) {
    const value = values[field];
    if (typeof value !== "string") continue;
    if (disclosure === "MASKED") values[field] = maskPersonal(field, value);
    else delete values[field];
  }
  return JSON.stringify(values);
}

/** The personal fields that hold a value in any of these snapshots (a read of them in full is logged). */
export function personalFieldsInSnapshots(snapshots: (string | null)[]): PersonalField[] {
  const found = new Set<PersonalField>();
  for (const snapshot of snapshots) {
    if (!snapshot) continue;
    const values = JSON.parse(snapshot) as Record<string, unknown>;
    for (const field of PERSONAL_FIELDS) if (values[field] !== null && values[field] !== undefined) found.add(field);
  }
  return PERSONAL_FIELDS.filter((field) => found.has(field));
}

/** The scope of a partner identity (AGGREGATE unless the key says NAMED); null for staff. */
export function partnerScope(identity: Identity | null | undefined): PartnerScope | null {
  if (identity?.role !== Role.PARTNER) return null;
  return identity.scope === PartnerScope.NAMED ? PartnerScope.NAMED : PartnerScope.AGGREGATE;
}

/**
 * What partners may not select, by type: `"*"` every field of the type, else the fields named.
 * NEVER_TO_PARTNERS holds for both scopes; PERSON_LEVEL is added for AGGREGATE keys. Staff accounts
 * (nominator, reviewer, recorder…) answer null to partners where they are referenced (the fields'
 * own resolvers), and the queries of accounts are for staff roles only.
 */
const NEVER_TO_PARTNERS: Readonly<Record<string, "*" | readonly string[]>> = {
  Leader: ["nationalId", "phone", "birthDate", "birthYear", "gender", "villageNo", "participations", "withdrawnAt", "anonymisedAt"],
  Review: ["reviewerId", "reviewerRole"],
  Participation: "*",
  ParticipationPage: ["nodes"],
  AccessLogEntry: "*",
  AccessLogPage: "*",
  HistoryRecord: "*",
  PeopleHistoryPage: "*",
  ActivityHistoryEntry: "*",
  ActivityHistoryPage: "*",
  EvaluationHistoryEntry: "*",
  EvaluationHistoryPage: "*",
  LeaderImport: "*",
  LeaderDataExport: "*",
  // Evidence files show people (sign-in sheets with signatures, photos, receipts with names): staff only.
  Attachment: "*",
};
const PERSON_LEVEL: Readonly<Record<string, "*" | readonly string[]>> = {
  Leader: "*",
  LeaderPage: ["nodes", "nextCursor"],
  EngagementPost: ["leader", "leaderId"],
};

function refuses(table: Readonly<Record<string, "*" | readonly string[]>>, type: string, field: string): boolean {
  const rule = table[type];
  return rule === "*" || (rule !== undefined && rule.includes(field));
}

/** Whether a partner of `scope` may select `type.field`. */
export function partnerMaySelect(scope: PartnerScope, type: string, field: string): boolean {
  if (field === "__typename") return true;
  if (refuses(NEVER_TO_PARTNERS, type, field)) return false;
  return !(scope === PartnerScope.AGGREGATE && refuses(PERSON_LEVEL, type, field));
}

/** The answers of `partnerRefusedField`, per schema, document and scope: documents are parsed once and reused by Apollo's store and the shortcut's routes. */
const refusals = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<PartnerScope, string | null>>>();

/**
 * The first field of `document` a partner of `scope` may not select, as `Type.field`, or null. A
 * static check over the operation (inline fragments and `_entities` included), so that a refused
 * operation is refused whole, before anything is read; walked once per schema, document and scope.
 */
export function partnerRefusedField(schema: GraphQLSchema, document: DocumentNode, scope: PartnerScope): string | null {
  let bySchema = refusals.get(schema);
  if (!bySchema) refusals.set(schema, (bySchema = new WeakMap()));
  let byScope = bySchema.get(document);
  if (!byScope) bySchema.set(document, (byScope = new Map()));
  const known = byScope.get(scope);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(schema);
  let refused: string | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        if (!parent) return undefined;
        // The field itself, and the type it returns when that type is refused whole (e.g. `Query.leader` for AGGREGATE).
        const allowed = partnerMaySelect(scope, parent.name, node.name.value) && (!type || partnerMaySelect(scope, getNamedType(type).name, "*"));
        if (allowed) return undefined;
        refused = `${parent.name}.${node.name.value}`;
        return BREAK;
      },
    }),
  );
  byScope.set(scope, refused);
  return refused;
}

/** FORBIDDEN for a partner's operation that selects what its key's scope does not cover. */
export function partnerFieldRefused(field: string, scope: PartnerScope): DomainError {
  const aggregate = scope === PartnerScope.AGGREGATE;
  return new DomainError("FORBIDDEN", `A ${scope} partner key may not read ${field}`, {
    field,
    rule: aggregate ? "PARTNER_AGGREGATE_SCOPE" : "PARTNER_NEVER",
    messageTh: aggregate ? `กุญแจ API ขอบเขตข้อมูลสรุป (AGGREGATE) อ่านข้อมูลรายบุคคลไม่ได้: ${field}` : `หน่วยงานภาคีอ่านข้อมูลส่วนบุคคลหรือบัญชีเจ้าหน้าที่ไม่ได้: ${field}`,
  });
}

/**
 * Free text bound for a log (an error's message and stack) with anything shaped like a national ID
 * (13 digits, dashes allowed) or a Thai phone number (0 and 8–9 digits) replaced: a database error
 * can quote the value it refused.
 */
export function redactPersonalText(text: string): string {
  return text.replace(/(?<!\d)\d(?:-?\d){12}(?!\d)/g, "[national ID redacted]").replace(/(?<!\d)0\d{8,9}(?!\d)/g, "[phone redacted]");
}
