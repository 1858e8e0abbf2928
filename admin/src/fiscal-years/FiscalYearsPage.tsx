import { Stack } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Title, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";
import { CopySetupCard } from "./CopySetupCard";
import { type ProvinceName, RegionsCard } from "./RegionsCard";
import { type FiscalYearRow, YearsCard } from "./YearsCard";

/** The admin's page for running the programme year after year: the years, copying a year's set-up forward, each year's regions. */
export function FiscalYearsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [years, setYears] = useState<FiscalYearRow[]>([]);
  const [provinces, setProvinces] = useState<ProvinceName[]>([]);
  const [regionYear, setRegionYear] = useState(2565);
  const [copies, setCopies] = useState(0);
  const loadYears = useCallback(() => {
    dataProvider
      .query<{ fiscalYears: { nodes: FiscalYearRow[] } }>("fiscalYears")
      .then((data) => setYears(data.fiscalYears.nodes))
      .catch((e) => notify(apiErrorMessage(e), { type: "error" }));
  }, []);
  useEffect(loadYears, [loadYears]);
  useEffect(() => {
    dataProvider.query<{ provinces: ProvinceName[] }>("provinces").then((data) => setProvinces(data.provinces));
  }, []);
  const provinceName = (code: string) => provinces.find((p) => p.code === code)?.nameTh ?? code;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("cl.fiscalYears.title")} />
      <YearsCard years={years} onChanged={loadYears} />
      <CopySetupCard
        provinceName={provinceName}
        onCopied={(to) => {
          setRegionYear(to);
          setCopies((n) => n + 1);
          loadYears();
        }}
      />
      <RegionsCard fiscalYear={regionYear} copies={copies} provinces={provinces} />
    </Stack>
  );
}
