import {
  Button as MuiButton,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import {
  Datagrid,
  FilterButton,
  List,
  NumberInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  UrlField,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { BeDateField, EnumField, ExportAllButton, HistoryPanel, TambonField } from "./fields";
import { ApiError, gql } from "./graphql";
import { fieldMessage, formatDate } from "./i18n";
import { WorkflowButton } from "./workflow";

const KINDS = ["KICKOFF_MEETING", "WORKSHOP", "FOOD_SECURITY", "MONITORING", "OUTSTANDING_CONTEST", "EXCELLENCE_FORUM", "LESSONS_LEARNED"];
const CHANNELS = ["FACEBOOK", "TIKTOK", "YOUTUBE", "LINE", "INSTAGRAM", "OTHER"];

function useChoices(group: string, values: string[]) {
  const translate = useTranslate();
  return values.map((id) => ({ id, name: translate(`enums.${group}.${id}`) }));
}

const Actions = ({ columns }: { columns: string[] }) => (
  <TopToolbar>
    <FilterButton />
    <ExportAllButton columns={columns} />
  </TopToolbar>
);

// Events with attendance

export function EventList() {
  const kinds = useChoices("eventKind", KINDS);
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={kinds} alwaysOn />,
    <TextInput key="provinceCode" source="provinceCode" />,
  ];
  return (
    <List filters={filters} actions={<Actions columns={["id", "kind", "title", "startsAt", "endsAt", "mode", "venue", "fiscalYear", "status"]} />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <EnumField source="kind" group="eventKind" sortable={false} />
        <BeDateField source="startsAt" sortable={false} />
        <TextField source="venue" sortable={false} />
        <TextField source="attendance.attended" sortable={false} />
        <TextField source="attendance.target" sortable={false} />
      </Datagrid>
    </List>
  );
}

interface Participation {
  id: string;
  attended: boolean;
  tambonCode: string;
  leader: { id: string; firstName: string; lastName: string };
}

function Attendance() {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = (record?.participations?.nodes ?? []) as Participation[];
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">
          {translate("resources.events.fields.attendance.attended")}: {record?.attendance?.attended} / {record?.attendance?.registered} /{" "}
          {record?.attendance?.target}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("resources.leaders.fields.firstName")}</TableCell>
              <TableCell>{translate("resources.leaders.fields.tambonCode")}</TableCell>
              <TableCell>{translate("resources.events.fields.attended")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  {row.leader.firstName} {row.leader.lastName}
                </TableCell>
                <TableCell>{row.tambonCode}</TableCell>
                <TableCell>{translate(row.attended ? "cl.yes" : "cl.no")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

export const EventShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <EnumField source="kind" group="eventKind" />
      <BeDateField source="startsAt" showTime />
      <BeDateField source="endsAt" showTime />
      <TextField source="venue" />
      <TextField source="fiscalYear" />
      <EnumField source="status" group="eventStatus" />
      <Attendance />
    </SimpleShowLayout>
    <HistoryPanel entity="Event" subgraph="activities" />
  </Show>
);

// Progress reports: DRAFT → SUBMITTED → ACCEPTED | RETURNED

export function ProgressReportList() {
  const statuses = useChoices("report", ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"]);
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses} alwaysOn />,
  ];
  return (
    <List
      filters={filters}
      actions={<Actions columns={["id", "tambonCode", "provinceCode", "fiscalYear", "periodStart", "periodEnd", "status", "narrative"]} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TambonField source="tambon" sortable={false} />
        <BeDateField source="periodStart" sortable={false} />
        <BeDateField source="periodEnd" sortable={false} />
        <EnumField source="status" group="report" sortable={false} />
      </Datagrid>
    </List>
  );
}

function ReportWorkflow() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record) return null;
  const officer = permissions === "ADMIN" || permissions === "PROVINCE_OFFICER";
  return (
    <Stack direction="row" spacing={1}>
      {officer && ["DRAFT", "RETURNED"].includes(record.status) && (
        <WorkflowButton label="cl.workflow.submit" mutation={`mutation S($id: ID!) { submitProgressReport(id: $id) { id } }`} needsReason={false} />
      )}
      {permissions === "ADMIN" && record.status === "SUBMITTED" && (
        <>
          <WorkflowButton label="cl.workflow.accept" mutation={`mutation A($id: ID!) { acceptProgressReport(id: $id) { id } }`} needsReason={false} />
          <WorkflowButton
            label="cl.workflow.return"
            mutation={`mutation R($id: ID!, $reason: String!) { returnProgressReport(id: $id, reason: $reason) { id } }`}
            needsReason
          />
        </>
      )}
    </Stack>
  );
}

export const ProgressReportShow = () => (
  <Show>
    <SimpleShowLayout>
      <TambonField source="tambon" />
      <BeDateField source="periodStart" />
      <BeDateField source="periodEnd" />
      <EnumField source="status" group="report" />
      <TextField source="returnReason" />
      <TextField source="narrative" />
      <ReportWorkflow />
    </SimpleShowLayout>
    <HistoryPanel entity="ProgressReport" subgraph="activities" />
  </Show>
);

// Engagement posts and the reproducible random draw

function DrawButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [seed, setSeed] = useState("");
  const [size, setSize] = useState("5");
  const [drawn, setDrawn] = useState<{ populationCount: number; drawnAt: string; posts: { id: string; url: string }[] } | null>(null);
  const draw = async () => {
    try {
      const data = await gql<{ drawEngagementSample: NonNullable<typeof drawn> }>(
        `mutation D($seed: String!, $size: Int!) { drawEngagementSample(seed: $seed, size: $size) { populationCount drawnAt posts { id url } } }`,
        { seed, size: Number(size) },
      );
      setDrawn(data.drawEngagementSample);
    } catch (error) {
      notify(error instanceof ApiError ? fieldMessage(error.errors[0]) : String(error), { type: "error" });
    }
  };
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate("cl.draw.title")}</Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
          <MuiTextField size="small" label={translate("cl.draw.seed")} value={seed} onChange={(e) => setSeed(e.target.value)} />
          <MuiTextField size="small" type="number" label={translate("cl.draw.size")} value={size} onChange={(e) => setSize(e.target.value)} />
          <MuiButton variant="contained" disabled={!seed} onClick={draw}>
            {translate("cl.draw.run")}
          </MuiButton>
        </Stack>
        {drawn && (
          <Typography sx={{ mt: 1 }}>
            {translate("cl.draw.result", {
              count: drawn.posts.length,
              population: drawn.populationCount,
              at: formatDate(drawn.drawnAt, locale, true),
            })}
            {drawn.posts.map((post) => (
              <span key={post.id}>
                <br />
                {post.url}
              </span>
            ))}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

export function EngagementPostList() {
  const channels = CHANNELS.map((id) => ({ id, name: id }));
  const filters = [<SelectInput key="channel" source="channel" choices={channels} alwaysOn />, <TextInput key="tambonCode" source="tambonCode" />];
  return (
    <>
      <List filters={filters} actions={<Actions columns={["id", "channel", "url", "title", "tambonCode", "provinceCode", "postedAt"]} />}>
        <Datagrid bulkActionButtons={false}>
          <TextField source="channel" sortable={false} />
          <UrlField source="url" sortable={false} />
          <TambonField source="tambon" sortable={false} />
          <BeDateField source="postedAt" sortable={false} />
          <TextField source="latestSample.likes" sortable={false} />
          <TextField source="latestSample.shares" sortable={false} />
        </Datagrid>
      </List>
      <DrawButton />
    </>
  );
}

// Lesson summaries (published for executives)

export function LessonSummaryList() {
  const filters = [<NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />];
  return (
    <List
      filters={filters}
      actions={
        <Actions columns={["id", "provinceCode", "fiscalYear", "title", "status", "successFactors", "challenges", "lessons", "recommendations"]} />
      }
    >
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

function LessonWorkflow() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record || record.status !== "DRAFT" || !(permissions === "ADMIN" || permissions === "PROVINCE_OFFICER")) return null;
  return (
    <WorkflowButton label="cl.workflow.publish" mutation={`mutation P($id: ID!) { publishLessonSummary(id: $id) { id } }`} needsReason={false} />
  );
}

export const LessonSummaryShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <TambonField source="tambon" />
      <EnumField source="status" group="lesson" />
      <TextField source="successFactors" />
      <TextField source="challenges" />
      <TextField source="lessons" />
      <TextField source="recommendations" />
      <LessonWorkflow />
    </SimpleShowLayout>
  </Show>
);
