import {
  type CertificateDocument,
  type ExecutiveSummaryDocument,
  type LeaderDataDocument,
  type SignInSheetDocument,
  type VoucherDocument,
  fromSatang,
  toSatang,
} from "@change-leaders/common";
import type express from "express";
import { askAsCaller, found } from "./ask-as-caller";
import {
  AWARD_LEVEL_TH,
  DISBURSEMENT_STATUS_TH,
  EVENT_KIND_TH,
  GENDER_TH,
  HISTORY_ACTION_TH,
  LEADER_STATUS_TH,
  ROUND_TH,
  thaiOf,
} from "./thai-words";

/* Each document: the one GraphQL query it is made of (asked as the caller) and the data the PDF prints. */

const PLACE = "tambon { nameTh district { nameTh } province { nameTh } }";
interface Place {
  tambon: { nameTh: string; district: { nameTh: string }; province: { nameTh: string } };
}
const placeOf = ({ tambon }: Place) => ({ tambonName: tambon.nameTh, districtName: tambon.district.nameTh, provinceName: tambon.province.nameTh });

const VOUCHER = `query DisbursementVoucherDocument($id: ID!) {
  disbursement(id: $id) {
    reference purpose amount status createdAt approvedAt paidAt paymentReference recordedBy approvedBy
    attachments { name sha256 kind }
    award { fiscalYear level amount disbursedTotal remaining ${PLACE} }
  }
  evaluationHistory(entityName: "Disbursement", entityId: $id, page: { limit: 20 }) { nodes { action actorName } }
}`;

const STAFF_NAMES = `query StaffNames($ids: [ID!]!) { staffNames(ids: $ids) { id displayName } }`;

interface VoucherAnswer {
  disbursement: {
    reference: string;
    purpose: string;
    amount: string;
    status: string;
    createdAt: string;
    approvedAt: string | null;
    paidAt: string | null;
    paymentReference: string | null;
    recordedBy: string | null;
    approvedBy: string | null;
    attachments: { name: string; sha256: string; kind: string }[];
    award: Place & { fiscalYear: number; level: string; amount: string; disbursedTotal: string; remaining: string };
  } | null;
  evaluationHistory: { nodes: { action: string; actorName: string | null }[] } | null;
}

/** The disbursement voucher: figures and Thai words, the award's budget before and after, who recorded and who approved. */
export async function voucherDocument(req: express.Request, id: string): Promise<{ data: VoucherDocument; fileName: string }> {
  const answer = await askAsCaller<VoucherAnswer>(req, VOUCHER, { id }, ["evaluationHistory"]);
  const d = found(answer.disbursement, `Disbursement ${id}`, "รายการเบิกจ่าย");
  // Names as printed: the accounts' display names; an older approval without its approver falls back on the history's actor.
  const ids = [d.recordedBy, d.approvedBy].filter((id): id is string => !!id);
  const names = ids.length
    ? new Map(
        (await askAsCaller<{ staffNames: { id: string; displayName: string }[] }>(req, STAFF_NAMES, { ids })).staffNames.map((n) => [
          n.id,
          n.displayName,
        ]),
      )
    : new Map<string, string>();
  const actorOf = (id: string | null, action: string) =>
    (id ? names.get(id) : undefined) ?? answer.evaluationHistory?.nodes.find((entry) => entry.action === action)?.actorName ?? null;
  const counted = d.status !== "CANCELLED";
  const before = toSatang(d.award.disbursedTotal) - (counted ? toSatang(d.amount) : 0n);
  return {
    fileName: `ใบสำคัญการเบิกจ่าย ${d.reference}.pdf`,
    data: {
      reference: d.reference,
      fiscalYear: d.award.fiscalYear,
      ...placeOf(d.award),
      awardLevelTh: thaiOf(AWARD_LEVEL_TH, d.award.level),
      purpose: d.purpose,
      amount: d.amount,
      statusTh: thaiOf(DISBURSEMENT_STATUS_TH, d.status),
      recordedAt: new Date(d.createdAt),
      recordedByName: actorOf(d.recordedBy, "record"),
      approvedAt: d.approvedAt ? new Date(d.approvedAt) : null,
      approvedByName: actorOf(d.approvedBy, "approve"),
      paidAt: d.paidAt ? new Date(d.paidAt) : null,
      paymentReference: d.paymentReference,
      receipts: d.attachments.map(({ name, sha256 }) => ({ name, sha256 })),
      awardAmount: d.award.amount,
      disbursedBefore: fromSatang(before),
      remainingAfter: d.award.remaining,
      printedAt: new Date(),
    },
  };
}

