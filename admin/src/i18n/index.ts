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

/** An API error in the user's language: our words for a known field, else the API's Thai (messageTh) or English message. */
export function fieldMessage(error: GraphQLError): string {
  const field = error.extensions?.field?.replace(/^input\./, "") ?? "";
  const messages = i18nProvider.getLocale() === "en" ? en : th;
  const known = (messages.cl.errors as Record<string, string>)[field];
  if (i18nProvider.getLocale() === "en") return known ? `${known}: ${error.message}` : error.message;
  return known ?? error.extensions?.messageTh ?? error.message;
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
