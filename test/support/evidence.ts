import { graphql } from "@change-leaders/common/testing";

/** A small but real PDF: what a scanned receipt looks like to the upload's content check. */
export const RECEIPT_PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

export interface Uploaded {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** The gateway's base address (no /graphql), where /files and /documents answer. */
export const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, "");

/** POST /files as a browser's form would send it; the answer's status and body as they came. */
export async function upload(graphqlUrl: string, headers: Record<string, string>, bytes: Buffer, name: string, type = "application/octet-stream") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${baseOf(graphqlUrl)}/files`, { method: "POST", headers, body: form });
  return { status: response.status, body: (await response.json()) as Uploaded & { errors?: { extensions: Record<string, unknown> }[] } };
}

/** Uploads a receipt and attaches it to a disbursement, as a budget officer does before marking it paid. */
export async function attachReceipt(graphqlUrl: string, headers: Record<string, string>, disbursementId: string): Promise<Uploaded> {
  const sent = await upload(graphqlUrl, headers, RECEIPT_PDF, "ใบเสร็จรับเงิน.pdf", "application/pdf");
  if (sent.status !== 201) throw new Error(`upload failed: ${sent.status} ${JSON.stringify(sent.body)}`);
  const attached = await graphql(
    graphqlUrl,
    `
      mutation Attach($id: ID!, $fileId: ID!) {
        attachDisbursementFile(disbursementId: $id, fileId: $fileId, kind: RECEIPT) {
          id
        }
      }
    `,
    { id: disbursementId, fileId: sent.body.id },
    headers,
  );
  if (attached.errors) throw new Error(`attach failed: ${JSON.stringify(attached.errors)}`);
  return sent.body;
}