const CERTIFICATE = `query AwardCertificateDocument($id: ID!) { award(id: $id) { fiscalYear level rank plaqueAwardedAt createdAt ${PLACE} } }`;

interface CertificateAnswer {
  award: (Place & { fiscalYear: number; level: string; rank: number | null; plaqueAwardedAt: string | null; createdAt: string }) | null;
}

/** The award certificate for the plaque: the tambon, the level and year, the date it was given. */
export async function certificateDocument(req: express.Request, id: string): Promise<{ data: CertificateDocument; fileName: string }> {
  const award = found((await askAsCaller<CertificateAnswer>(req, CERTIFICATE, { id })).award, `Award ${id}`, "รางวัล");
  const place = placeOf(award);
  return {
    fileName: `เกียรติบัตร ${place.tambonName} ${award.fiscalYear}.pdf`,
    data: {
      ...place,
      fiscalYear: award.fiscalYear,
      awardLevelTh: thaiOf(AWARD_LEVEL_TH, award.level),
      rank: award.rank,
      awardedAt: award.plaqueAwardedAt ?? award.createdAt,
      signerName: "",
      signerTitle: "อธิบดีกรมการพัฒนาชุมชน",
    },
  };
}

const SIGN_IN = `query SignInSheetDocument($id: ID!, $offset: Int!) {
  event(id: $id) {
    id title kind startsAt endsAt venue organiserProvinceCode
    participations(page: { limit: 500, offset: $offset }) {
      totalCount
      nodes { attended leader { id title firstName lastName communityRole } tambon { nameTh } }
    }
  }
}`;
const PROVINCE = `query OrganiserProvince($code: ID!) { province(code: $code) { nameTh } }`;

interface SignInAnswer {
  event: {
    id: string;
    title: string;
    kind: string;
    startsAt: string;
    endsAt: string;
    venue: string | null;
    organiserProvinceCode: string | null;
    participations: {
      totalCount: number;
      nodes: {
        attended: boolean;
        leader: { id: string; title: string; firstName: string; lastName: string; communityRole: string | null };
        tambon: { nameTh: string };
      }[];
    };
  } | null;
}

/** A workshop's sign-in sheet: every registered leader with a blank to sign, in pages of 500 from the API. */
export async function signInSheetDocument(req: express.Request, id: string): Promise<{ data: SignInSheetDocument; fileName: string }> {
  const first = found((await askAsCaller<SignInAnswer>(req, SIGN_IN, { id, offset: 0 })).event, `Event ${id}`, "กิจกรรม");
  const participants = [...first.participations.nodes];
  while (participants.length < first.participations.totalCount) {
    const next = found((await askAsCaller<SignInAnswer>(req, SIGN_IN, { id, offset: participants.length })).event, `Event ${id}`, "กิจกรรม");
    if (next.participations.nodes.length === 0) break;
    participants.push(...next.participations.nodes);
  }
  const province = first.organiserProvinceCode
    ? (await askAsCaller<{ province: { nameTh: string } | null }>(req, PROVINCE, { code: first.organiserProvinceCode })).province
    : null;
  return {
    fileName: `ใบลงทะเบียน ${first.title}.pdf`,
    data: {
      eventId: first.id,
      eventTitle: first.title,
      kindTh: thaiOf(EVENT_KIND_TH, first.kind),
      startsAt: new Date(first.startsAt),
      endsAt: new Date(first.endsAt),
      venue: first.venue,
      organiserTh: province ? `สำนักงานพัฒนาชุมชนจังหวัด${province.nameTh}` : "กรมการพัฒนาชุมชน",
      rows: participants.map((p, i) => ({
        no: i + 1,
        leaderId: p.leader.id,
        name: `${p.leader.title}${p.leader.firstName} ${p.leader.lastName}`,
        tambonName: p.tambon.nameTh,
        communityRoleTh: p.leader.communityRole ?? "-",
        attended: p.attended,
      })),
    },
  };
}

