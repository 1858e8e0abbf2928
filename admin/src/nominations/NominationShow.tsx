import { Stack } from "@mui/material";
import { Show, SimpleShowLayout, TextField, usePermissions, useRecordContext } from "react-admin";
import { Evidence } from "../evidence/Evidence";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { HistoryPanel } from "../history/HistoryPanel";
import { NotSelectNominationButton } from "./NotSelectNominationButton";
import { ReturnNominationButton } from "./ReturnNominationButton";
import { ReviewForm } from "./ReviewForm";
import { Reviews } from "./Reviews";
import { SelectNominationButton } from "./SelectNominationButton";
import { SubmitNominationButton } from "./SubmitNominationButton";
import { WithdrawNominationButton } from "./WithdrawNominationButton";

/** What may be done with the nomination now, by whom: officers submit or withdraw it, admins return or decide it. */
function Workflow() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record) return null;
  const officer = permissions === "ADMIN" || permissions === "PROVINCE_OFFICER";
  const open = ["SUBMITTED", "UNDER_REVIEW"].includes(record.status);
  return (
    <Stack direction="row" spacing={1}>
      {officer && record.status === "DRAFT" && <SubmitNominationButton />}
      {officer && (record.status === "DRAFT" || open) && <WithdrawNominationButton />}
      {permissions === "ADMIN" && open && <ReturnNominationButton />}
      {permissions === "ADMIN" && record.reviewCount > 0 && open && (
        <>
          <SelectNominationButton />
          <NotSelectNominationButton />
        </>
      )}
    </Stack>
  );
}

export function NominationShow() {
  const { permissions } = usePermissions();
  return (
    <Show>
      <SimpleShowLayout>
        <TambonField source="tambon" />
        <TextField source="fiscalYear" />
        <EnumField source="round" group="round" />
        <EnumField source="status" group="nomination" />
        <TextField source="statusReason" />
        <TextField source="summary" />
        <TextField source="averageScore" />
        <BeDateField source="createdAt" />
        <Evidence target="nomination" label="cl.evidence.portfolio" />
        <Workflow />
        <Reviews />
        {(permissions === "INSPECTOR" || permissions === "JUDGE") && <ReviewForm />}
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "BUDGET_OFFICER" || permissions === "EXECUTIVE") && (
        <HistoryPanel entity="Nomination" subgraph="evaluation" />
      )}
    </Show>
  );
}
