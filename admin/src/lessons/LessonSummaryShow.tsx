import { EditButton, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions, useRecordContext } from "react-admin";
import { Evidence } from "../evidence/Evidence";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { HistoryPanel } from "../history/HistoryPanel";
import { LESSON_TEXTS, mayWrite } from "./choices";
import { PublishLessonSummaryButton } from "./PublishLessonSummaryButton";

function LessonActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  // Four eyes: the office writes a lesson summary, an admin or an executive publishes it (the server refuses its own writer).
  const mayPublish = permissions === "ADMIN" || permissions === "EXECUTIVE";
  if (!record || record.status !== "DRAFT") return <TopToolbar />;
  return (
    <TopToolbar>
      {mayWrite(permissions) && <EditButton />}
      {mayPublish && <PublishLessonSummaryButton />}
    </TopToolbar>
  );
}

export function LessonSummaryShow() {
  const { permissions } = usePermissions();
  return (
    <Show actions={<LessonActions />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <TambonField source="tambon" />
        <TextField source="fiscalYear" />
        <EnumField source="status" group="lesson" />
        <BeDateField source="publishedAt" showTime />
        {LESSON_TEXTS.map((source) => (
          <TextField key={source} source={source} />
        ))}
        <Evidence target="lesson" label="cl.evidence.title" />
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "EXECUTIVE" || permissions === "BUDGET_OFFICER") && (
        <HistoryPanel entity="LessonSummary" subgraph="evaluation" />
      )}
    </Show>
  );
}
