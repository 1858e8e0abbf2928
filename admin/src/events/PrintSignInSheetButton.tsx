import { useRecordContext } from "react-admin";
import { PdfButton } from "../documents/PdfButton";

/** The event's sign-in sheet (ใบลงทะเบียน) as a PDF: its registered leaders by name, a line to sign each. */
export function PrintSignInSheetButton() {
  const record = useRecordContext();
  if (!record?.id) return null;
  const id = String(record.id);
  return (
    <PdfButton
      path={`/documents/sign-in-sheet/${encodeURIComponent(id)}.pdf`}
      label="cl.documents.signInSheet"
      fileName={`sign-in-sheet-${id}.pdf`}
    />
  );
}
