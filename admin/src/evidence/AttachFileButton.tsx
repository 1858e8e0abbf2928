import AttachFileIcon from "@mui/icons-material/AttachFile";
import { Button as MuiButton, LinearProgress, MenuItem, Stack, TextField as MuiTextField } from "@mui/material";
import { useRef, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";
import { ACCEPTED_FILES, type AttachmentKind, EVIDENCE, type EvidenceTargetName } from "./attachment";
import { uploadFile } from "./upload";

/**
 * "แนบไฟล์": picks a file, uploads it with the login's token (its progress on the button), then attaches it to the
 * record with the record's own mutation, and calls `onDone` to read the list again. A record that takes several
 * kinds (an event's minutes, sign-in sheet, photos) asks which first. A refusal is notified in the API's Thai.
 */
export function AttachFileButton({
  target,
  recordId,
  kinds = EVIDENCE[target].kinds,
  label = "cl.evidence.attach",
  onDone,
}: {
  target: EvidenceTargetName;
  recordId: string;
  /** The kinds offered (the target's by default); the first is chosen at first. */
  kinds?: AttachmentKind[];
  label?: string;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<AttachmentKind>(kinds[0]);
  const [sent, setSent] = useState<number | null>(null);
  const { action, idVariable } = EVIDENCE[target];
  const attach = async (file: File) => {
    setSent(0);
    try {
      const uploaded = await uploadFile(file, setSent);
      await dataProvider.workflow(action, { [idVariable]: recordId, fileId: uploaded.id, ...(target === "nomination" ? {} : { kind }) });
      notify("cl.evidence.attached", { type: "success", messageArgs: { name: uploaded.name } });
      onDone();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    } finally {
      setSent(null);
      if (input.current) input.current.value = "";
    }
  };
  const uploading = sent !== null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center", alignSelf: "flex-start" }}>
      {kinds.length > 1 && (
        <MuiTextField
          select
          size="small"
          sx={{ width: 220 }}
          label={translate("cl.evidence.kind")}
          value={kind}
          disabled={uploading}
          onChange={(e) => setKind(e.target.value as AttachmentKind)}
        >
          {kinds.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`enums.attachmentKind.${k}`)}
            </MenuItem>
          ))}
        </MuiTextField>
      )}
      <MuiButton component="label" size="small" variant="outlined" startIcon={<AttachFileIcon />} disabled={uploading} sx={{ whiteSpace: "nowrap" }}>
        {uploading ? translate("cl.evidence.uploading", { percent: Math.round(sent * 100) }) : translate(label)}
        <input
          ref={input}
          hidden
          type="file"
          accept={ACCEPTED_FILES}
          data-testid={`attach-${target}-${recordId}`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void attach(file);
          }}
        />
      </MuiButton>
      {uploading && (
        <LinearProgress variant="determinate" value={sent * 100} sx={{ width: 100 }} aria-label={translate("cl.evidence.uploadingLabel")} />
      )}
    </Stack>
  );
}
