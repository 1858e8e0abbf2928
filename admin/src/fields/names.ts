import { useEffect, useState } from "react";
import { gql } from "../graphql";

/** A place as the API names it. */
export interface Place {
  code: string;
  nameTh: string;
  nameEn: string;
  /** A tambon's district (read with the tambon). */
  district?: { nameTh: string; nameEn: string } | null;
}

const PROVINCES = `{ provinces { code nameTh nameEn } }`;
/** Up to 50 tambons by code in one request, each under its own alias (the API reads one tambon by its code). */
const tambonsQuery = (count: number) =>
  `query TambonNames(${Array.from({ length: count }, (_, i) => `$c${i}: ID!`).join(", ")}) { ${Array.from(
    { length: count },
    (_, i) => `t${i}: tambon(code: $c${i}) { code nameTh nameEn district { nameTh nameEn } }`,
  ).join(" ")} }`;
const STAFF = `query StaffNames($ids: [ID!]!) { staffNames(ids: $ids) { id displayName } }`;

let provinces: Promise<Map<string, Place>> | null = null;
/** The 77 provinces by code, read once per page load. */
export function provinceNames(): Promise<Map<string, Place>> {
  provinces ??= gql<{ provinces: Place[] }>(PROVINCES)
    .then((data) => new Map(data.provinces.map((p) => [p.code, p])))
    .catch(() => {
      provinces = null;
      return new Map<string, Place>();
    });
  return provinces;
}

const tambonCache = new Map<string, Place>();
/** Tambons by code, each read once per page load. */
export async function tambonNames(codes: string[]): Promise<Map<string, Place>> {
  const missing = [...new Set(codes)].filter((code) => code && !tambonCache.has(code));
  for (let i = 0; i < missing.length; i += 50) {
    const batch = missing.slice(i, i + 50);
    const variables = Object.fromEntries(batch.map((code, j) => [`c${j}`, code]));
    const read = await gql<Record<string, Place | null>>(tambonsQuery(batch.length), variables).catch(() => null);
    for (const tambon of Object.values(read ?? {})) if (tambon) tambonCache.set(tambon.code, tambon);
  }
  return tambonCache;
}

const staffCache = new Map<string, string>();
/** Staff display names by account id (the API's `staffNames`, 100 at a time); an id it does not know stays unnamed. */
export async function staffNames(ids: string[]): Promise<Map<string, string>> {
  const missing = [...new Set(ids)].filter((id) => id && !staffCache.has(id));
  for (let i = 0; i < missing.length; i += 100) {
    const read = await gql<{ staffNames: { id: string; displayName: string }[] }>(STAFF, { ids: missing.slice(i, i + 100) }).catch(() => null);
    for (const name of read?.staffNames ?? []) staffCache.set(name.id, name.displayName);
  }
  return staffCache;
}

/** A place's name in the panel's language. */
export const placeName = (place: Place | undefined, locale: string) => (place ? (locale === "en" ? place.nameEn : place.nameTh) : undefined);

/** The provinces by code in a component (empty until read). */
export function useProvinces(): Map<string, Place> {
  const [names, setNames] = useState<Map<string, Place>>(new Map());
  useEffect(() => {
    let live = true;
    void provinceNames().then((read) => live && setNames(read));
    return () => {
      live = false;
    };
  }, []);
  return names;
}

/** Staff display names of the given ids in a component (empty until read). */
export function useStaffNames(ids: string[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = [...new Set(ids)].sort().join(",");
  useEffect(() => {
    let live = true;
    if (key) void staffNames(key.split(",")).then((read) => live && setNames(new Map(read)));
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