const SUMMARY = `query ExecutiveSummaryDocument($fiscalYear: Int!) {
  executiveSummary(fiscalYear: $fiscalYear) {
    fiscalYear
    rounds { round nominated selected }
    outstandingCount
    excellentAwards { id }
    budget { awardCount awardedTotal disbursedTotal paidTotal remainingTotal byLevel { level awardCount awardedTotal } byProvince { provinceCode awardCount } }
    publishedLessons { title successFactors lessons recommendations ${PLACE} }
  }
}`;

interface SummaryAnswer {
  executiveSummary: {
    fiscalYear: number;
    rounds: { round: string; nominated: number; selected: number }[];
    outstandingCount: number;
    excellentAwards: { id: string }[];
    budget: {
      awardCount: number;
      awardedTotal: string;
      disbursedTotal: string;
      paidTotal: string;
      remainingTotal: string;
      byLevel: { level: string; awardCount: number; awardedTotal: string }[];
    };
    publishedLessons: (Place & { title: string; successFactors: string; lessons: string; recommendations: string })[];
  };
}

const figure = (n: number) => n.toLocaleString("th-TH");

/** The executive summary of a fiscal year: the contest's funnel, the money, and the lessons the provinces published. */
export async function executiveSummaryDocument(
  req: express.Request,
  fiscalYear: number,
): Promise<{ data: ExecutiveSummaryDocument; fileName: string }> {
  const s = (await askAsCaller<SummaryAnswer>(req, SUMMARY, { fiscalYear })).executiveSummary;
  const figures = s.rounds.flatMap((r) => [
    { labelTh: `ตำบลที่เสนอชื่อ${thaiOf(ROUND_TH, r.round)}`, value: `${figure(r.nominated)} ตำบล` },
    { labelTh: `ตำบลที่ได้รับคัดเลือก${thaiOf(ROUND_TH, r.round)}`, value: `${figure(r.selected)} ตำบล` },
  ]);
  figures.push(
    { labelTh: "ตำบลดีเด่น", value: `${figure(s.outstandingCount)} ตำบล` },
    { labelTh: "ตำบลดีเลิศ", value: `${figure(s.excellentAwards.length)} ตำบล` },
  );
  return {
    fileName: `สรุปผู้บริหาร ปีงบประมาณ ${s.fiscalYear}.pdf`,
    data: {
      fiscalYear: s.fiscalYear,
      generatedAt: new Date(),
      figures,
      awardsByLevel: s.budget.byLevel.map((l) => ({ labelTh: thaiOf(AWARD_LEVEL_TH, l.level), count: l.awardCount, amount: l.awardedTotal })),
      money: {
        allocated: s.budget.awardedTotal,
        recorded: s.budget.disbursedTotal,
        approved: fromSatang(toSatang(s.budget.disbursedTotal) - toSatang(s.budget.paidTotal)),
        paid: s.budget.paidTotal,
        remaining: s.budget.remainingTotal,
      },
      chart: {
        titleTh: "จำนวนตำบลที่เสนอชื่อและได้รับคัดเลือกในแต่ละรอบ",
        bars: s.rounds.flatMap((r) => [
          { label: `เสนอ ${thaiOf(ROUND_TH, r.round)}`, value: r.nominated },
          { label: `คัดเลือก ${thaiOf(ROUND_TH, r.round)}`, value: r.selected },
        ]),
      },
      lessons: s.publishedLessons.map((lesson) => ({
        tambonName: lesson.tambon.nameTh,
        provinceName: lesson.tambon.province.nameTh,
        title: lesson.title,
        successFactors: lesson.successFactors,
        lessons: lesson.lessons,
        recommendations: lesson.recommendations,
      })),
    },
  };
}

