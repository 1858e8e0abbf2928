import { PdfButton } from "../documents/PdfButton";

/** The executive summary of a fiscal year (BE) as a PDF: the money and the published lessons. */
export const ExecutiveSummaryPdfButton = ({ fiscalYear }: { fiscalYear: number }) => (
  <PdfButton
    path={`/documents/executive-summary/${fiscalYear}.pdf`}
    label="cl.documents.executiveSummary"
    fileName={`executive-summary-${fiscalYear}.pdf`}
  />
);
