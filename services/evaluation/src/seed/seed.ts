import { type Config, toSatang } from "@change-leaders/common";
import { DEMO_FISCAL_YEAR, DEMO_TARGET_TAMBONS, FY2564_EXCELLENT_TAMBON } from "@change-leaders/common/demo";
import type { DataSource } from "typeorm";
import { Award, AwardLevel } from "../award/award.entity";
import { Disbursement, DisbursementStatus } from "../disbursement/disbursement.entity";
import { referenceKey } from "../disbursement/disbursement.reference";
import { LessonStatus, LessonSummary } from "../lesson/lesson.entity";
import { Nomination, NominationStatus } from "../nomination/nomination.entity";
import { Recommendation, Review, ReviewScore } from "../review/review.entity";
import { weightedTotalHundredths } from "../rubric/rubric.arithmetic";
import { Rubric, RubricCriterion } from "../rubric/rubric.entity";
import { ContestRound } from "../contest/contest-round";

/** The demo contest's fixed ids (so links and tests can name them). */
export const demoNominationId = (n: number) => `7b2e0d1f-2564-4000-8000-${String(n).padStart(12, "0")}`;
export const demoAwardId = (n: number) => `a3a4d000-2564-4000-8000-${String(n).padStart(12, "0")}`;
const demoRubricId = (n: number) => `4b41c000-2564-4000-8000-${String(n).padStart(12, "0")}`;
const demoReviewId = (n: number) => `4e71e000-2564-4000-8000-${String(n).padStart(12, "0")}`;
const demoDisbursementId = (n: number) => `d15b0000-2564-4000-8000-${String(n).padStart(12, "0")}`;
const demoLessonId = (n: number) => `1e550000-2564-4000-8000-${String(n).padStart(12, "0")}`;

/** The demo's EXCELLENT award of ตำบลดงครั่งน้อย (450213), with some disbursements. */
export const DEMO_EXCELLENT_AWARD_ID = demoAwardId(4);

/** EXAMPLE rubric (plausible, not the department's official one): the same four criteria in every round of FY 2564. */
export const EXAMPLE_CRITERIA = [
  {
    code: "FOOD_SECURITY",
    nameTh: "ผลการพัฒนาความมั่นคงทางอาหารของครัวเรือนและชุมชน",
    nameEn: "Food-security results in households and the community",
    weight: 30,
    maxScore: 10,
  },
  { code: "LEADERSHIP", nameTh: "บทบาทและภาวะผู้นำของผู้นำการเปลี่ยนแปลง", nameEn: "Role and leadership of the change leaders", weight: 25, maxScore: 10 },
  {
    code: "PARTICIPATION",
    nameTh: "การมีส่วนร่วมของชุมชนและภาคีเครือข่าย",
    nameEn: "Participation of the community and partner networks",
    weight: 25,
    maxScore: 10,
  },
  { code: "SUSTAINABILITY", nameTh: "ความยั่งยืนและการขยายผล", nameEn: "Sustainability and scaling up", weight: 20, maxScore: 10 },
];

const ROUND_NAMES: Record<ContestRound, [string, string]> = {
  PROVINCE: ["เกณฑ์การคัดเลือกตำบลระดับจังหวัด (ตัวอย่าง)", "Provincial round rubric (example)"],
  REGION: ["เกณฑ์การคัดเลือกตำบลดีเด่นระดับเขตตรวจราชการ (ตัวอย่าง)", "Regional (outstanding) round rubric (example)"],
  NATION: ["เกณฑ์การคัดเลือกตำบลดีเลิศระดับประเทศ (ตัวอย่าง)", "National (excellent) round rubric (example)"],
};

