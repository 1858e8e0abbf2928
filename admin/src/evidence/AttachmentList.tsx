import DescriptionIcon from "@mui/icons-material/Description";
import PictureAsPdfIcon from "@mui/icons-material/PictureAsPdf";
import TableChartIcon from "@mui/icons-material/TableChart";
import { Box, Button as MuiButton, Chip, Dialog, DialogActions, DialogContent, Link, Stack, Tooltip, Typography } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import { isoToBeDateTime } from "../bedate";
import { formatDate } from "../i18n";
import { type Attachment, formatSize, isImage } from "./attachment";

function FileIcon({ contentType }: { contentType: string }) {
  if (contentType === "application/pdf") return <PictureAsPdfIcon color="error" />;
  if (contentType.includes("spreadsheet")) return <TableChartIcon color="success" />;
  return <DescriptionIcon />;
}

/** A photo as a thumbnail (the signed link as its source); a click shows it full size. */
function Thumbnail({ attachment }: { attachment: Attachment }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Box
        component="button"
        type="button"
        onClick={() => setOpen(true)}
        title={translate("cl.evidence.fullSize")}
        sx={{ p: 0, border: 1, borderColor: "divider", borderRadius: 1, background: "none", cursor: "zoom-in", lineHeight: 0 }}
      >
        <img src={attachment.url} alt={attachment.name} style={{ width: 96, height: 72, objectFit: "cover", borderRadius: 4 }} />
      </Box>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="lg">
        <DialogContent>
          <img src={attachment.url} alt={attachment.name} style={{ maxWidth: "100%", maxHeight: "80vh", display: "block" }} />
        </DialogContent>
        <DialogActions>
          <MuiButton href={attachment.url} target="_blank" rel="noreferrer">
            {translate("cl.evidence.openNewTab")}
          </MuiButton>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** One attachment: its kind, name (a link), size, who uploaded it and when (BE, Bangkok time), and its SHA-256. */
function AttachmentRow({ attachment }: { attachment: Attachment }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const uploadedAt = locale === "en" ? formatDate(attachment.uploadedAt, locale, true) : isoToBeDateTime(attachment.uploadedAt);
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: "center", flexWrap: "wrap" }} data-testid="attachment" data-kind={attachment.kind}>
      {isImage(attachment) ? <Thumbnail attachment={attachment} /> : <FileIcon contentType={attachment.contentType} />}
      <Chip size="small" label={translate(`enums.attachmentKind.${attachment.kind}`)} />
      <Link href={attachment.url} target="_blank" rel="noreferrer" underline="hover">
        {attachment.name}
      </Link>
      <Typography variant="body2" color="text.secondary">
        {formatSize(attachment.size, locale)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate("cl.evidence.uploadedBy", { name: attachment.uploadedByName, at: uploadedAt })}
      </Typography>
      <Tooltip title={`SHA-256: ${attachment.sha256}`}>
        <Typography variant="body2" color="text.secondary" sx={{ fontFamily: "monospace" }} data-sha256={attachment.sha256}>
          SHA-256 {attachment.sha256.slice(0, 12)}…
        </Typography>
      </Tooltip>
    </Stack>
  );
}

/** A record's attachments, oldest first as the API gives them; photos show as thumbnails, documents as links. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const translate = useTranslate();
  if (attachments.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate("cl.evidence.none")}
      </Typography>
    );
  }
  return (
    <Stack spacing={1} data-testid="attachments">
      {attachments.map((attachment) => (
        <AttachmentRow key={attachment.id} attachment={attachment} />
      ))}
    </Stack>
  );
}
