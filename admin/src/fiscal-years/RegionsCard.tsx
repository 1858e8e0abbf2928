import {
  Alert,
  Autocomplete,
  Button as MuiButton,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Confirm, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError } from "../graphql";
import { apiErrorMessage, fieldMessage } from "../i18n";

export interface ProvinceName {
  code: string;
  nameTh: string;
  nameEn: string;
}
interface Region {
  code: string;
  nameTh: string;
  nameEn: string;
  provinceCodes: string[];
  inspectors: { id: string; title: string; firstName: string; lastName: string }[];
}

const EMPTY_FORM = { code: "", nameTh: "", nameEn: "", provinceCodes: [] as string[] };

/**
 * The inspection regions of one fiscal year with their provinces and inspectors, and the provinces no region
 * holds yet; an admin adds or corrects a region (its provinces picked by name) or retires one.
 */
/** `copies` counts the copies made on the page: each one reads the regions again. */
export function RegionsCard({ fiscalYear, copies, provinces }: { fiscalYear: number; copies: number; provinces: ProvinceName[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [year, setYear] = useState(String(fiscalYear));
  const [regions, setRegions] = useState<Region[]>([]);
  const [free, setFree] = useState<ProvinceName[]>([]);
  const [form, setForm] = useState(EMPTY_FORM);
  const [error, setError] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<string | null>(null);
  const name = (code: string) => provinces.find((p) => p.code === code)?.nameTh ?? code;
  useEffect(() => setYear(String(fiscalYear)), [fiscalYear]);
  const load = useCallback(() => {
    if (!/^\d{4}$/.test(year)) return;
    dataProvider
      .query<{ inspectionRegions: Region[]; provincesWithoutInspectionRegion: ProvinceName[] }>("yearRegions", { fiscalYear: Number(year) })
      .then((data) => {
        setRegions(data.inspectionRegions);
        setFree(data.provincesWithoutInspectionRegion);
      })
      .catch((e) => notify(apiErrorMessage(e), { type: "error" }));
  }, [year, copies]);
  useEffect(load, [load]);
  const save = async () => {
    setError(null);
    try {
      await dataProvider.workflow("saveInspectionRegion", { input: { fiscalYear: Number(year), ...form } });
      notify("cl.fiscalYears.regionSaved", { type: "success", messageArgs: { code: form.code } });
      setForm(EMPTY_FORM);
      load();
    } catch (e) {
      if (e instanceof ApiError) setError(fieldMessage(e.errors[0]));
      else throw e;
    }
  };
  const retire = async () => {
    const code = retiring;
    setRetiring(null);
    try {
      await dataProvider.workflow("retireInspectionRegion", { fiscalYear: Number(year), code });
      notify("cl.fiscalYears.retired", { type: "success", messageArgs: { code } });
      load();
    } catch (e) {
      notify(apiErrorMessage(e), { type: "error" });
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <Typography variant="h6">{translate("cl.fiscalYears.regionsTitle")}</Typography>
          <MuiTextField
            size="small"
            type="number"
            sx={{ width: 160 }}
            label={translate("cl.fiscalYears.year")}
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </Stack>
        <Alert severity={free.length ? "warning" : "success"} sx={{ my: 1 }} data-testid="provinces-without-region">
          {free.length
            ? translate("cl.fiscalYears.withoutRegion", { names: free.map((p) => p.nameTh).join(", ") })
            : translate("cl.fiscalYears.allCovered")}
        </Alert>
        {regions.length === 0 ? (
          <Typography variant="body2">{translate("cl.fiscalYears.noRegions")}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("cl.fiscalYears.regionCode")}</TableCell>
                <TableCell>{translate("cl.fiscalYears.regionNameTh")}</TableCell>
                <TableCell>{translate("cl.fiscalYears.provinces")}</TableCell>
                <TableCell>{translate("cl.fiscalYears.inspectors")}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {regions.map((region) => (
                <TableRow key={region.code} data-testid={`region-${region.code}`}>
                  <TableCell>{region.code}</TableCell>
                  <TableCell>{region.nameTh}</TableCell>
                  <TableCell>{region.provinceCodes.map(name).join(", ")}</TableCell>
                  <TableCell>{region.inspectors.map((i) => `${i.title}${i.firstName} ${i.lastName}`).join(", ")}</TableCell>
                  <TableCell>
                    <MuiButton
                      size="small"
                      onClick={() =>
                        setForm({ code: region.code, nameTh: region.nameTh, nameEn: region.nameEn, provinceCodes: region.provinceCodes })
                      }
                    >
                      {translate("cl.fiscalYears.edit")}
                    </MuiButton>
                    <MuiButton size="small" color="error" onClick={() => setRetiring(region.code)}>
                      {translate("cl.fiscalYears.retire")}
                    </MuiButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ mt: 2 }}>
          <MuiTextField
            size="small"
            label={translate("cl.fiscalYears.regionCode")}
            value={form.code}
            onChange={(e) => setForm({ ...form, code: e.target.value })}
          />
          <MuiTextField
            size="small"
            label={translate("cl.fiscalYears.regionNameTh")}
            value={form.nameTh}
            onChange={(e) => setForm({ ...form, nameTh: e.target.value })}
          />
          <MuiTextField
            size="small"
            label={translate("cl.fiscalYears.regionNameEn")}
            value={form.nameEn}
            onChange={(e) => setForm({ ...form, nameEn: e.target.value })}
          />
          <Autocomplete
            multiple
            size="small"
            sx={{ minWidth: 320 }}
            options={provinces.map((p) => p.code)}
            getOptionLabel={(code) => `${name(code)} (${code})`}
            value={form.provinceCodes}
            onChange={(_e, codes) => setForm({ ...form, provinceCodes: codes })}
            renderInput={(params) => <MuiTextField {...params} label={translate("cl.fiscalYears.provinces")} />}
          />
          <MuiButton variant="contained" sx={{ whiteSpace: "nowrap" }} disabled={!form.code || !form.nameTh} onClick={save}>
            {translate("cl.fiscalYears.saveRegion")}
          </MuiButton>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="region-error">
            {error}
          </Alert>
        )}
        <Confirm
          isOpen={retiring !== null}
          title="cl.fiscalYears.retireTitle"
          titleTranslateOptions={{ code: retiring }}
          content="cl.fiscalYears.retireContent"
          onConfirm={retire}
          onClose={() => setRetiring(null)}
        />
      </CardContent>
    </Card>
  );
}
