import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  type KeysetColumn,
  badInput,
  byKey,
  childPageLoader,
  conflict,
  decodeCursor,
  encodeCursor,
  forbidden,
  isUniqueViolation,
  keysetCondition,
  notFound,
  recordHistory,
  writeTransaction,
  provinceScope,
  type PersonalField,
  Role,
  maskPersonal,
  personalDisclosure,
  requireIdentity,
} from "@change-leaders/common";
import { Brackets, type EntityManager, In, IsNull } from "typeorm";
import { Tambon } from "../geography/tambon.entity";
import { accessLogService } from "../audit/access-log.service";
import { leaderAccess } from "./leader.access";
import { Leader } from "./leader.entity";
import { type LeaderFilter, type LeaderInput, LeaderPage, type LeaderUpdateInput, type SortInput } from "./leader.inputs";
import { nameKey } from "./leader.rules";
import { withdrawnAtAfter } from "../retention/retention.rules";
import { type FieldProblem, type LeaderFields, checkLeaderFields } from "./leader.validation";

/** The leader as history keeps it (the search keys are derived, so left out). */
export const leaderSnapshot = ({ firstNameKey: _f, lastNameKey: _l, ...rest }: Leader) => rest;

/** The sorts a cursor can carry: their values are strings and numbers (dates are not). */
const CURSOR_SORTS = new Set(["lastName", "firstName", "cohortYear", "tambonCode"]);

const SORT_COLUMNS: Record<string, string> = {
  lastName: "leader.lastNameKey",
  firstName: "leader.firstNameKey",
  createdAt: "leader.createdAt",
  updatedAt: "leader.updatedAt",
  cohortYear: "leader.cohortYear",
  tambonCode: "leader.tambonCode",
};

