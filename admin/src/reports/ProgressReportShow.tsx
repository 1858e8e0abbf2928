import { Stack } from "@mui/material";
import { EditButton, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions, useRecordContext } from "react-admin";
import { Evidence } from "../evidence/Evidence";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { HistoryPanel } from "../history/HistoryPanel";
import { AcceptProgressReportButton } from "./AcceptProgressReportButton";
import { mayReport } from "./choices";
import { IndicatorValues } from "./indicators";
import { ReturnProgressReportButton } from "./ReturnProgressReportButton";
import { SubmitProgressReportButton } from "./SubmitProgressReportButton";

/** Submit (officers, from DRAFT or RETURNED); accept or return with a reason (admins, once SUBMITTED). */
function ReportActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record) return <TopToolbar />;
  const open = ["DRAFT", "RETURNED"].includes(record.status);
  return (
    <TopToolbar>
      {mayReport(permissions) && open && <EditButton />}
      {mayReport(permissions) && open && <SubmitProgressReportButton />}
      {permissions === "ADMIN" && record.status === "SUBMITTED" && (
        <>
          <AcceptProgressReportButton />
          <ReturnProgressReportButton />
        </>
      )}
    </TopToolbar>
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
        <Evidence target="progressReport" label="cl.evidence.photos" />
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "EXECUTIVE") && <HistoryPanel entity="ProgressReport" subgraph="activities" />}
    </Show>
  );
}
