import EmojiEventsIcon from "@mui/icons-material/EmojiEvents";
import {
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useEffect, useState } from "react";
import {
  Datagrid,
  List,
  NumberInput,
  SelectInput,
  Show,
  TextField,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { bahttext } from "../bahttext";
import { BahtField, EnumField, HistoryPanel, ListActions, TambonField } from "../fields";
import { AwardAmounts } from "./AwardAmounts";
import { DisbursementHistoryButton } from "./DisbursementHistoryButton";
import { ApiError, gql } from "../graphql";
import { fieldMessage, formatBaht, formatDate } from "../i18n";

const CSV_COLUMNS = ["id", "provinceCode", "fiscalYear", "level", "rank", "amount", "disbursedTotal", "remaining"];

export function AwardList() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="level" source="level" choices={["OUTSTANDING", "EXCELLENT"].map((id) => ({ id, name: translate(`enums.level.${id}`) }))} />,
  ];
  return (
    <>
      <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TambonField source="tambon" sortable={false} />
          <TextField source="provinceCode" sortable={false} />
          <TextField source="fiscalYear" sortable={false} />
          <EnumField source="level" group="level" sortable={false} />
          <BahtField source="amount" sortable={false} />
          <BahtField source="disbursedTotal" sortable={false} />
          <BahtField source="remaining" sortable={false} />
        </Datagrid>
      </List>
      {permissions !== "PROVINCE_OFFICER" && <AwardAmounts />}
    </>
  );
}

interface Disbursement {
  id: string;
  amount: string;
  purpose: string;
  reference: string;
  status: string;
  cancelReason: string | null;
  createdAt: string;
}

function Money({ label, amount, testId }: { label: string; amount: string; testId: string }) {
  return (
    <Box>
      <Typography variant="caption">{label}</Typography>
      <Typography variant="h6" data-testid={testId}>
        {formatBaht(amount)}
      </Typography>
    </Box>
  );
}

