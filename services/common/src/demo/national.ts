import { DEMO_TARGET_TAMBONS, FY2564_EXCELLENT_TAMBON } from "./programme";

/** A tambon of the national-scale programme, with where it lies (from the real geography). */
export interface NationalTambon {
  code: string;
  districtCode: string;
  provinceCode: string;
}

/**
 * The national-scale programme every subgraph's national seed agrees on (bench and load tests):
 * the programme tambons spread evenly over the country, 15 leaders each, FY 2564.
 */
export interface NationalPlan {
  fiscalYear: number;
  leadersPerTambon: number;
  tambons: NationalTambon[];
}

/** Tambons the demo seeds use; the national programme leaves them to the demo. */
const DEMO_TAMBONS = new Set<string>([...DEMO_TARGET_TAMBONS, FY2564_EXCELLENT_TAMBON, "400101", "900101", "500101"]);

/** `leaders / 15` tambons of the geography, evenly spread by code (deterministic). */
export function nationalPlan(geography: NationalTambon[], leaders = 15_000, leadersPerTambon = 15): NationalPlan {
  const candidates = geography.filter((t) => !DEMO_TAMBONS.has(t.code)).sort((a, b) => a.code.localeCompare(b.code));
  const count = Math.min(candidates.length, Math.ceil(leaders / leadersPerTambon));
  const tambons = Array.from({ length: count }, (_, i) => candidates[Math.floor((i * candidates.length) / count)]);
  return { fiscalYear: 2564, leadersPerTambon, tambons };
}

/** The id of the i-th national leader (tambon index × 15 + n), shared by the people and activities seeds. */
export function nationalLeaderId(i: number): string {
  return `1eade700-2564-4000-8001-${String(i).padStart(12, "0")}`;
}

/** A deterministic id in a national series (one series per table). */
export function nationalRowId(series: number, i: number): string {
  return `9a710000-2564-4000-${String(8000 + series)}-${String(i).padStart(12, "0")}`;
}