const [CHAN_1, CHAN_2, CHAN_3, CHAN_4] = DEMO_TARGET_TAMBONS;
const KHON_KAEN = "400101";
const SONGKHLA = "900101";
const CHIANG_MAI = "500101";
const DONG_KHRANG_NOI = "ตำบลดงครั่งน้อย: ผู้นำการเปลี่ยนแปลงขับเคลื่อนความมั่นคงทางอาหาร";
const CHAN_SUMMARY = "ผลการพัฒนาความมั่นคงทางอาหารและการขยายผลสู่ครัวเรือน (ตัวอย่าง)";

interface DemoNomination {
  n: number;
  tambon: string;
  round: ContestRound;
  status: NominationStatus;
  summary: string;
  previous?: number;
  reason?: string;
  /** Each review's four scores (0–10) and recommendation. */
  reviews?: [number[], Recommendation][];
}

const S = Recommendation.SELECT;
const N = Recommendation.NOT_SELECT;

const NOMINATIONS: DemoNomination[] = [
  {
    n: 1,
    tambon: CHAN_1,
    round: ContestRound.PROVINCE,
    status: NominationStatus.SELECTED,
    summary: CHAN_SUMMARY,
    reviews: [
      [[9, 8, 9, 8], S],
      [[8, 9, 8, 8], S],
    ],
  },
  {
    n: 2,
    tambon: CHAN_2,
    round: ContestRound.PROVINCE,
    status: NominationStatus.NOT_SELECTED,
    summary: "กลุ่มผู้นำการเปลี่ยนแปลงกับแปลงผักปลอดภัย (ตัวอย่าง)",
    reason: "คะแนนรวมต่ำกว่าตำบลที่ได้รับคัดเลือก",
    reviews: [
      [[7, 6, 7, 6], N],
      [[6, 7, 6, 7], N],
    ],
  },
  {
    n: 3,
    tambon: CHAN_3,
    round: ContestRound.PROVINCE,
    status: NominationStatus.UNDER_REVIEW,
    summary: "ธนาคารอาหารชุมชน (ตัวอย่าง)",
    reviews: [[[8, 7, 8, 7], S]],
  },
  {
    n: 4,
    tambon: CHAN_1,
    round: ContestRound.REGION,
    status: NominationStatus.UNDER_REVIEW,
    summary: CHAN_SUMMARY,
    previous: 1,
    reviews: [[[9, 9, 8, 8], S]],
  },
  {
    n: 5,
    tambon: FY2564_EXCELLENT_TAMBON,
    round: ContestRound.PROVINCE,
    status: NominationStatus.SELECTED,
    summary: DONG_KHRANG_NOI,
    reviews: [[[10, 9, 9, 9], S]],
  },
  {
    n: 6,
    tambon: FY2564_EXCELLENT_TAMBON,
    round: ContestRound.REGION,
    status: NominationStatus.SELECTED,
    summary: DONG_KHRANG_NOI,
    previous: 5,
    reviews: [[[10, 9, 10, 9], S]],
  },
  {
    n: 7,
    tambon: FY2564_EXCELLENT_TAMBON,
    round: ContestRound.NATION,
    status: NominationStatus.SELECTED,
    summary: DONG_KHRANG_NOI,
    previous: 6,
    reviews: [
      [[10, 10, 9, 9], S],
      [[10, 9, 10, 9], S],
      [[9, 10, 9, 10], S],
    ],
  },
  {
    n: 8,
    tambon: SONGKHLA,
    round: ContestRound.NATION,
    status: NominationStatus.NOT_SELECTED,
    summary: "ประมงพื้นบ้านกับความมั่นคงทางอาหาร (ตัวอย่าง)",
    previous: 13,
    reason: "ผลงานดีแต่การขยายผลยังไม่ครอบคลุม",
    reviews: [
      [[8, 8, 8, 7], N],
      [[8, 7, 8, 8], N],
    ],
  },
  {
    n: 9,
    tambon: KHON_KAEN,
    round: ContestRound.PROVINCE,
    status: NominationStatus.SELECTED,
    summary: "วิสาหกิจชุมชนแปรรูปอาหาร (ตัวอย่าง)",
    reviews: [[[8, 8, 9, 8], S]],
  },
  {
    n: 10,
    tambon: KHON_KAEN,
    round: ContestRound.REGION,
    status: NominationStatus.SELECTED,
    summary: "วิสาหกิจชุมชนแปรรูปอาหาร (ตัวอย่าง)",
    previous: 9,
    reviews: [[[9, 8, 9, 8], S]],
  },
  {
    n: 11,
    tambon: KHON_KAEN,
    round: ContestRound.NATION,
    status: NominationStatus.NOT_SELECTED,
    summary: "วิสาหกิจชุมชนแปรรูปอาหาร (ตัวอย่าง)",
    previous: 10,
    reason: "คะแนนรองจากตำบลที่ได้รับรางวัลดีเลิศ",
    reviews: [
      [[9, 8, 8, 8], N],
      [[8, 9, 8, 8], N],
    ],
  },
  {
    n: 12,
    tambon: SONGKHLA,
    round: ContestRound.PROVINCE,
    status: NominationStatus.SELECTED,
    summary: "ประมงพื้นบ้านกับความมั่นคงทางอาหาร (ตัวอย่าง)",
    reviews: [[[8, 9, 8, 9], S]],
  },
  {
    n: 13,
    tambon: SONGKHLA,
    round: ContestRound.REGION,
    status: NominationStatus.SELECTED,
    summary: "ประมงพื้นบ้านกับความมั่นคงทางอาหาร (ตัวอย่าง)",
    previous: 12,
    reviews: [[[9, 9, 8, 9], S]],
  },
  { n: 14, tambon: CHIANG_MAI, round: ContestRound.PROVINCE, status: NominationStatus.SUBMITTED, summary: "ผักปลอดภัยบนพื้นที่สูง (ตัวอย่าง)" },
  { n: 15, tambon: CHAN_4, round: ContestRound.PROVINCE, status: NominationStatus.DRAFT, summary: "ตลาดชุมชนสีเขียว (ร่าง ตัวอย่าง)" },
];