function AwardBody() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions();
  const [ledger, setLedger] = useState<Disbursement[] | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useRefresh();
  const mayPay = permissions === "ADMIN" || permissions === "BUDGET_OFFICER";
  const mayReadHistory = mayPay || permissions === "EXECUTIVE";
  useEffect(() => {
    if (!record?.id) return;
    gql<{ award: { disbursements: { nodes: Disbursement[] } } }>(LEDGER, { id: record.id }).then((data) => setLedger(data.award.disbursements.nodes));
  }, [record?.id, version]);
  if (!record) return null;
  const changed = () => {
    setVersion((v) => v + 1);
    refresh();
  };
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Typography variant="h5">
        <TambonField source="tambon" /> · {translate(`enums.level.${record.level}`)} ·{" "}
        {translate("cl.dashboard.fiscalYear", { year: record.fiscalYear })}
      </Typography>
      <Stack direction="row" spacing={4}>
        <Money label={translate("cl.money.awarded")} amount={record.amount} testId="award-amount" />
        <Money label={translate("cl.money.disbursed")} amount={record.disbursedTotal} testId="award-disbursed" />
        <Money label={translate("cl.money.remaining")} amount={record.remaining} testId="award-remaining" />
      </Stack>
      <Typography data-testid="award-amount-words">
        {translate("cl.money.inWords")}: {bahttext(record.amount)}
      </Typography>
      <Typography variant="h6">{translate("cl.disbursement.title")}</Typography>
      {ledger && ledger.length === 0 && <Typography>{translate("cl.disbursement.none")}</Typography>}
      {ledger && ledger.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("resources.awards.fields.createdAt")}</TableCell>
              <TableCell>{translate("resources.awards.fields.purpose")}</TableCell>
              <TableCell>{translate("resources.awards.fields.reference")}</TableCell>
              <TableCell align="right">{translate("resources.awards.fields.amount")}</TableCell>
              <TableCell>{translate("resources.awards.fields.status")}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {ledger.map((row) => (
              <TableRow key={row.id} data-testid={`disbursement-${row.reference}`}>
                <TableCell>{formatDate(row.createdAt, locale)}</TableCell>
                <TableCell>{row.purpose}</TableCell>
                <TableCell>{row.reference}</TableCell>
                <TableCell align="right">{formatBaht(row.amount)}</TableCell>
                <TableCell>
                  {translate(`enums.disbursement.${row.status}`)}
                  {row.cancelReason ? ` (${row.cancelReason})` : ""}
                </TableCell>
                <TableCell>
                  {mayPay && row.status === "RECORDED" && <StepButton id={row.id} step="approve" onDone={changed} />}
                  {mayPay && row.status === "APPROVED" && <StepButton id={row.id} step="markPaid" onDone={changed} />}
                  {mayPay && (row.status === "RECORDED" || row.status === "APPROVED") && <CancelButton id={row.id} onDone={changed} />}
                  {mayReadHistory && <DisbursementHistoryButton id={row.id} />}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {mayPay && <RecordDisbursement awardId={String(record.id)} onDone={changed} />}
    </Stack>
  );
}

const STEPS = {
  approve: `mutation A($id: ID!) { approveDisbursement(id: $id) { id } }`,
  markPaid: `mutation P($id: ID!) { markDisbursementPaid(id: $id) { id } }`,
};

/** Approve, then mark paid (each confirmed). */
function StepButton({ id, step, onDone }: { id: string; step: keyof typeof STEPS; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const run = async () => {
    if (!window.confirm(translate("cl.workflow.confirm"))) return;
    try {
      await gql(STEPS[step], { id });
      notify("cl.workflow.done", { type: "success" });
      onDone();
    } catch (error) {
      notify(error instanceof ApiError ? fieldMessage(error.errors[0]) : String(error), { type: "error" });
    }
  };
  return (
    <MuiButton size="small" onClick={run}>
      {translate(`cl.disbursement.${step}`)}
    </MuiButton>
  );
}

function CancelButton({ id, onDone }: { id: string; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const cancel = async () => {
    try {
      await gql(`mutation C($id: ID!, $reason: String!) { cancelDisbursement(id: $id, reason: $reason) { id status } }`, { id, reason });
      setOpen(false);
      notify("cl.disbursement.cancelled", { type: "success" });
      onDone();
    } catch (error) {
      notify(error instanceof ApiError ? fieldMessage(error.errors[0]) : String(error), { type: "error" });
    }
  };
  return (
    <>
      <MuiButton size="small" color="error" onClick={() => setOpen(true)}>
        {translate("cl.disbursement.cancel")}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate("cl.disbursement.cancelTitle")}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            label={translate("cl.disbursement.reason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
          <MuiButton color="error" variant="contained" disabled={!reason.trim()} onClick={cancel}>
            {translate("ra.action.confirm")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

function RecordDisbursement({ awardId, onDone }: { awardId: string; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [form, setForm] = useState({ amount: "", purpose: "", reference: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const record = async () => {
    setErrors({});
    try {
      await gql(`mutation R($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`, {
        input: { awardId, ...form, idempotencyKey: crypto.randomUUID() },
      });
      setForm({ amount: "", purpose: "", reference: "" });
      notify("cl.disbursement.recorded", { type: "success" });
      onDone();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const first = error.errors[0];
      const field = first.extensions?.field?.replace(/^input\./, "") ?? "amount";
      setErrors({ [field in form ? field : "amount"]: fieldMessage(first) });
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1">{translate("cl.disbursement.record")}</Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
          {(["amount", "purpose", "reference"] as const).map((key) => (
            <MuiTextField
              key={key}
              label={translate(`resources.awards.fields.${key}`)}
              value={form[key]}
              onChange={set(key)}
              error={Boolean(errors[key])}
              helperText={errors[key]}
              size="small"
            />
          ))}
          <MuiButton variant="contained" onClick={record} disabled={!form.amount || !form.purpose || !form.reference}>
            {translate("ra.action.save")}
          </MuiButton>
        </Stack>
      </CardContent>
    </Card>
  );
}

export function AwardShow() {
  const { permissions } = usePermissions();
  return (
    <Show>
      <AwardBody />
      {(permissions === "ADMIN" || permissions === "BUDGET_OFFICER" || permissions === "EXECUTIVE") && (
        <HistoryPanel entity="Award" subgraph="evaluation" />
      )}
    </Show>
  );
}

export const awards = { list: AwardList, show: AwardShow, icon: EmojiEventsIcon };

const LEDGER = `query Ledger($id: ID!) { award(id: $id) { id disbursements(page: { limit: 500 }) {
  nodes { id amount purpose reference status cancelReason createdAt } } } }`;
