import { AutocompleteInput, ReferenceInput, SimpleForm, TextInput, required, useLocaleState, usePermissions, useTranslate } from "react-admin";
import { me } from "../authProvider";
import { LESSON_TEXTS } from "./choices";

interface AwardChoice {
  id: string;
  fiscalYear: number;
  level: string;
  tambon?: { nameTh: string; nameEn: string };
}

/** "ดงครั่งน้อย · ดีเลิศ · 2564": the award a summary draws its lessons from. */
function AwardInput() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? me()?.provinceCode : null;
  const [locale] = useLocaleState();
  const text = (award: AwardChoice) =>
    [locale === "en" ? award.tambon?.nameEn : award.tambon?.nameTh, translate(`enums.level.${award.level}`), award.fiscalYear].join(" · ");
  return (
    <ReferenceInput source="awardId" reference="awards" perPage={100} filter={province ? { provinceCode: province } : {}}>
      <AutocompleteInput optionText={text} filterToQuery={() => ({})} validate={required()} sx={{ minWidth: 420 }} label="cl.lesson.award" />
    </ReferenceInput>
  );
}

/** The same form creates and edits; the award is chosen once, on create. */
export function LessonSummaryForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm>
      {creating && <AwardInput />}
      <TextInput source="title" validate={required()} fullWidth />
      {LESSON_TEXTS.map((source) => (
        <TextInput key={source} source={source} multiline minRows={3} fullWidth validate={required()} />
      ))}
    </SimpleForm>
  );
}
