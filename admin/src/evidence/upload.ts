import { ApiError, type GraphQLError, authHeaders } from "../graphql";

/** What `POST /files` answers for a kept upload: not yet attached to anything. */
export interface Uploaded {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * A refusal without the gateway's own words (a proxy's page, a dropped connection): its message is a translation
 * key, which react-admin's notify translates, so the user reads our words and never a status code.
 */
function withoutWords(status: number): GraphQLError {
  return { message: status === 413 ? "cl.evidence.tooLarge" : status === 401 ? "ra.notification.logged_out" : "cl.evidence.uploadFailed" };
}

function refusal(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { errors?: GraphQLError[] };
    if (body.errors?.length) return new ApiError(body.errors);
  } catch {
    // not JSON: our own words below
  }
  return new ApiError([withoutWords(status)]);
}

/**
 * Uploads one file as a form's `file` field with the login's Bearer token (as GraphQL is sent), reporting the share
 * sent so far (0–1). A refusal (too large, a type the gateway does not keep, no session) is thrown as an `ApiError`
 * carrying the gateway's Thai `messageTh`, for `apiErrorMessage`.
 */
export function uploadFile(file: File, onProgress: (sent: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/files");
    for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) {
        try {
          resolve(JSON.parse(request.responseText) as Uploaded);
          return;
        } catch {
          // fall through to the refusal
        }
      }
      reject(refusal(request.status, request.responseText));
    };
    // The gateway may close the connection on a file over its limit before the browser has sent it all.
    request.onerror = () => reject(new ApiError([withoutWords(0)]));
    const form = new FormData();
    form.append("file", file, file.name);
    request.send(form);
  });
}
