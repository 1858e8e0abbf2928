import { TextField as MuiTextField, type TextFieldProps } from "@mui/material";
import { useEffect, useId, useState } from "react";
import { type InputProps, useInput, useTranslate } from "react-admin";
import { bahttext } from "../bahttext";

/** An amount as people type it: "300,000", "300,000.50", "฿ 1,200" (grouped by thousands or not). */
const TYPED = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** The API's Baht scalar: digits, at most two decimals, no grouping. */
const API_BAHT = /^\d{1,12}(?:\.\d{1,2})?$/;

/** An amount typed, read: the API's baht string ("300000.50"), or the message key of what is wrong with it. */
export type ReadAmount = { baht: string; error?: undefined } | { baht?: undefined; error: string };

/** Reads an amount as typed into the API's baht string; "" is no amount (`{ baht: "" }`). */
export function readAmount(typed: string): ReadAmount {
  const text = typed.replace(/[฿\s]/g, "");
  if (text === "") return { baht: "" };
  if (/^[-−]/.test(text)) return { error: "cl.amountInput.negative" };
  const match = TYPED.exec(text);
  if (!match) return { error: "cl.amountInput.notNumber" };
  if ((match[2] ?? "").length > 2) return { error: "cl.amountInput.decimals" };
  const baht = text.replace(/,/g, "");
  if (!API_BAHT.test(baht)) return { error: "cl.amountInput.tooLarge" };
  return { baht };
}

/** "300000.5" as people read it: "300,000.5" (grouped; the decimals as they are). */
export function groupBaht(baht: string): string {
  const [whole, fraction] = baht.split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** What shows under an amount: what is wrong with it, or its Thai words as it is typed (else the help). */
function useAmountHelp(typed: string, serverError?: string | false | null) {
  const translate = useTranslate();
  const read = readAmount(typed);
  if (serverError) return { error: true, helperText: serverError };
  if (read.error) return { error: true, helperText: translate(read.error) };
  return { error: false, helperText: read.baht ? bahttext(read.baht) : translate("cl.amountInput.help") };
}

/**
 * The one amount box of a form of its own (not react-admin's): typed as people type it, its Thai words under it.
 * `onChange` gets the text typed and the API's baht string (undefined while it is not an amount); `error` is the
 * API's message for the field.
 */
export function AmountField({
  value,
  onChange,
  error,
  ...props
}: Omit<TextFieldProps, "value" | "onChange" | "error"> & {
  value: string;
  onChange: (typed: string, baht: string | undefined) => void;
  error?: string | null;
}) {
  const help = useAmountHelp(value, error);
  const id = useId();
  return (
    <MuiTextField
      id={id}
      {...props}
      value={value}
      onChange={(e) => onChange(e.target.value, readAmount(e.target.value).baht)}
      error={help.error}
      helperText={help.helperText}
      slotProps={{ htmlInput: { inputMode: "decimal", "aria-invalid": help.error } }}
    />
  );
}

/**
 * The amount input of react-admin's forms: the form holds the API's baht string ("300000.50") once what is typed
 * reads as an amount, the text as typed while it does not (so the form refuses it, in Thai); Thai words under it.
 */
export function AmountInput({ label, helperText: _helperText, ...props }: InputProps & { label?: string; fullWidth?: boolean }) {
  const translate = useTranslate();
  const { id, field, fieldState, isRequired } = useInput({
    ...props,
    validate: [
      (value: unknown) => {
        const read = readAmount(String(value ?? ""));
        return read.error ? translate(read.error) : undefined;
      },
      ...(props.validate ? [props.validate].flat() : []),
    ],
  });
  const stored = field.value === null || field.value === undefined ? "" : String(field.value);
  const [typed, setTyped] = useState(() => (API_BAHT.test(stored) ? groupBaht(stored) : stored));
  // a value set from outside (the record loaded, the form reset) shows grouped
  useEffect(() => {
    if ((readAmount(typed).baht ?? typed) !== stored) setTyped(API_BAHT.test(stored) ? groupBaht(stored) : stored);
    // on the stored value only: what is typed follows it unless they already agree
  }, [stored]);
  const shownError = fieldState.error && (fieldState.isTouched || fieldState.error.type === "server") ? fieldState.error.message : null;
  const help = useAmountHelp(typed, shownError && translate(shownError, { _: shownError }));
  return (
    <MuiTextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      onBlur={field.onBlur}
      value={typed}
      onChange={(e) => {
        setTyped(e.target.value);
        const read = readAmount(e.target.value);
        field.onChange(read.baht ?? e.target.value);
      }}
      label={label ? translate(label, { _: label }) : undefined}
      required={isRequired}
      size="small"
      fullWidth={props.fullWidth}
      error={help.error}
      helperText={help.helperText}
      slotProps={{ htmlInput: { inputMode: "decimal", "aria-invalid": help.error } }}
      sx={{ minWidth: 220 }}
    />
  );
}
