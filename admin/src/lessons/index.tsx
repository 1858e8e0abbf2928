import MenuBookIcon from "@mui/icons-material/MenuBook";
import {
  AutocompleteInput,
  Datagrid,
  EditButton,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useLocaleState,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { me } from "../authProvider";
import { BeDateField, EnumField, HistoryPanel, ListActions, TambonField } from "../fields";
import { formPages } from "../formPages";
import { WorkflowButton } from "../workflow";

const CSV_COLUMNS = ["id", "provinceCode", "fiscalYear", "awardId", "title", "status", "successFactors", "challenges", "lessons", "recommendations"];
const TEXTS = ["successFactors", "challenges", "lessons", "recommendations"];
const mayWrite = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";

export function LessonSummaryList() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput
      key="status"
      source="status"
      choices={["DRAFT", "PUBLISHED"].map((id) => ({ id, name: translate(`enums.lesson.${id}`) }))}
      alwaysOn
    />,
  ];
  return (
    <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} mayCreate={mayWrite(permissions)} />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TambonField source="tambon" sortable={false} />
        <TextField source="fiscalYear" sortable={false} />
        <EnumField source="status" group="lesson" sortable={false} />
        <BeDateField source="publishedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

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

function LessonForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm>
      {creating && <AwardInput />}
      <TextInput source="title" validate={required()} fullWidth />
      {TEXTS.map((source) => (
        <TextInput key={source} source={source} multiline minRows={3} fullWidth validate={required()} />
      ))}
    </SimpleForm>
  );
}

function LessonActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record || record.status !== "DRAFT" || !mayWrite(permissions)) return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <WorkflowButton label="cl.workflow.publish" mutation={PUBLISH} needsReason={false} />
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
        {TEXTS.map((source) => (
          <TextField key={source} source={source} />
        ))}
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "EXECUTIVE" || permissions === "BUDGET_OFFICER") && (
        <HistoryPanel entity="LessonSummary" subgraph="evaluation" />
      )}
    </Show>
  );
}

export const lessonSummaries = {
  list: LessonSummaryList,
  show: LessonSummaryShow,
  ...formPages(LessonForm),
  icon: MenuBookIcon,
};

const PUBLISH = `mutation P($id: ID!) { publishLessonSummary(id: $id) { id status } }`;
