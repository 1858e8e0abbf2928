import PictureAsPdfIcon from "@mui/icons-material/PictureAsPdf";
import { CircularProgress } from "@mui/material";
import { useState } from "react";
import { Button, useNotify } from "react-admin";
import { apiErrorMessage } from "../i18n";
import { fetchPdf, saveBlob } from "./pdf";

/**
 * A button that fetches one of the gateway's PDFs (`path`, e.g. `/documents/award-certificate/{id}.pdf`) with the
 * login's token and saves it under the gateway's Thai file name; a refusal is notified in the API's Thai.
 */
export function PdfButton({ path, label, fileName = "document.pdf" }: { path: string; label: string; fileName?: string }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      const pdf = await fetchPdf(path, fileName);
      saveBlob(pdf.blob, pdf.fileName);
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={label} onClick={open} disabled={busy}>
      {busy ? <CircularProgress size={16} /> : <PictureAsPdfIcon />}
    </Button>
  );
}
