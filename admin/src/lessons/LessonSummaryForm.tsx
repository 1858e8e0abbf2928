import { useEffect, useState } from "react";
import { AutocompleteInput, SimpleForm, TextInput, required, useLocaleState, usePermissions, useTranslate } from "react-admin";
import { me } from "../authProvider";
import { fetchAll } from "../dataProvider";
import { LESSON_TEXTS } from "./choices";

interface AwardChoice {
  id: string;
  fiscalYear: number;
  level: string;
  tambon?: { code: string; nameTh: string; nameEn: string };
}
interface LessonOf {
  awardId: string;
  fiscalYear: number;
  tambon?: { code: string };
}

/**
 * The awards a new summary may draw its lessons from: those of the officer's province (any for admins) whose tambon
 * has no summary yet that fiscal year (the API keeps one per tambon and year), so none offered fails.
 */
function useAwardsWithoutLesson(provinceCode: string | null | undefined): AwardChoice[] | null {
  const [awards, setAwards] = useState<AwardChoice[] | null>(null);
  useEffect(() => {
    const filter = provinceCode ? { provinceCode } : {};
    Promise.all([fetchAll("awards", filter), fetchAll("lessonSummaries", filter)])
      .then(([all, lessons]) => {
        const taken = new Set((lessons as LessonOf[]).flatMap((l) => [`award:${l.awardId}`, `tambon:${l.tambon?.code}:${l.fiscalYear}`]));
        setAwards((all as AwardChoice[]).filter((a) => !taken.has(`award:${a.id}`) && !taken.has(`tambon:${a.tambon?.code}:${a.fiscalYear}`)));
      })
      .catch(() => setAwards([]));
  }, [provinceCode]);
  return awards;
}

/** "ดงครั่งน้อย · ดีเลิศ · 2564": the award a summary draws its lessons from, found by typing the tambon's name. */
function AwardInput() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? me()?.provinceCode : null;
  const [locale] = useLocaleState();
  const awards = useAwardsWithoutLesson(province);
  const text = (award: AwardChoice) =>
    [locale === "en" ? award.tambon?.nameEn : award.tambon?.nameTh, translate(`enums.level.${award.level}`), award.fiscalYear].join(" · ");
  return (
    <AutocompleteInput
      source="awardId"
      choices={awards ?? []}
      optionText={text}
      validate={required()}
      sx={{ minWidth: 420 }}
      label="cl.lesson.award"
      helperText="cl.friction.lessonAwardHelp"
    />
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
