import { useTranslate } from "react-admin";

/** An enum's values as a select's choices, each named through its i18n key (enums.<group>.<VALUE>). */
export function useChoices(group: string, values: string[]) {
  const translate = useTranslate();
  return values.map((id) => ({ id, name: translate(`enums.${group}.${id}`) }));
}
