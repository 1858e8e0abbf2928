import { Stack } from "@mui/material";
import { useEffect, useState } from "react";
import { usePermissions, useRecordContext } from "react-admin";
import { me } from "../authProvider";
import { usePanelDataProvider } from "../dataProvider";
import { AttachFileButton } from "./AttachFileButton";
import { type Attachment, EVIDENCE, type EvidenceTargetName, LINK_REFRESH_MS } from "./attachment";
import { AttachmentList } from "./AttachmentList";

/** Runs `reload` every few minutes while mounted, so the signed links shown are never the expired ones. */
export function useFreshLinks(reload: () => void) {
  useEffect(() => {
    const timer = setInterval(reload, LINK_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
}

/**
 * The current record's files (a nomination's portfolio, a lesson's, an event's, a progress report's), read with the
 * target's own query, and the upload where the caller's role and the record's state may still attach.
 * `label` is for the show layout around it.
 */
export function Evidence({ target }: { target: EvidenceTargetName; label?: string }) {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const dataProvider = usePanelDataProvider();
  const [attachments, setAttachments] = useState<Attachment[] | null>(null);
  const [version, setVersion] = useState(0);
  const { query, read, mayAttach } = EVIDENCE[target];
  useEffect(() => {
    if (!record?.id || !query || !read) return;
    dataProvider
      .query<Parameters<typeof read>[0]>(query, { id: record.id })
      .then((data) => setAttachments(read(data)))
      .catch(() => setAttachments([]));
  }, [record?.id, version]);
  useFreshLinks(() => setVersion((v) => v + 1));
  if (!record || attachments === null) return null;
  return (
    <Stack spacing={1} data-testid={`evidence-${target}`}>
      <AttachmentList attachments={attachments} />
      {mayAttach(permissions, record, me()) && (
        <AttachFileButton target={target} recordId={String(record.id)} onDone={() => setVersion((v) => v + 1)} />
      )}
    </Stack>
  );
}
