/** What the panel reads of each attachment: the file's facts, who uploaded it and when, and its short-lived signed link. */
export const ATTACHMENT_FIELDS = `id kind name contentType size sha256 uploadedByName uploadedAt attachedAt url`;