/** GLOB's special characters written literally (SQLite). */
const globPrefix = (text: string) => `${text.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
const likePrefix = (text: string) => `${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;

function duplicateNationalId() {
  return conflict("A leader with this national ID is already registered for this fiscal year", { field: "input.nationalId" });
}

function throwFirst(problems: FieldProblem[]): never {
  throw badInput(`input.${problems[0].field}`, problems[0].message, { messageTh: problems[0].messageTh });
}

export const leaderService = {
  /** A live leader by id, batched over the request; no access check (callers check). */
  find(ctx: RequestContext, id: string): Promise<Leader | null> {
    return ctx.loaders
      .get<string, Leader | null>("leader", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(Leader, { id: In([...ids]), deletedAt: IsNull() }), (l) => l.id),
      )
      .load(id);
  },

  /** `leader(id)` and entity references: null when absent, FORBIDDEN when in another province for an officer. */
  async findReadable(ctx: RequestContext, id: string): Promise<Leader | null> {
    provinceScope(ctx); // an officer account without a province is refused before anything is read
    const leader = await this.find(ctx, id);
    if (leader) await leaderAccess.assertRead(ctx, leader);
    return leader;
  },

  /**
   * A page of leaders by offset or, with page.after, by keyset: the rows after the cursor's sort values,
   * sought in the index however deep. totalCount is counted only when asked.
   */
  async list(ctx: RequestContext, filter: LeaderFilter | undefined, page: PageInput, sort?: SortInput): Promise<LeaderPage> {
    const scope = provinceScope(ctx);
    const query = ctx.dataSource.manager.createQueryBuilder(Leader, "leader").where("leader.deletedAt IS NULL");
    if (scope !== null) {
      if (filter?.provinceCode && filter.provinceCode !== scope) return { nodes: [], totalCount: 0 };
      query.andWhere("leader.provinceCode = :scope", { scope });
    }
    const readable = await leaderAccess.readableTambons(ctx);
    if (readable !== null) {
      if (readable.length === 0) return { nodes: [], totalCount: 0 };
      query.andWhere("leader.tambonCode IN (:...readable)", { readable });
    }
    if (filter?.provinceCode) query.andWhere("leader.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.districtCode) query.andWhere("leader.districtCode = :districtCode", { districtCode: filter.districtCode });
    if (filter?.tambonCode) query.andWhere("leader.tambonCode = :tambonCode", { tambonCode: filter.tambonCode });
    if (filter?.tambonCodes) {
      if (filter.tambonCodes.length === 0) return { nodes: [], totalCount: 0 };
      query.andWhere("leader.tambonCode IN (:...tambonCodes)", { tambonCodes: filter.tambonCodes });
    }
    if (filter?.cohortYear) query.andWhere("leader.cohortYear = :cohortYear", { cohortYear: filter.cohortYear });
    if (filter?.status) query.andWhere("leader.status = :status", { status: filter.status });
    if (filter?.search?.trim()) {
      // A prefix match on the lower-cased name keys, each with its own index: GLOB on SQLite (its
      // BINARY index serves GLOB prefixes), LIKE on MySQL (its case-insensitive collation serves
      // LIKE prefixes). Either way an index range, never a scan of every leader.
      const key = nameKey(filter.search);
      const sqlite = ctx.dataSource.options.type === "better-sqlite3";
      const op = sqlite ? "GLOB :prefix" : "LIKE :prefix ESCAPE '!'";
      query.andWhere(new Brackets((where) => where.where(`leader.firstNameKey ${op}`).orWhere(`leader.lastNameKey ${op}`)), {
        prefix: sqlite ? globPrefix(key) : likePrefix(key),
      });
    }
    const field = sort?.field ?? "lastName";
    const column = SORT_COLUMNS[field];
    if (!column) throw badInput("sort.field", `field is one of ${Object.keys(SORT_COLUMNS).join(", ")}`);
    const direction = sort?.direction ?? "ASC";
    const counting = query.clone();
    // The order, ending in the unique id; each column is also a key of the cursor (idx_leader_name_order serves the default).
    const keyset: (KeysetColumn & { property: keyof Leader })[] = [{ expression: column, direction, property: column.slice(7) as keyof Leader }];
    if (column !== "leader.lastNameKey") keyset.push({ expression: "leader.lastNameKey", direction: "ASC", property: "lastNameKey" });
    keyset.push(
      { expression: "leader.firstNameKey", direction: "ASC", property: "firstNameKey" },
      { expression: "leader.id", direction: "ASC", property: "id" },
    );
    if (page.after) {
      if (!CURSOR_SORTS.has(field)) throw badInput("page.after", `Paging by cursor sorts by ${[...CURSOR_SORTS].join(", ")}`);
      const [cursorField, cursorDirection, ...values] = decodeCursor(page.after, keyset.length + 2);
      if (cursorField !== field || cursorDirection !== direction)
        throw badInput("page.after", "The cursor is of another sort: send the same sort as for the previous page");
      const condition = keysetCondition(keyset, values);
      query.andWhere(condition.sql, condition.params);
    }
    for (const [i, { expression, direction: order }] of keyset.entries()) {
      if (i === 0) query.orderBy(expression, order);
      else query.addOrderBy(expression, order);
    }
    // One row more than the page says whether another page follows.
    const rows = await query
      .skip(page.offset)
      .take(page.limit + 1)
      .getMany();
    const nodes = rows.slice(0, page.limit);
    const last = nodes.at(-1);
    const nextCursor =
      rows.length > page.limit && last && CURSOR_SORTS.has(field)
        ? encodeCursor([field, direction, ...keyset.map(({ property }) => last[property] as string | number)])
        : null;
    return Object.assign(new LeaderPage(), { nodes, nextCursor, count: () => counting.getCount() });
  },

  /** A page of a tambon's leaders, batched over every tambon of the request (two statements). */
  async ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<Leader>> {
    const scope = provinceScope(ctx);
    if (scope !== null && tambonCode.slice(0, 2) !== scope) return { nodes: [], totalCount: 0 };
    const readable = await leaderAccess.readableTambons(ctx);
    if (readable !== null && !readable.includes(tambonCode)) return { nodes: [], totalCount: 0 };
    return childPageLoader(
      ctx,
      "leadersOfTambon",
      {
        entity: Leader,
        parentProperty: "tambonCode",
        orderBy: [{ property: "lastNameKey" }, { property: "firstNameKey" }],
        where: (query) => query.andWhere("child.deletedAt IS NULL"),
      },
      page,
    ).load(tambonCode);
  },

  /**
   * A personal field as the need-to-know rule gives it to the caller: FORBIDDEN for a PARTNER, masked
   * for staff outside the leader's province (a birth date: null, its year is `birthYear`), in full for
   * ADMIN and the leader's own officer — logged before it is served.
   */
  async personal(ctx: RequestContext, leader: Leader, field: PersonalField): Promise<string | null> {
    const disclosure = personalDisclosure(requireIdentity(ctx), leader.provinceCode);
    if (disclosure === "REFUSED") throw leaderForbiddenPersonal(field);
    const value = leader[field];
    if (value === null || value === "") return value; // "" is an anonymised national ID: nothing to disclose
    if (disclosure === "MASKED") return field === "birthDate" ? null : maskPersonal(field, value);
    await accessLogService.record(ctx, leader.id, field);
    return value;
  },

  /** A leader's name as served: to a partner (NAMED scope), only after the read is logged with the key and its purpose. */
  named(ctx: RequestContext, leader: Leader, field: "firstName" | "lastName"): string | Promise<string> {
    if (ctx.identity?.role !== Role.PARTNER) return leader[field];
    return accessLogService.record(ctx, leader.id, field).then(() => leader[field]);
  },

  async create(ctx: RequestContext, input: LeaderInput): Promise<Leader> {
    leaderAccess.assertWrite(ctx);
    const checked = checkLeaderFields({ ...input });
    if (!checked.fields) throwFirst(checked.problems);
    const fields = checked.fields;
    return writeTransaction(ctx.dataSource, async (manager) => {
      const tambon = await existingTambon(manager, fields.tambonCode);
      leaderAccess.assertWrite(ctx, tambon.provinceCode);
      const leader = manager.create(Leader, {
        ...fields,
        ...derived(fields, tambon),
        id: crypto.randomUUID(),
        version: 1,
        withdrawnAt: withdrawnAtAfter(fields.status),
        deletedAt: null,
        deletionMarker: "",
      });
      try {
        await manager.insert(Leader, leader);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateNationalId();
        throw error;
      }
      const saved = await manager.findOneByOrFail(Leader, { id: leader.id });
      await recordHistory(manager, ctx, { entityName: "Leader", entityId: saved.id, action: "CREATE", after: leaderSnapshot(saved) });
      return saved;
    });
  },

  async update(ctx: RequestContext, id: string, input: LeaderUpdateInput, expectedVersion?: number | null): Promise<Leader> {
    leaderAccess.assertWrite(ctx);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneBy(Leader, { id, deletedAt: IsNull() });
      if (!before) throw notFound("Leader", id);
      leaderAccess.assertWrite(ctx, before.provinceCode);
      if (expectedVersion != null && expectedVersion !== before.version) {
        throw conflict(`Leader ${id} has changed (version ${before.version}, you had ${expectedVersion}); reload it`, {
          field: "expectedVersion",
          currentVersion: before.version,
        });
      }
      const merged = { ...before, ...definedOnly(input) };
      const checked = checkLeaderFields(merged);
      if (!checked.fields) throwFirst(checked.problems);
      const fields = checked.fields;
      const tambon = fields.tambonCode === before.tambonCode ? null : await existingTambon(manager, fields.tambonCode);
      if (tambon) leaderAccess.assertWrite(ctx, tambon.provinceCode);
      const location = tambon ? derived(fields, tambon) : derived(fields, before);
      // One conditional UPDATE checked by its affected rows: a change that raced ours since we read
      // `before` (or since the caller's expectedVersion) matches no row and becomes CONFLICT.
      let affected: number | undefined;
      try {
        const result = await manager
          .createQueryBuilder()
          .update(Leader)
          .set({ ...fields, ...location, withdrawnAt: withdrawnAtAfter(fields.status, before), version: () => "version + 1", updatedAt: new Date() })
          .where("id = :id AND version = :version AND deleted_at IS NULL", { id, version: before.version })
          .execute();
        affected = result.affected;
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateNationalId();
        throw error;
      }
      if (affected !== 1) throw conflict(`Leader ${id} changed while you were editing it; reload it`, { field: "expectedVersion" });
      const after = await manager.findOneByOrFail(Leader, { id });
      await recordHistory(manager, ctx, {
        entityName: "Leader",
        entityId: id,
        action: "UPDATE",
        before: leaderSnapshot(before),
        after: leaderSnapshot(after),
      });
      return after;
    });
  },

  /** Soft delete: the row and its history stay; the leader leaves every list and lookup. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    leaderAccess.assertWrite(ctx);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneBy(Leader, { id, deletedAt: IsNull() });
      if (!before) throw notFound("Leader", id);
      leaderAccess.assertWrite(ctx, before.provinceCode);
      const result = await manager
        .createQueryBuilder()
        .update(Leader)
        .set({ deletedAt: new Date(), deletionMarker: id, version: () => "version + 1", updatedAt: new Date() })
        .where("id = :id AND version = :version AND deleted_at IS NULL", { id, version: before.version })
        .execute();
      if (result.affected !== 1) throw conflict(`Leader ${id} changed meanwhile; reload it`);
      const after = await manager.findOneByOrFail(Leader, { id });
      await recordHistory(manager, ctx, {
        entityName: "Leader",
        entityId: id,
        action: "DELETE",
        before: leaderSnapshot(before),
        after: leaderSnapshot(after),
      });
      return true;
    });
  },
};

/** A partner asked for personal data: refused field by field (the rest of the leader is served). */
function leaderForbiddenPersonal(field: string) {
  return forbidden(`Partners do not receive personal data (${field})`);
}

async function existingTambon(manager: EntityManager, code: string): Promise<Tambon> {
  const tambon = await manager.findOneBy(Tambon, { code });
  if (!tambon) throw badInput("input.tambonCode", `Tambon ${code} does not exist`);
  return tambon;
}

/** What a leader's row derives from its fields and tambon: the search keys and the location codes. */
export function derived(fields: Pick<LeaderFields, "firstName" | "lastName">, tambon: Pick<Tambon, "districtCode" | "provinceCode">) {
  return {
    firstNameKey: nameKey(fields.firstName),
    lastNameKey: nameKey(fields.lastName),
    districtCode: tambon.districtCode,
    provinceCode: tambon.provinceCode,
  };
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
