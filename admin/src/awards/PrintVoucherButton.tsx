import { PdfButton } from "../documents/PdfButton";

/** The disbursement's voucher (ใบสำคัญการเบิกจ่าย) as a PDF: amount in figures and words, who recorded and approved, the receipt. */
export const PrintVoucherButton = ({ id }: { id: string }) => (
  <PdfButton path={`/documents/disbursement-voucher/${encodeURIComponent(id)}.pdf`} label="cl.documents.voucher" fileName={`voucher-${id}.pdf`} />
);
