import fs from "node:fs";
import path from "node:path";
import { type Geography, loadGeography } from "../geography/geography.source";

/**
 * The geography we ship (from npm packages) against the clean MIT reference set in
 * ../shared/data/thailand-geography/, when that folder is beside the checkout. The reference is only
 * read here, never shipped. The differences found are printed for the note.
 */
const REFERENCE_DIR = path.resolve(__dirname, "../../../../../shared/data/thailand-geography");
const hasReference = fs.existsSync(path.join(REFERENCE_DIR, "subdistricts.json"));

interface Reference {
  provinces: { provinceCode: number; provinceNameTh: string; provinceNameEn: string }[];
  districts: { districtCode: number; districtNameTh: string; districtNameEn: string }[];
  subdistricts: { subdistrictCode: number; subdistrictNameTh: string; subdistrictNameEn: string }[];
}

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, file), "utf8")) as T;

(hasReference ? describe : describe.skip)("shipped geography against the reference set", () => {
  let shipped: Geography;
  let reference: Reference;

  beforeAll(async () => {
    shipped = await loadGeography();
    reference = { provinces: read("provinces.json"), districts: read("districts.json"), subdistricts: read("subdistricts.json") };
  });

  it("has the 77 provinces and 928 districts of the reference, code for code", () => {
    expect(shipped.provinces.map((p) => p.code)).toEqual(reference.provinces.map((p) => String(p.provinceCode)).sort());
    expect(shipped.districts.map((d) => d.code)).toEqual(reference.districts.map((d) => String(d.districtCode)).sort());
  });

  it("has the provinces' Thai and English names", () => {
    const names = new Map(reference.provinces.map((p) => [String(p.provinceCode), p]));
    const differences = shipped.provinces.filter((p) => names.get(p.code)?.provinceNameTh !== p.nameTh);
    expect(differences).toEqual([]);
    expect(shipped.provinces.every((p) => p.nameEn.length > 0)).toBe(true);
  });

  it("has Chanthaburi (22) with 10 districts and 76 tambons, and ดงครั่งน้อย as 450213", () => {
    expect(shipped.districts.filter((d) => d.provinceCode === "22")).toHaveLength(10);
    expect(shipped.tambons.filter((t) => t.provinceCode === "22")).toHaveLength(76);
    expect(shipped.tambons.find((t) => t.code === "450213")).toMatchObject({ nameTh: "ดงครั่งน้อย", districtCode: "4502", provinceCode: "45" });
  });

  it("nests every tambon under a shipped district and province", () => {
    const districts = new Set(shipped.districts.map((d) => d.code));
    expect(shipped.tambons.filter((t) => !districts.has(t.districtCode) || !t.code.startsWith(t.districtCode))).toEqual([]);
  });

  it("differs from the reference's 7,436 tambons only in the few codes the packages carry differently", () => {
    const referenceTambons = new Map(reference.subdistricts.map((s) => [String(s.subdistrictCode), s]));
    const shippedTambons = new Map(shipped.tambons.map((t) => [t.code, t]));
    const missing = [...referenceTambons.keys()].filter((code) => !shippedTambons.has(code));
    const extra = [...shippedTambons.keys()].filter((code) => !referenceTambons.has(code));
    const thaiNames = shipped.tambons.filter((t) => referenceTambons.has(t.code) && referenceTambons.get(t.code)!.subdistrictNameTh !== t.nameTh);
    const englishMissing = shipped.tambons.filter((t) => !t.nameEn);
    const referenceDistricts = new Map(reference.districts.map((d) => [String(d.districtCode), d]));
    const districtNames = shipped.districts.filter((d) => referenceDistricts.get(d.code)?.districtNameTh !== d.nameTh);
    console.log(
      [
        `shipped: ${shipped.provinces.length} provinces, ${shipped.districts.length} districts, ${shipped.tambons.length} tambons (reference ${referenceTambons.size})`,
        `reference tambons missing from the shipped set (${missing.length}): ${missing.join(" ")}`,
        `shipped tambons not in the reference (${extra.length}): ${extra.join(" ")}`,
        `tambons whose Thai name differs (${thaiNames.length}), districts whose Thai name differs (${districtNames.length}): ${districtNames.map((d) => d.code).join(" ")}`,
        `tambons without an English name (${englishMissing.length}), with another English spelling than the reference (${
          shipped.tambons.filter((t) => t.nameEn && referenceTambons.has(t.code) && referenceTambons.get(t.code)!.subdistrictNameEn !== t.nameEn)
            .length
        }), districts without an English name (${shipped.districts.filter((d) => !d.nameEn).length})`,
      ].join("\n"),
    );
    // Guards against a package update that silently loses or scrambles geography.
    expect(missing.length).toBeLessThanOrEqual(10);
    expect(extra.length).toBeLessThanOrEqual(60);
    expect(thaiNames.length).toBeLessThanOrEqual(80);
    expect(districtNames.length).toBeLessThanOrEqual(6);
    expect(englishMissing.length).toBeLessThanOrEqual(shipped.tambons.length * 0.02);
  });
});