const DECIDED_AT: Record<ContestRound, Date> = {
  PROVINCE: new Date("2021-03-15T03:00:00Z"),
  REGION: new Date("2021-05-20T03:00:00Z"),
  NATION: new Date("2021-07-30T03:00:00Z"),
};

/** The demo contest on an empty store; a store with nominations keeps them and gets none. */
export async function seedEvaluation(dataSource: DataSource, config: Config): Promise<string[]> {
  if (config.seed !== "demo" || (await dataSource.manager.count(Nomination)) > 0) return [];
  const fy = DEMO_FISCAL_YEAR;
  const rubrics = Object.values(ContestRound).map((round, i) => ({
    id: demoRubricId(i + 1),
    fiscalYear: fy,
    round,
    nameTh: ROUND_NAMES[round][0],
    nameEn: ROUND_NAMES[round][1],
    example: true,
  }));
  const criteria = rubrics.flatMap((rubric) =>
    EXAMPLE_CRITERIA.map((c, position) => ({
      ...c,
      id: `${rubric.id.slice(0, 24)}${String(position + 1).padStart(4, "0")}${rubric.id.slice(28)}`,
      rubricId: rubric.id,
      position,
    })),
  );

  const nominations: Partial<Nomination>[] = [];
  const reviews: Partial<Review>[] = [];
  const scores: Partial<ReviewScore>[] = [];
  let reviewN = 0;
  for (const d of NOMINATIONS) {
    const decided = d.status === NominationStatus.SELECTED || d.status === NominationStatus.NOT_SELECTED;
    nominations.push({
      id: demoNominationId(d.n),
      tambonCode: d.tambon,
      provinceCode: d.tambon.slice(0, 2),
      fiscalYear: fy,
      round: d.round,
      status: d.status,
      summary: d.summary,
      evidenceLinks: [`https://cdd.example/demo/${d.tambon}/${d.round.toLowerCase()}`],
      nominatedBy: null,
      statusReason: d.reason ?? null,
      decidedAt: decided ? DECIDED_AT[d.round] : null,
      decidedBy: decided ? "demo-admin" : null,
      previousNominationId: d.previous ? demoNominationId(d.previous) : null,
    });
    for (const [i, [given, recommendation]] of (d.reviews ?? []).entries()) {
      const id = demoReviewId(++reviewN);
      const judge = d.round === ContestRound.NATION;
      reviews.push({
        id,
        nominationId: demoNominationId(d.n),
        reviewerId: `demo-panel-${d.round.toLowerCase()}-${i + 1}`,
        reviewerName: judge
          ? `กรรมการระดับประเทศ คนที่ ${i + 1} (ตัวอย่าง)`
          : `กรรมการ${d.round === ContestRound.REGION ? "ระดับเขต" : "ระดับจังหวัด"} คนที่ ${i + 1} (ตัวอย่าง)`,
        reviewerRole: judge ? "JUDGE" : "INSPECTOR",
        recommendation,
        comment: recommendation === S ? "ผลงานเป็นรูปธรรม ชุมชนมีส่วนร่วมสูง (ตัวอย่าง)" : "ควรขยายผลให้ครอบคลุมครัวเรือนมากขึ้น (ตัวอย่าง)",
        commentConfidential: i === 1,
        totalHundredths: weightedTotalHundredths(EXAMPLE_CRITERIA, given),
        locked: true,
        submittedAt: new Date(DECIDED_AT[d.round].getTime() - (7 - i) * 86_400_000),
      });
      EXAMPLE_CRITERIA.forEach((c, k) => scores.push({ reviewId: id, criterionCode: c.code, score: given[k] }));
    }
  }

  const award = (
    n: number,
    tambonCode: string,
    level: AwardLevel,
    nomination: number,
    amount: string,
    rank: number | null,
    plaque: string | null,
  ) => ({
    id: demoAwardId(n),
    tambonCode,
    provinceCode: tambonCode.slice(0, 2),
    fiscalYear: fy,
    level,
    rank,
    amount: toSatang(amount),
    disbursedTotal: 0n,
    plaqueAwardedAt: plaque,
    nominationId: demoNominationId(nomination),
    version: 1,
  });
  const awards: Partial<Award>[] = [
    award(1, SONGKHLA, AwardLevel.OUTSTANDING, 13, "0.00", null, "2021-06-10"),
    award(2, FY2564_EXCELLENT_TAMBON, AwardLevel.OUTSTANDING, 6, "0.00", null, "2021-06-10"),
    award(3, KHON_KAEN, AwardLevel.OUTSTANDING, 10, "0.00", null, "2021-06-10"),
    award(4, FY2564_EXCELLENT_TAMBON, AwardLevel.EXCELLENT, 7, "1000000.00", 1, "2021-08-27"),
  ];

  const disburse = (n: number, amount: string, status: DisbursementStatus, purpose: string, at: string, cancelReason: string | null = null) => ({
    id: demoDisbursementId(n),
    awardId: DEMO_EXCELLENT_AWARD_ID,
    amount: toSatang(amount),
    purpose,
    reference: `ร.อ.-2564/${String(n).padStart(4, "0")}`,
    fiscalYear: fy,
    referenceKey: referenceKey(`ร.อ.-2564/${String(n).padStart(4, "0")}`),
    evidence: [`https://cdd.example/demo/450213/evidence-${n}.pdf`],
    idempotencyKey: `demo-450213-${n}`,
    status,
    cancelReason,
    recordedBy: "demo-budget",
    createdAt: new Date(at),
    approvedAt: status === DisbursementStatus.APPROVED || status === DisbursementStatus.PAID ? new Date(at) : null,
    paidAt: status === DisbursementStatus.PAID ? new Date(at) : null,
    cancelledAt: status === DisbursementStatus.CANCELLED ? new Date(at) : null,
    version: 1,
  });
  const disbursements: Partial<Disbursement>[] = [
    disburse(1, "350000.00", DisbursementStatus.PAID, "โรงเรือนและวัสดุอุปกรณ์แปลงผักปลอดภัยของชุมชน", "2021-09-10T03:00:00Z"),
    disburse(2, "150000.00", DisbursementStatus.APPROVED, "อบรมขยายผลผู้นำการเปลี่ยนแปลงสู่หมู่บ้านข้างเคียง", "2021-09-20T03:00:00Z"),
    disburse(3, "80000.00", DisbursementStatus.RECORDED, "ศึกษาดูงานเครือข่ายธนาคารอาหารชุมชน", "2021-09-25T03:00:00Z"),
    disburse(4, "50000.00", DisbursementStatus.CANCELLED, "จัดซื้อพันธุ์ปลา (ซ้ำกับงบของหน่วยงานอื่น)", "2021-09-15T03:00:00Z", "ซ้ำกับงบประมาณของหน่วยงานอื่น"),
  ];
  const live = disbursements.filter((d) => d.status !== DisbursementStatus.CANCELLED).reduce((sum, d) => sum + d.amount!, 0n);
  awards[3].disbursedTotal = live;

  const lesson = (n: number, awardN: number, tambonCode: string, status: LessonStatus, title: string) => ({
    id: demoLessonId(n),
    tambonCode,
    provinceCode: tambonCode.slice(0, 2),
    fiscalYear: fy,
    awardId: demoAwardId(awardN),
    title,
    successFactors: "ผู้นำการเปลี่ยนแปลงทำงานเป็นทีม มีแผนชุมชนที่ชัดเจน และภาคีเครือข่ายสนับสนุนต่อเนื่อง (ตัวอย่าง)",
    challenges: "ช่วงการแพร่ระบาดของโควิด-19 ทำให้การรวมกลุ่มทำได้จำกัด (ตัวอย่าง)",
    lessons: "การเริ่มจากครัวเรือนต้นแบบแล้วขยายผลทีละหมู่บ้านได้ผลยั่งยืนกว่า (ตัวอย่าง)",
    recommendations: "สนับสนุนการตลาดออนไลน์และเชื่อมโยงกับตลาดในท้องถิ่น (ตัวอย่าง)",
    status,
    publishedAt: status === LessonStatus.PUBLISHED ? new Date("2021-09-28T03:00:00Z") : null,
    version: 1,
  });
  const lessons: Partial<LessonSummary>[] = [
    lesson(1, 4, FY2564_EXCELLENT_TAMBON, LessonStatus.PUBLISHED, "ดงครั่งน้อย: จากครัวเรือนต้นแบบสู่ตำบลมั่นคงทางอาหาร"),
    lesson(2, 3, KHON_KAEN, LessonStatus.PUBLISHED, "วิสาหกิจชุมชนแปรรูปอาหารกับผู้นำการเปลี่ยนแปลง"),
    lesson(3, 1, SONGKHLA, LessonStatus.DRAFT, "ประมงพื้นบ้านกับผู้นำการเปลี่ยนแปลง (ร่าง)"),
  ];

  await dataSource.transaction(async (manager) => {
    await manager.insert(Rubric, rubrics);
    await manager.insert(RubricCriterion, criteria);
    await manager.insert(Nomination, nominations);
    await manager.insert(Review, reviews);
    await manager.insert(ReviewScore, scores);
    await manager.insert(Award, awards);
    await manager.insert(Disbursement, disbursements);
    await manager.insert(LessonSummary, lessons);
  });
  return [
    `demo evaluation: ${nominations.length} nominations, ${reviews.length} reviews, ${awards.length} awards, ${disbursements.length} disbursements, ${lessons.length} lesson summaries (example rubric)`,
  ];
}
