import { TextInput, type TextInputProps, type Validator, useTranslate } from "react-admin";
import { beDateTimeToIso, beToIso, isoToBe, isoToBeDateTime } from "../bedate";

/** Refuses a date not (yet) in the form the API takes: the BE parser leaves it as typed. */
const isoDate = (value: unknown) => (value && !/^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? "cl.beDateInvalid" : undefined);
const isoInstant = (value: unknown) => (value && !/^\d{4}-\d{2}-\d{2}T/.test(String(value)) ? "cl.beDateTimeInvalid" : undefined);

const withRule = (rule: Validator, validate?: Validator | Validator[]) => [rule, ...(validate ? [validate].flat() : [])];

/** A date typed day/month/Buddhist-Era year ("15/03/2507"); the API gets the ISO date. */
export function BeDateInput(props: Omit<TextInputProps, "format" | "parse">) {
  const translate = useTranslate();
  return (
    <TextInput
      {...props}
      format={isoToBe}
      parse={beToIso}
      validate={withRule(isoDate, props.validate)}
      helperText={props.helperText ?? translate("cl.beDateHelp")}
    />
  );
}

/** A Bangkok date and time typed "15/03/2564 09:30" (BE); the API gets the instant with +07:00. */
export function BeDateTimeInput(props: Omit<TextInputProps, "format" | "parse">) {
  const translate = useTranslate();
  return (
    <TextInput
      {...props}
      format={isoToBeDateTime}
      parse={beDateTimeToIso}
      validate={withRule(isoInstant, props.validate)}
      helperText={props.helperText ?? translate("cl.beDateTimeHelp")}
    />
  );
}
