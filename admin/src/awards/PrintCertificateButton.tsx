import { useRecordContext } from "react-admin";
import { PdfButton } from "../documents/PdfButton";

/** The award's certificate (เกียรติบัตร) as a PDF. */
export function PrintCertificateButton() {
  const record = useRecordContext();
  if (!record?.id) return null;
  const id = String(record.id);
  return (
    <PdfButton
      path={`/documents/award-certificate/${encodeURIComponent(id)}.pdf`}
      label="cl.documents.certificate"
      fileName={`certificate-${id}.pdf`}
    />
  );
}
