import { HttpError } from "react-admin";
import type { GraphQLError } from "../graphql";
import { fieldMessage, i18nProvider } from "../i18n";
import { RESOURCES } from "../resources";

/** Where an API field shows on a resource's form: the input's source, and the line of a one-per-line text box. */
interface FormField {
  source: string;
  line?: number;
}

/** The 1-based line of a text box that holds the `index`-th non-blank line (what the form sends, blanks dropped). */
function lineOf(text: unknown, index: number): number {
  const lines = String(text ?? "").split("\n");
  let seen = -1;
  for (const [i, line] of lines.entries()) {
    if (line.trim() && ++seen === index) return i + 1;
  }
  return index + 1;
}

/**
 * The form input that shows an API field: the same path for most, a report's evidence links (one text box, a line
 * each) and indicator values (`indicatorCounts.<code>`, `indicatorAmounts.<code>`, by the index of what was sent),
 * and any other list's item on the list's own input.
 */
export function formField(resource: string, apiField: string, data: Record<string, unknown> | undefined): FormField {
  const field = apiField.replace(/^input\./, "");
  const values = data ?? {};
  if (resource === "progressReports") {
    const link = /^evidenceLinks\.(\d+)$/.exec(field);
    if (link) return { source: "evidenceText", line: lineOf(values.evidenceText, Number(link[1])) };
    const indicator = /^indicators\.(\d+)\.(quantity|amount)$/.exec(field);
    const toInput = RESOURCES.progressReports.toInput;
    if (indicator && toInput) {
      const sent = (toInput(values).indicators ?? []) as { indicatorCode: string }[];
      const code = sent[Number(indicator[1])]?.indicatorCode;
      if (code) return { source: `${indicator[2] === "amount" ? "indicatorAmounts" : "indicatorCounts"}.${code}` };
    }
  }
  // an item of a list (tambonCodes.3) is shown on the list's input
  return { source: field.replace(/\.\d+(\..*)?$/, "") };
}

/**
 * The API's field errors (extensions.field such as input.nationalId or input.evidenceLinks.1) as react-admin's field
 * errors on the input that shows them, in the user's language; an error with no field as the notification's message.
 */
export function toFormError(error: unknown, resource: string, data: Record<string, unknown> | undefined): unknown {
  const { body, status: httpStatus } = (error ?? {}) as { body?: { graphQLErrors?: GraphQLError[] }; status?: number };
  const first = body?.graphQLErrors?.[0];
  if (!first) {
    // A request the API refused as a whole (HTTP 400: a variable it could not read) is the panel's fault: general words.
    const generic = i18nProvider.translate("cl.apiErrors.generic");
    return httpStatus === 400 ? new HttpError(generic, 400, { message: generic }) : error;
  }
  const code = first.extensions?.code;
  if (code === "UNAUTHENTICATED") return new HttpError(first.message, 401);
  const message = fieldMessage(first);
  const status = code === "FORBIDDEN" ? 403 : 400;
  if (!first.extensions?.field) return new HttpError(message, status, { message });
  const { source, line } = formField(resource, first.extensions.field, data);
  const shown = line ? i18nProvider.translate("cl.apiErrors.line", { line, message }) : message;
  return new HttpError(shown, status, { errors: { [source]: shown } });
}
