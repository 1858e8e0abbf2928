import ThumbUpIcon from "@mui/icons-material/ThumbUp";
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
import { useCallback, useEffect, useState } from "react";
import {
  AutocompleteInput,
  Create,
  Datagrid,
  FormDataConsumer,
  List,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  UrlField,
  required,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { me } from "../authProvider";
import { BeDateField, ListActions, TambonField } from "../fields";
import { ApiError, gql } from "../graphql";
import { fieldMessage, formatDate } from "../i18n";
import { BeDateTimeInput, TambonInput } from "../inputs";
import { DrawButton } from "./DrawButton";

const CHANNELS = ["FACEBOOK", "TIKTOK", "YOUTUBE", "LINE", "INSTAGRAM", "OTHER"];
const CSV_COLUMNS = ["id", "channel", "url", "title", "tambonCode", "provinceCode", "postedAt"];
const channels = CHANNELS.map((id) => ({ id, name: id }));
const mayRecord = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";

export function EngagementPostList() {
  const { permissions } = usePermissions();
  const filters = [<SelectInput key="channel" source="channel" choices={channels} alwaysOn />, <TambonInput key="tambonCode" source="tambonCode" />];
  return (
    <>
      <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} mayCreate={mayRecord(permissions)} />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="channel" sortable={false} />
          <UrlField source="url" sortable={false} onClick={(e) => e.stopPropagation()} />
          <TambonField source="tambon" sortable={false} />
          <BeDateField source="postedAt" sortable={false} />
          <TextField source="latestSample.likes" sortable={false} />
          <TextField source="latestSample.follows" sortable={false} />
          <TextField source="latestSample.shares" sortable={false} />
        </Datagrid>
      </List>
      <DrawButton />
    </>
  );
}

const leaderText = (leader: { title: string; firstName: string; lastName: string }) => `${leader.title}${leader.firstName} ${leader.lastName}`;

export function EngagementPostCreate() {
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ channel: "FACEBOOK" }}>
        <SelectInput source="channel" choices={channels} validate={required()} />
        <TextInput source="url" validate={required()} fullWidth />
        <TextInput source="title" fullWidth />
        <TambonInput source="tambonCode" provinceCode={province} validate={required()} label="resources.engagementPosts.fields.tambon" />
        <FormDataConsumer>
          {({ formData }) =>
            formData.tambonCode ? (
              <ReferenceInput source="leaderId" reference="leaders" filter={{ tambonCode: formData.tambonCode, status: "ACTIVE" }} perPage={100}>
                <AutocompleteInput optionText={leaderText} filterToQuery={(search) => (search ? { search } : {})} sx={{ minWidth: 320 }} />
              </ReferenceInput>
            ) : null
          }
        </FormDataConsumer>
        <BeDateTimeInput source="postedAt" validate={required()} />
      </SimpleForm>
    </Create>
  );
}

interface Sample {
  id: string;
  likes: number;
  follows: number;
  shares: number;
  sampledAt: string;
  sampledBy: string;
}

/** The counts sampled so far (latest first), and a form to record what the post shows now. */
function Samples() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions();
  const [samples, setSamples] = useState<Sample[]>([]);
  const [counts, setCounts] = useState({ likes: "", follows: "", shares: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const load = useCallback(() => {
    if (!record?.id) return;
    gql<{ engagementPost: { samples: { nodes: Sample[] } } }>(SAMPLES, { id: record.id })
      .then((data) => setSamples(data.engagementPost.samples.nodes))
      .catch(() => setSamples([]));
  }, [record?.id]);
  useEffect(load, [load]);
  const save = async () => {
    setErrors({});
    try {
      await gql(RECORD_SAMPLE, {
        input: { postId: record?.id, likes: Number(counts.likes), follows: Number(counts.follows), shares: Number(counts.shares) },
      });
      notify("cl.engagement.sampled", { type: "success" });
      setCounts({ likes: "", follows: "", shares: "" });
      load();
      refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const field = error.errors[0].extensions?.field?.replace(/^input\./, "") ?? "likes";
      setErrors({ [field in counts ? field : "likes"]: fieldMessage(error.errors[0]) });
    }
  };
  const keys = ["likes", "follows", "shares"] as const;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate("cl.engagement.samples")}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("cl.engagement.sampledAt")}</TableCell>
              {keys.map((key) => (
                <TableCell key={key} align="right">
                  {translate(`resources.engagementPosts.fields.latestSample.${key}`)}
                </TableCell>
              ))}
              <TableCell>{translate("cl.historyBy")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {samples.map((sample) => (
              <TableRow key={sample.id}>
                <TableCell>{formatDate(sample.sampledAt, locale, true)}</TableCell>
                {keys.map((key) => (
                  <TableCell key={key} align="right">
                    {sample[key].toLocaleString("th-TH")}
                  </TableCell>
                ))}
                <TableCell>{sample.sampledBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {mayRecord(permissions) && (
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            {keys.map((key) => (
              <MuiTextField
                key={key}
                size="small"
                type="number"
                label={translate(`resources.engagementPosts.fields.latestSample.${key}`)}
                value={counts[key]}
                error={Boolean(errors[key])}
                helperText={errors[key]}
                onChange={(e) => setCounts({ ...counts, [key]: e.target.value })}
              />
            ))}
            <MuiButton variant="contained" disabled={keys.some((key) => counts[key] === "")} onClick={save}>
              {translate("cl.engagement.recordSample")}
            </MuiButton>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

export const EngagementPostShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="channel" />
      <UrlField source="url" target="_blank" />
      <TextField source="title" emptyText="-" />
      <TambonField source="tambon" />
      <BeDateField source="postedAt" showTime />
      <Samples />
    </SimpleShowLayout>
  </Show>
);

export const engagementPosts = { list: EngagementPostList, create: EngagementPostCreate, show: EngagementPostShow, icon: ThumbUpIcon };

const SAMPLES = `query Samples($id: ID!) { engagementPost(id: $id) { id samples(page: { limit: 100 }) {
  nodes { id likes follows shares sampledAt sampledBy } } } }`;
const RECORD_SAMPLE = `mutation Sample($input: EngagementSampleInput!) { recordEngagementSample(input: $input) { id } }`;
