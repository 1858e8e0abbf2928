import { Alert, DialogContentText, Stack } from "@mui/material";
import { useTranslate } from "react-admin";
import { hasReceipt } from "../evidence/attachment";
import { AttachFileButton } from "../evidence/AttachFileButton";
import { formatBaht } from "../i18n";
import type { Disbursement } from "./choices";
import { DisbursementNoteButton } from "./DisbursementNoteButton";

/**
 * Marks an approved disbursement paid, with the payment's reference asked in a dialog. The API refuses it without a
 * RECEIPT, so the dialog says whether one is attached and, when not, offers to upload it there first. The dialog
 * names the amount, the tambon and the voucher paid.
 */
export function MarkDisbursementPaidButton({ row, tambon, onDone }: { row: Disbursement; tambon: string; onDone: () => void }) {
  const translate = useTranslate();
  const receipts = row.attachments.filter((a) => a.kind === "RECEIPT");
  const receipt = hasReceipt(row.attachments) ? (
    <Alert severity="success" data-testid="receipt-notice">
      {translate("cl.evidence.receiptAttached", { name: receipts.map((r) => r.name).join(", ") })}
    </Alert>
  ) : (
    <Alert severity="warning" data-testid="receipt-notice">
      <Stack spacing={1}>
        <span>{translate("cl.evidence.receiptRequired")}</span>
        <AttachFileButton target="disbursement" recordId={row.id} kinds={["RECEIPT"]} label="cl.evidence.attachReceipt" onDone={onDone} />
      </Stack>
    </Alert>
  );
  const notice = (
    <Stack spacing={2}>
      <DialogContentText data-testid="pay-text">
        {translate("cl.friction.payText", { amount: formatBaht(row.amount), tambon, reference: row.reference })}
      </DialogContentText>
      {receipt}
    </Stack>
  );
  return <DisbursementNoteButton id={row.id} step="markDisbursementPaid" onDone={onDone} notice={notice} />;
}
