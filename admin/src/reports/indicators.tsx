import { Stack, Table, TableBody, TableCell, TableRow } from "@mui/material";
import { useEffect, useState } from "react";
import { NumberInput, TextInput, useLocaleState, useRecordContext } from "react-admin";
import { dataProvider } from "../dataProvider";
import { formatBaht } from "../i18n";

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

/** One number box per indicator, in its unit: a count for COUNT, baht for MONEY. */
export function IndicatorInputs() {
  const list = useIndicators();
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: "wrap" }}>
      {list.map((indicator) => {
        const label = `${locale === "en" ? indicator.nameEn : indicator.nameTh} (${locale === "en" ? indicator.unitEn : indicator.unitTh})`;
        // Baht is typed and kept as text ("18250.50"), a count as a number.
        return indicator.kind === "MONEY" ? (
          <TextInput
            key={indicator.code}
            source={`indicatorAmounts.${indicator.code}`}
            label={label}
            slotProps={{ htmlInput: { inputMode: "decimal" } }}
          />
        ) : (
          <NumberInput key={indicator.code} source={`indicatorCounts.${indicator.code}`} label={label} min={0} step={1} />
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