// A mutation: the export is itself logged as a read of the personal data in full.
const LEADER_DATA = `mutation LeaderDataDocument($id: ID!) { leaderDataExport(id: $id) { generatedAt leader history accessLog activities } }`;
const LEADER_PLACE = `query LeaderPlace($id: ID!) { leader(id: $id) { ${PLACE} } }`;

interface LeaderDataAnswer {
  leaderDataExport: { generatedAt: string; leader: string; history: string; accessLog: string; activities: string };
}

/** What the record holds, labelled in Thai, in the order a person reads their own record. */
const RECORD_FIELDS: [string, string, (value: unknown) => string][] = [
  ["title", "คำนำหน้า", String],
  ["firstName", "ชื่อ", String],
  ["lastName", "นามสกุล", String],
  ["nationalId", "เลขประจำตัวประชาชน", String],
  ["birthDate", "วันเกิด", (v) => thaiDay(String(v))],
  ["gender", "เพศ", (v) => thaiOf(GENDER_TH, String(v))],
  ["phone", "หมายเลขโทรศัพท์", String],
  ["communityRole", "บทบาทในชุมชน", String],
  ["villageNo", "หมู่ที่", String],
  ["cohortYear", "รุ่นปี", String],
  ["status", "สถานะ", (v) => thaiOf(LEADER_STATUS_TH, String(v))],
];

const thaiDay = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(
        new Date(`${iso}T00:00:00Z`),
      )
    : iso;

/** A leader's own data, as PDPA's right of access gives it (admins, and every such read is logged). */
export async function leaderDataDocument(
  req: express.Request,
  id: string,
  requestedByName: string,
): Promise<{ data: LeaderDataDocument; fileName: string }> {
  const exported = (await askAsCaller<LeaderDataAnswer>(req, LEADER_DATA, { id })).leaderDataExport;
  const { leader } = await askAsCaller<{ leader: Place | null }>(req, LEADER_PLACE, { id });
  const record = JSON.parse(exported.leader) as Record<string, unknown>;
  const history = JSON.parse(exported.history) as { action: string; actorName: string | null; at: string }[];
  const reads = JSON.parse(exported.accessLog) as { actorName: string | null; purpose: string | null; operation: string | null; at: string }[];
  const activities = JSON.parse(exported.activities) as { participations?: { eventTitle: string | null; registeredAt: string; attended: boolean }[] };
  const rows = RECORD_FIELDS.filter(([key]) => record[key] !== null && record[key] !== undefined && record[key] !== "").map(
    ([key, labelTh, show]) => ({
      labelTh,
      value: show(record[key]),
    }),
  );
  if (leader) {
    const place = placeOf(leader);
    rows.push({ labelTh: "ตำบล", value: `${place.tambonName} อำเภอ${place.districtName} จังหวัด${place.provinceName}` });
  }
  return {
    fileName: `ข้อมูลส่วนบุคคล ${String(record.firstName ?? "")} ${String(record.lastName ?? "")}.pdf`.replace(/\s+\./, ".").trim(),
    data: {
      generatedAt: new Date(exported.generatedAt),
      requestedByName,
      record: rows,
      history: history.map((entry) => ({
        at: new Date(entry.at),
        actionTh: thaiOf(HISTORY_ACTION_TH, entry.action),
        actorName: entry.actorName ?? "ระบบ",
      })),
      accessLog: reads.map((read) => ({ at: new Date(read.at), actorName: read.actorName ?? "-", purposeTh: read.purpose ?? "ปฏิบัติงานตามหน้าที่" })),
      participations: (activities.participations ?? []).map((p) => ({
        eventTitle: p.eventTitle ?? "-",
        startsAt: new Date(p.registeredAt),
        attended: p.attended,
      })),
    },
  };
}
