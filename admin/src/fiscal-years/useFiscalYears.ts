import { useEffect, useState } from "react";
import { usePanelDataProvider } from "../dataProvider";

export interface FiscalYearRow {
  fiscalYear: number;
  status: "OPEN" | "CLOSED";
  closedAt: string | null;
}

/** The fiscal year (BE) a Bangkok day falls in: FY 2565 runs from 1 October 2564 to 30 September 2565. */
export function fiscalYearOfToday(now = new Date()): number {
  const bangkok = new Date(now.getTime() + 7 * 3600_000);
  return bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
}

/**
 * The programme's fiscal years as the API lists them (newest first), and the one the panel works in by default:
 * the newest the programme has (data, not code: a copied next year becomes the working year), else today's.
 * `reload` reads the list again after a year was copied or closed.
 */
export function useFiscalYears(): { years: FiscalYearRow[]; current: number | null; reload: () => void } {
  const dataProvider = usePanelDataProvider();
  const [years, setYears] = useState<FiscalYearRow[] | null>(null);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    dataProvider
      .query<{ fiscalYears: { nodes: FiscalYearRow[] } }>("fiscalYears")
      .then((data) => setYears(data.fiscalYears.nodes))
      .catch(() => setYears([]));
  }, [reads]);
  const current = years === null ? null : (years[0]?.fiscalYear ?? fiscalYearOfToday());
  return { years: years ?? [], current, reload: () => setReads((n) => n + 1) };
}
