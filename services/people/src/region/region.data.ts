/**
 * The inspection regions of FY 2564 as shipped reference data.
 *
 * EXAMPLE GROUPING: modelled on the Prime Minister's Office's 18 inspection regions (เขตตรวจราชการ),
 * with Bangkok placed in region 1 and the three southern border provinces in region 8 so that all
 * 77 provinces are covered. It is plausible, not the department's official table: replace the rows
 * (they are data) when the official FY 2564 table is at hand. Chanthaburi (22) is in region 9 and
 * Roi Et (45) in region 12, as the demo logins and the demo contest expect.
 */
/** A region's name as the department writes it in Thai: "เขตตรวจราชการที่ 9". */
export const regionNameTh = (code: string) => `เขตตรวจราชการที่ ${code}`;

export const FY2564_INSPECTION_REGIONS: { fiscalYear: number; code: string; nameTh: string; nameEn: string; provinceCodes: string[] }[] = [
  ["1", ["10", "12", "13", "14", "19"]],
  ["2", ["15", "16", "17", "18"]],
  ["3", ["11", "24", "25", "26", "27"]],
  ["4", ["70", "71", "72", "73"]],
  ["5", ["74", "75", "76", "77"]],
  ["6", ["80", "84", "86"]],
  ["7", ["81", "82", "83", "85"]],
  ["8", ["90", "91", "92", "93", "94", "95", "96"]],
  ["9", ["20", "21", "22", "23"]],
  ["10", ["38", "39", "41", "42", "43"]],
  ["11", ["47", "48", "49"]],
  ["12", ["40", "44", "45", "46"]],
  ["13", ["33", "34", "35", "37"]],
  ["14", ["30", "31", "32", "36"]],
  ["15", ["50", "51", "52", "58"]],
  ["16", ["54", "55", "56", "57"]],
  ["17", ["53", "63", "64", "65", "67"]],
  ["18", ["60", "61", "62", "66"]],
].map(([code, provinceCodes]) => ({
  fiscalYear: 2564,
  code: code as string,
  nameTh: regionNameTh(code as string),
  nameEn: `Inspection Region ${code as string}`,
  provinceCodes: provinceCodes as string[],
}));
