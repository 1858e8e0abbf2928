import { useRecordContext } from "react-admin";
import { PdfButton } from "../documents/PdfButton";

/** Admins (PDPA right of access): the leader's data in full with its history, as a PDF (logged as a read of personal data). */
export function LeaderDataPdfButton() {
  const record = useRecordContext();
  if (!record?.id) return null;
  const id = String(record.id);
  return <PdfButton path={`/documents/leader-data/${encodeURIComponent(id)}.pdf`} label="cl.documents.leaderData" fileName={`leader-${id}.pdf`} />;
}
