import { ApiError, type GraphQLError, authHeaders } from "../graphql";

/** The Thai name the gateway gives a document (`filename*=UTF-8''…`), else `fallback`. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (!encoded) return fallback;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return fallback;
  }
}

/**
 * One of the gateway's documents (`/documents/…pdf`) with the login's token, as a Blob and the name to save it
 * under. A PDF needs the Authorization header, so it cannot be a plain link. A refusal is thrown as an `ApiError`
 * with the gateway's Thai `messageTh` (or, without the gateway's words, a translation key of ours).
 */
export async function fetchPdf(path: string, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(path, { headers: authHeaders() });
  } catch {
    throw new ApiError([{ message: "cl.documents.failed" }]);
  }
  if (response.ok && (response.headers.get("content-type") ?? "").startsWith("application/pdf")) {
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("content-disposition"), fallbackName) };
  }
  const body = (await response.json().catch(() => null)) as { errors?: GraphQLError[] } | null;
  throw new ApiError(
    body?.errors?.length ? body.errors : [{ message: response.status === 401 ? "ra.notification.logged_out" : "cl.documents.failed" }],
  );
}

/** Hands the browser a Blob to save under `fileName` (the link's object URL is freed once the download has started). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
