import polyglotI18nProvider from "ra-i18n-polyglot";
import { ApiError, type GraphQLError } from "../graphql";
import { en } from "./en";
import { th } from "./th";

const LOCALE_KEY = "cl.locale";

export const i18nProvider = polyglotI18nProvider((locale) => (locale === "en" ? en : th), localStorage.getItem(LOCALE_KEY) ?? "th", [
  { locale: "th", name: "ไทย" },
  { locale: "en", name: "English" },
]);

const changeLocale = i18nProvider.changeLocale.bind(i18nProvider);
i18nProvider.changeLocale = (locale: string) => {
  localStorage.setItem(LOCALE_KEY, locale);
  return changeLocale(locale);
};

/** The words the API gives every BAD_USER_INPUT that has none of its own (common/errors.ts): ours say more. */
const GENERAL_TH = new Set(["ข้อมูลไม่ถูกต้อง"]);

/**
 * True for an error about the request itself (a variable the API could not read, a query it refused): the panel's
 * own fault, never shown as its raw GraphQL text.
 */
const isRequestError = (error: GraphQLError) =>
  /^Variable "\$|^Cannot query field|^Unknown argument|^Syntax Error/.test(error.message) ||
  ["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_REQUEST"].includes(error.extensions?.code ?? "");

/**
 * An API error in the user's language, saying what to do: the API's own Thai words (messageTh) when it has some for
 * this error, else ours for the field, else the general words; the overspent budget with what remains; never the
 * raw text of a refused request. In English, the API's message (after our words for a known field).
 */
export function fieldMessage(error: GraphQLError): string {
  const english = i18nProvider.getLocale() === "en";
  const t = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
  if (isRequestError(error)) return t("cl.apiErrors.generic");
  const extensions = error.extensions ?? {};
  if (extensions.code === "BUDGET_EXCEEDED" && extensions.remaining) {
    return t("cl.apiErrors.budgetExceeded", { remaining: formatBaht(extensions.remaining) });
  }
  // input.indicators.0.quantity → quantity: our words name the leaf field
  const field =
    extensions.field
      ?.split(".")
      .filter((part) => part !== "input" && !/^\d+$/.test(part))
      .pop() ?? "";
  const messages = english ? en : th;
  const known = (messages.cl.errors as Record<string, string>)[field];
  if (english) return known ? `${known}: ${error.message}` : error.message;
  const own = extensions.messageTh && !GENERAL_TH.has(extensions.messageTh) ? extensions.messageTh : undefined;
  return own ?? known ?? extensions.messageTh ?? t("cl.apiErrors.generic");
}

/** A failed call as a notification says it: the API's first error through `fieldMessage`, anything else as it is. */
export function apiErrorMessage(error: unknown): string {
  return error instanceof ApiError ? fieldMessage(error.errors[0]) : String(error);
}

/** Dates as people read them: Buddhist Era in Thai (15 กุมภาพันธ์ 2564). */
export function formatDate(value: string | null | undefined, locale: string, withTime = false): string {
  if (!value) return "";
  // Thailand's time, wherever the browser is (a plain date is a Bangkok calendar day).
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value);
  return date.toLocaleString(locale === "en" ? "en-GB" : "th-TH", {
    timeZone: "Asia/Bangkok",
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
  });
}

/** Baht amounts with ฿ and grouping. */
const BAHT = new Intl.NumberFormat("th-TH", { style: "currency", currency: "THB" });

/**
 * ฿1,000,000.00 from the API's baht string. Intl formats a decimal string exactly (Intl.NumberFormat
 * v3), so an amount never passes through a float; a number comes only from a chart's axis.
 */
export function formatBaht(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return BAHT.format(value as number);
}

/** A baht string as a bar's height in a chart: drawing only, never summed, compared or shown as text. */
export const chartHeight = (baht: string): number => Number.parseFloat(baht);
