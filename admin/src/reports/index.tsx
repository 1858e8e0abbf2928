import AssignmentIcon from "@mui/icons-material/Assignment";
import { Stack, Table, TableBody, TableCell, TableRow, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import {
  Datagrid,
  EditButton,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { me } from "../authProvider";
import { BeDateField, EnumField, HistoryPanel, ListActions, TambonField } from "../fields";
import { formPages } from "../formPages";
import { gql } from "../graphql";
import { formatBaht } from "../i18n";
import { BeDateInput, ProvinceInput, TambonInput } from "../inputs";
import { WorkflowButton } from "../workflow";

const STATUSES = ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"];
const CSV_COLUMNS = ["id", "tambonCode", "provinceCode", "fiscalYear", "periodStart", "periodEnd", "status", "narrative", "evidenceLinks"];

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
    indicators ??= gql<{ progressIndicators: Indicator[] }>(`{ progressIndicators { code nameTh nameEn unitTh unitEn kind } }`).then(
      (data) => data.progressIndicators,
    );
    indicators.then(setList).catch(() => setList([]));
  }, []);
  return list;
}

const mayReport = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";

export function ProgressReportList() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="status" source="status" choices={STATUSES.map((id) => ({ id, name: translate(`enums.report.${id}`) }))} alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
  ];
  return (
    <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} mayCreate={mayReport(permissions)} />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TambonField source="tambon" sortable={false} />
        <BeDateField source="periodStart" sortable={false} />
        <BeDateField source="periodEnd" sortable={false} />
        <EnumField source="status" group="report" sortable={false} />
        <TextField source="fiscalYear" sortable={false} />
      </Datagrid>
    </List>
  );
}

/** One number box per indicator, in its unit: a count for COUNT, baht for MONEY. */
function IndicatorInputs() {
  const list = useIndicators();
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: "wrap" }}>
      {list.map((indicator) => (
        <NumberInput
          key={indicator.code}
          source={`${indicator.kind === "MONEY" ? "indicatorAmounts" : "indicatorCounts"}.${indicator.code}`}
          label={`${locale === "en" ? indicator.nameEn : indicator.nameTh} (${locale === "en" ? indicator.unitEn : indicator.unitTh})`}
          min={0}
          step={indicator.kind === "MONEY" ? 0.01 : 1}
        />
      ))}
    </Stack>
  );
}

function ReportForm({ creating }: { creating: boolean }) {
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  const translate = useTranslate();
  return (
    <SimpleForm>
      {creating && <TambonInput source="tambonCode" provinceCode={province} validate={required()} label="resources.progressReports.fields.tambon" />}
      {creating && (
        <ReferenceInput source="eventId" reference="events" filter={{ kind: "FOOD_SECURITY", ...(province ? { provinceCode: province } : {}) }}>
          <SelectInput optionText="title" label="resources.progressReports.fields.eventId" />
        </ReferenceInput>
      )}
      <Stack direction="row" spacing={2}>
        <BeDateInput source="periodStart" validate={required()} />
        <BeDateInput source="periodEnd" validate={required()} />
      </Stack>
      <TextInput source="narrative" multiline minRows={3} fullWidth validate={required()} />
      <Typography variant="subtitle2">{translate("cl.report.indicators")}</Typography>
      <IndicatorInputs />
      <TextInput source="evidenceText" multiline minRows={2} fullWidth helperText="cl.report.evidenceHelp" />
    </SimpleForm>
  );
}

/** Submit (officers, from DRAFT or RETURNED); accept or return with a reason (admins, once SUBMITTED). */
function ReportActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record) return <TopToolbar />;
  const open = ["DRAFT", "RETURNED"].includes(record.status);
  return (
    <TopToolbar>
      {mayReport(permissions) && open && <EditButton />}
      {mayReport(permissions) && open && <WorkflowButton label="cl.workflow.submit" mutation={SUBMIT} needsReason={false} />}
      {permissions === "ADMIN" && record.status === "SUBMITTED" && (
        <>
          <WorkflowButton label="cl.workflow.accept" mutation={ACCEPT} needsReason={false} />
          <WorkflowButton label="cl.workflow.return" mutation={RETURN} needsReason />
        </>
      )}
    </TopToolbar>
  );
}

function IndicatorValues(_props: { label?: string }) {
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

function EvidenceLinks(_props: { label?: string }) {
  const record = useRecordContext();
  const links = (record?.evidenceLinks ?? []) as string[];
  return (
    <Stack>
      {links.map((link) => (
        <a key={link} href={link} target="_blank" rel="noreferrer">
          {link}
        </a>
      ))}
    </Stack>
  );
}

export function ProgressReportShow() {
  const { permissions } = usePermissions();
  return (
    <Show actions={<ReportActions />}>
      <SimpleShowLayout>
        <TambonField source="tambon" />
        <BeDateField source="periodStart" />
        <BeDateField source="periodEnd" />
        <EnumField source="status" group="report" />
        <TextField source="returnReason" emptyText="-" />
        <TextField source="narrative" />
        <IndicatorValues label="cl.report.indicators" />
        <EvidenceLinks label="resources.progressReports.fields.evidenceLinks" />
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "EXECUTIVE") && <HistoryPanel entity="ProgressReport" subgraph="activities" />}
    </Show>
  );
}

export const progressReports = {
  list: ProgressReportList,
  show: ProgressReportShow,
  ...formPages(ReportForm),
  icon: AssignmentIcon,
};

const SUBMIT = `mutation S($id: ID!) { submitProgressReport(id: $id) { id status } }`;
const ACCEPT = `mutation A($id: ID!) { acceptProgressReport(id: $id) { id status } }`;
const RETURN = `mutation R($id: ID!, $reason: String!) { returnProgressReport(id: $id, reason: $reason) { id status } }`;
