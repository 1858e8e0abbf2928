import { Stack } from "@mui/material";
import { useEffect, useState } from "react";
import { Title, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";
import { CopySetupCard } from "./CopySetupCard";
import { type ProvinceName, RegionsCard } from "./RegionsCard";
import { useFiscalYears } from "./useFiscalYears";
import { YearsCard } from "./YearsCard";

/** The admin's page for running the programme year after year: the years, copying a year's set-up forward, each year's regions. */
export function FiscalYearsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const { years, current, reload: loadYears } = useFiscalYears();
  const [provinces, setProvinces] = useState<ProvinceName[]>([]);
  const [copiedTo, setCopiedTo] = useState<number | null>(null);
  const [copies, setCopies] = useState(0);
  useEffect(() => {
    dataProvider
      .query<{ provinces: ProvinceName[] }>("provinces")
      .then((data) => setProvinces(data.provinces))
      .catch((e) => notify(apiErrorMessage(e), { type: "error" }));
  }, []);
  const provinceName = (code: string) => provinces.find((p) => p.code === code)?.nameTh ?? code;
  if (current === null) return null;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("cl.fiscalYears.title")} />
      <YearsCard years={years} onChanged={loadYears} />
      <CopySetupCard
        fromFiscalYear={current}
        provinceName={provinceName}
        onCopied={(to) => {
          setCopiedTo(to);
          setCopies((n) => n + 1);
          loadYears();
        }}
      />
      <RegionsCard fiscalYear={copiedTo ?? current} copies={copies} provinces={provinces} />
    </Stack>
  );
}
