import { Alert } from "@mui/material";
import {
  EditButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { HistoryPanel } from "../history/HistoryPanel";
import { formatDate } from "../i18n";
import { AccessLogPanel } from "./AccessLogPanel";
import { BirthField } from "./BirthField";
import { EraseLeaderButton } from "./EraseLeaderButton";
import { ExportLeaderDataButton } from "./ExportLeaderDataButton";
import { LeaderDataPdfButton } from "./LeaderDataPdfButton";

/** Editing for the roles that change leaders; the PDPA export and erasure for admins only. */
function LeaderShowActions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      {permissions === "ADMIN" && <ExportLeaderDataButton />}
      {permissions === "ADMIN" && <LeaderDataPdfButton />}
      {permissions === "ADMIN" && <EraseLeaderButton />}
      {(permissions === "ADMIN" || permissions === "PROVINCE_OFFICER") && <EditButton />}
    </TopToolbar>
  );
}

/** Once erased on request (or by the retention job), the page says so: what identified the person is gone. */
function ErasedNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.anonymisedAt) return null;
  return (
    <Alert severity="info" data-testid="leader-erased">
      {translate("cl.pdpa.erasedAt", { at: formatDate(record.anonymisedAt, locale, true) })}
    </Alert>
  );
}

/**
 * A leader's page. The national ID and phone come as the API gives them to the caller: in full for admins and the
 * leader's own province officer, masked (x-xxxx-xxxxx-12-3) for other staff, who see the year of birth only.
 */
export function LeaderShow() {
  const { permissions } = usePermissions();
  return (
    <Show actions={<LeaderShowActions />}>
      <ErasedNotice />
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="firstName" />
        <TextField source="lastName" />
        <EnumField source="gender" group="gender" />
        <BirthField source="birthDate" />
        <TextField source="nationalId" />
        <TextField source="phone" />
        <TextField source="communityRole" />
        <TambonField source="tambon" />
        <TextField source="villageNo" />
        <TextField source="cohortYear" />
        <EnumField source="status" group="status" />
        <BeDateField source="createdAt" showTime />
        <BeDateField source="updatedAt" showTime />
      </SimpleShowLayout>
      {permissions === "ADMIN" && <HistoryPanel entity="Leader" />}
      {permissions === "ADMIN" && <AccessLogPanel />}
    </Show>
  );
}
