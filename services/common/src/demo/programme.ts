/**
 * The demo programme every subgraph's demo seed agrees on (synthetic, for first start and tests):
 * Chanthaburi (22) as the demo province, 11 target tambons (one or two per district), FY 2564.
 */
export const DEMO_FISCAL_YEAR = 2564;
export const DEMO_PROVINCE_CODE = "22";
export const DEMO_TARGET_TAMBONS = [
  "220102",
  "220103",
  "220202",
  "220302",
  "220402",
  "220502",
  "220602",
  "220702",
  "220802",
  "220902",
  "221002",
] as const;
/** ตำบลดงครั่งน้อย, อำเภอเกษตรวิสัย, ร้อยเอ็ด: first of the FY 2564 excellent tambons. */
export const FY2564_EXCELLENT_TAMBON = "450213";

/** The demo leaders per target tambon (15, as in FY 2564). */
export const DEMO_LEADERS_PER_TAMBON = 15;

/**
 * The id of the n-th (0-based) demo leader of the t-th demo target tambon: fixed, so that the people
 * seed that creates the leaders and the activities seed that records their attendance agree.
 */
export function demoLeaderId(tambonIndex: number, n: number): string {
  return `1eade700-2564-4000-8000-${String(tambonIndex).padStart(4, "0")}${String(n).padStart(8, "0")}`;
}
