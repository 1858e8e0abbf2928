import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { Fragment, useEffect, useState } from "react";
import { Show, TopToolbar, useGetIdentity, useLocaleState, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { bahttext } from "../bahttext";
import { LEDGER_PAGE, everyPage, usePanelDataProvider } from "../dataProvider";
import { EVIDENCE, hasReceipt } from "../evidence/attachment";
import { AttachFileButton } from "../evidence/AttachFileButton";
import { AttachmentList } from "../evidence/AttachmentList";
import { useFreshLinks } from "../evidence/Evidence";
import { TambonField } from "../fields/places";
import { HistoryPanel } from "../history/HistoryPanel";
import { formatBaht, formatDate } from "../i18n";
import { ApproveDisbursementButton } from "./ApproveDisbursementButton";
import type { Disbursement } from "./choices";
import { DisbursementHistoryButton } from "./DisbursementHistoryButton";
import { DisbursementNoteButton } from "./DisbursementNoteButton";
import { MarkDisbursementPaidButton } from "./MarkDisbursementPaidButton";
import { PrintCertificateButton } from "./PrintCertificateButton";
import { PrintVoucherButton } from "./PrintVoucherButton";
import { RecordDisbursementForm } from "./RecordDisbursementForm";

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

/** The award's money (awarded, recorded, approved, paid, remaining, the amount in words) and its disbursement ledger with each entry's next steps. */
function AwardBody() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions();
  const dataProvider = usePanelDataProvider();
  const [ledger, setLedger] = useState<Disbursement[] | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const mayPay = permissions === "ADMIN" || permissions === "BUDGET_OFFICER";
  // Four eyes: another budget officer, an executive or an admin approves; never the account that recorded it.
  const mayApprove = (row: Disbursement) => (mayPay || permissions === "EXECUTIVE") && row.recordedBy !== identity?.id;
  const mayReadHistory = mayPay || permissions === "EXECUTIVE";
  const mayAttach = (row: Disbursement) => EVIDENCE.disbursement.mayAttach(permissions, { status: row.status }, null);
  useEffect(() => {
    if (!record?.id) return;
    everyPage(async (page) => {
      const data = await dataProvider.query<{ award: { disbursements: { totalCount: number; nodes: Disbursement[] } } }>("awardLedger", {
        id: record.id,
        page: { limit: LEDGER_PAGE, offset: (page - 1) * LEDGER_PAGE },
      });
      return { rows: data.award.disbursements.nodes, total: data.award.disbursements.totalCount };
    }).then(setLedger);
  }, [record?.id, version]);
  // The evidence's signed links last minutes: the ledger is read again before they expire.
  useFreshLinks(() => setVersion((v) => v + 1));
  if (!record) return null;
  // The tambon's name as the dialogs say it ("อนุมัติ … ของตำบลดงครั่งน้อย").
  const tambon = String((locale === "en" ? record.tambon?.nameEn : record.tambon?.nameTh) ?? record.tambonCode ?? "");
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
      {/* The money by step, apart: recorded (waiting for approval), approved (waiting for payment), paid, and what remains. */}
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: "wrap" }}>
        <Money label={translate("cl.money.awarded")} amount={record.amount} testId="award-amount" />
        <Money label={translate("cl.friction.recorded")} amount={record.recordedTotal} testId="award-recorded" />
        <Money label={translate("cl.friction.approved")} amount={record.approvedTotal} testId="award-approved" />
        <Money label={translate("cl.friction.paid")} amount={record.paidTotal} testId="award-paid" />
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
              <Fragment key={row.id}>
                <TableRow data-testid={`disbursement-${row.reference}`}>
                  <TableCell>{formatDate(row.createdAt, locale)}</TableCell>
                  <TableCell>{row.purpose}</TableCell>
                  <TableCell>{row.reference}</TableCell>
                  <TableCell align="right">{formatBaht(row.amount)}</TableCell>
                  <TableCell>
                    {translate(`enums.disbursement.${row.status}`)}
                    {row.cancelReason ? ` (${row.cancelReason})` : ""}
                  </TableCell>
                  <TableCell>
                    {mayApprove(row) && row.status === "RECORDED" && <ApproveDisbursementButton row={row} tambon={tambon} onDone={changed} />}
                    {mayPay && row.status === "APPROVED" && <MarkDisbursementPaidButton row={row} tambon={tambon} onDone={changed} />}
                    {mayPay && row.status === "APPROVED" && !hasReceipt(row.attachments) && (
                      <Typography component="span" variant="caption" color="warning.main" data-testid="receipt-missing">
                        {translate("cl.evidence.receiptMissing")}
                      </Typography>
                    )}
                    {mayPay && (row.status === "RECORDED" || row.status === "APPROVED") && (
                      <DisbursementNoteButton id={row.id} step="cancelDisbursement" onDone={changed} />
                    )}
                    {mayReadHistory && <DisbursementHistoryButton id={row.id} />}
                    {row.status !== "CANCELLED" && <PrintVoucherButton id={row.id} />}
                  </TableCell>
                </TableRow>
                {/* The entry's receipts and other evidence, under it across the table (while it has some or may still get some). */}
                {(row.attachments.length > 0 || mayAttach(row)) && (
                  <TableRow data-testid={`disbursement-evidence-${row.reference}`}>
                    <TableCell colSpan={6} sx={{ pl: 4 }}>
                      <Stack spacing={1}>
                        <AttachmentList attachments={row.attachments} />
                        {mayAttach(row) && <AttachFileButton target="disbursement" recordId={row.id} onDone={changed} />}
                      </Stack>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
      {mayPay && <RecordDisbursementForm awardId={String(record.id)} onDone={changed} />}
    </Stack>
  );
}

/** The award's own paperwork: its certificate. */
function AwardShowActions() {
  return (
    <TopToolbar>
      <PrintCertificateButton />
    </TopToolbar>
  );
}

export function AwardShow() {
  const { permissions } = usePermissions();
  return (
    <Show actions={<AwardShowActions />}>
      <AwardBody />
      {(permissions === "ADMIN" || permissions === "BUDGET_OFFICER" || permissions === "EXECUTIVE") && (
        <HistoryPanel entity="Award" subgraph="evaluation" />
      )}
    </Show>
  );
}
