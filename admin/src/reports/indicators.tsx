import { Stack, Table, TableBody, TableCell, TableRow } from "@mui/material";
import { useEffect, useState } from "react";
import { NumberInput, useLocaleState, useRecordContext } from "react-admin";
import { dataProvider } from "../dataProvider";
import { formatBaht } from "../i18n";
import { AmountInput } from "../inputs/amount";

interface Indicator {
  code: string;
  nameTh: string;
  nameEn: string;
  unitTh: string;
  unitEn: string;
  kind: "COUNT" | "MONEY";
}

let indicators: Promise<Indicator[]> | null = null;
/** What reports measure (the active indicators), read once per page load. */
function useIndicators() {
  const [list, setList] = useState<Indicator[]>([]);
  useEffect(() => {
    indicators ??= dataProvider.query<{ progressIndicators: Indicator[] }>("progressIndicators").then((data) => data.progressIndicators);
    indicators.then(setList).catch(() => setList([]));
  }, []);
  return list;
}

/**
 * A count as the API takes it (a whole number from 0 to 1,000,000,000), refused in the panel's words: no HTML `min`, whose
 * browser bubble speaks the browser's language and keeps the form from saying anything.
 */
const countRule = (value: unknown) => {
  if (value === null || value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) return "cl.countInput.whole";
  if (n < 0) return "cl.countInput.negative";
  return n > 1_000_000_000 ? "cl.countInput.tooLarge" : undefined;
};

/** One number box per indicator, in its unit: a count for COUNT, baht for MONEY. */
export function IndicatorInputs() {
  const list = useIndicators();
  const [locale] = useLocaleState();
  return (
    <Stack direction={{ xs: "column", sm: "row" }} spacing={2} useFlexGap sx={{ flexWrap: "wrap" }}>
      {list.map((indicator) => {
        const label = `${locale === "en" ? indicator.nameEn : indicator.nameTh} (${locale === "en" ? indicator.unitEn : indicator.unitTh})`;
        // Baht is typed as people type it ("18,250.50") and kept as the API's text ("18250.50"), a count as a number.
        return indicator.kind === "MONEY" ? (
          <AmountInput key={indicator.code} source={`indicatorAmounts.${indicator.code}`} label={label} />
        ) : (
          <NumberInput key={indicator.code} source={`indicatorCounts.${indicator.code}`} label={label} validate={countRule} />
        );
      })}
    </Stack>
  );
}

/** A report's indicator values, each in its unit (baht for money). */
export function IndicatorValues(_props: { label?: string }) {
  const record = useRecordContext();
  const list = useIndicators();
  const [locale] = useLocaleState();
  const values = (record?.indicators ?? []) as { indicatorCode: string; quantity: number | null; amount: string | null }[];
  if (values.length === 0) return null;
  return (
    <Table size="small" sx={{ maxWidth: 600 }}>
      <TableBody>
        {values.map((value) => {
          const indicator = list.find((i) => i.code === value.indicatorCode);
          return (
            <TableRow key={value.indicatorCode}>
              <TableCell>{indicator ? (locale === "en" ? indicator.nameEn : indicator.nameTh) : value.indicatorCode}</TableCell>
              <TableCell align="right">
                {value.amount !== null
                  ? formatBaht(value.amount)
                  : `${value.quantity ?? ""} ${indicator ? (locale === "en" ? indicator.unitEn : indicator.unitTh) : ""}`}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
