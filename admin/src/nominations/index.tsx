import HowToVoteIcon from "@mui/icons-material/HowToVote";
import {
  Button as MuiButton,
  Card,
  CardContent,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useEffect, useState } from "react";
import {
  Create,
  CreateButton,
  Datagrid,
  SimpleForm,
  TextInput,
  required,
  List,
  NumberInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { me } from "../authProvider";
import { BeDateField, EnumField, HistoryPanel, ListActions, TambonField } from "../fields";
import { TambonInput } from "../inputs";
import { WorkflowButton } from "../workflow";
import { ApiError, gql } from "../graphql";
import { fieldMessage, formatDate } from "../i18n";

const STATUSES = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SELECTED", "NOT_SELECTED", "WITHDRAWN"];
const CSV_COLUMNS = ["id", "provinceCode", "fiscalYear", "round", "status", "reviewCount", "averageScore", "rank", "summary"];

export function NominationList() {
  const translate = useTranslate();
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="status" source="status" alwaysOn choices={STATUSES.map((id) => ({ id, name: translate(`enums.nomination.${id}`) }))} />,
    <SelectInput key="round" source="round" choices={["PROVINCE", "REGION", "NATION"].map((id) => ({ id, name: translate(`enums.round.${id}`) }))} />,
  ];
  return (
    <List
      filters={filters}
      actions={
        <ListActions columns={CSV_COLUMNS}>
          <NominateButton />
        </ListActions>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TambonField source="tambon" sortable={false} />
        <TextField source="fiscalYear" sortable={false} />
        <EnumField source="round" group="round" sortable={false} />
        <EnumField source="status" group="nomination" sortable={false} />
        <TextField source="reviewCount" sortable={false} />
        <TextField source="averageScore" sortable={false} />
      </Datagrid>
    </List>
  );
}

function NominateButton() {
  const { permissions } = usePermissions();
  return permissions === "ADMIN" || permissions === "PROVINCE_OFFICER" ? <CreateButton /> : null;
}

/** A province officer puts a tambon forward (a draft, submitted from its page). */
export function NominationCreate() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  return (
    <Create redirect="show">
      <SimpleForm>
        <TambonInput source="tambonCode" provinceCode={province} validate={required()} label="resources.nominations.fields.tambon" />
        <NumberInput source="fiscalYear" defaultValue={2564} validate={required()} />
        <SelectInput
          source="round"
          defaultValue="PROVINCE"
          choices={["PROVINCE", "REGION", "NATION"].map((id) => ({ id, name: translate(`enums.round.${id}`) }))}
        />
        <TextInput source="summary" multiline minRows={3} fullWidth validate={required()} />
      </SimpleForm>
    </Create>
  );
}

interface Review {
  id: string;
  reviewerId: string;
  reviewerName: string;
  recommendation: string;
  totalScore: string;
  submittedAt: string;
  comment: string | null;
}

function Reviews() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reviews = (record?.reviews ?? []) as Review[];
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate("cl.review.reviews")}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("cl.historyBy")}</TableCell>
              <TableCell>{translate("cl.review.recommendation")}</TableCell>
              <TableCell>{translate("resources.nominations.fields.averageScore")}</TableCell>
              <TableCell>{translate("cl.historyAt")}</TableCell>
              <TableCell>{translate("cl.review.comment")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reviews.map((review) => (
              <TableRow key={review.id}>
                <TableCell>{review.reviewerName}</TableCell>
                <TableCell>{translate(`enums.recommendation.${review.recommendation}`)}</TableCell>
                <TableCell>{review.totalScore}</TableCell>
                <TableCell>{formatDate(review.submittedAt, locale)}</TableCell>
                <TableCell>{review.comment}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

function Workflow() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record) return null;
  const officer = permissions === "ADMIN" || permissions === "PROVINCE_OFFICER";
  const open = ["SUBMITTED", "UNDER_REVIEW"].includes(record.status);
  return (
    <Stack direction="row" spacing={1}>
      {officer && record.status === "DRAFT" && <WorkflowButton label="cl.workflow.submit" mutation={SUBMIT} needsReason={false} />}
      {officer && (record.status === "DRAFT" || open) && <WorkflowButton label="cl.workflow.withdraw" mutation={WITHDRAW} needsReason />}
      {permissions === "ADMIN" && open && <WorkflowButton label="cl.workflow.return" mutation={RETURN} needsReason />}
      {permissions === "ADMIN" && record.reviewCount > 0 && open && (
        <>
          <WorkflowButton label="cl.workflow.select" mutation={DECIDE} needsReason={false} extra={{ decision: "SELECTED" }} />
          <WorkflowButton label="cl.workflow.notSelect" mutation={DECIDE_WITH_REASON} needsReason extra={{ decision: "NOT_SELECTED" }} />
        </>
      )}
    </Stack>
  );
}

interface Criterion {
  code: string;
  nameTh: string;
  nameEn: string;
  weight: number;
  maxScore: number;
}

/** The inspector's (or judge's) review on the round's rubric. */
function ReviewForm() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [criteria, setCriteria] = useState<Criterion[]>([]);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [recommendation, setRecommendation] = useState("SELECT");
  const [comment, setComment] = useState("");
  const [confidential, setConfidential] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!record?.id) return;
    gql<{ nomination: { rubric: { criteria: Criterion[] } | null } }>(RUBRIC, { id: record.id }).then((data) =>
      setCriteria(data.nomination.rubric?.criteria ?? []),
    );
  }, [record?.id]);
  const account = me();
  if (!record || !["SUBMITTED", "UNDER_REVIEW"].includes(record.status)) return null;
  if ((record.reviews as Review[]).some((review) => review.reviewerId === account?.id)) return null;
  const submit = async () => {
    setError(null);
    try {
      await gql(SUBMIT_REVIEW, {
        input: {
          nominationId: record.id,
          scores: criteria.map((c) => ({ criterionCode: c.code, score: Number(scores[c.code] ?? 0) })),
          recommendation,
          comment,
          commentConfidential: confidential,
        },
      });
      notify("cl.review.submitted", { type: "success" });
      refresh();
    } catch (e) {
      if (e instanceof ApiError) setError(fieldMessage(e.errors[0]));
      else throw e;
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate("cl.review.title")}</Typography>
        <Stack spacing={2} sx={{ mt: 1, maxWidth: 700 }}>
          {criteria.map((c) => (
            <MuiTextField
              key={c.code}
              type="number"
              size="small"
              label={`${locale === "en" ? c.nameEn : c.nameTh} (${translate("cl.review.weight", { weight: c.weight })})`}
              helperText={translate("cl.review.score", { max: c.maxScore })}
              slotProps={{ htmlInput: { min: 0, max: c.maxScore, "data-criterion": c.code } }}
              value={scores[c.code] ?? ""}
              onChange={(e) => setScores({ ...scores, [c.code]: e.target.value })}
            />
          ))}
          <MuiTextField
            select
            size="small"
            label={translate("cl.review.recommendation")}
            value={recommendation}
            onChange={(e) => setRecommendation(e.target.value)}
          >
            {["SELECT", "NOT_SELECT"].map((id) => (
              <MenuItem key={id} value={id}>
                {translate(`enums.recommendation.${id}`)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField multiline minRows={2} label={translate("cl.review.comment")} value={comment} onChange={(e) => setComment(e.target.value)} />
          <FormControlLabel
            control={<Switch checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />}
            label={translate("cl.review.confidential")}
          />
          {error && <Typography color="error">{error}</Typography>}
          <MuiButton
            variant="contained"
            onClick={submit}
            disabled={criteria.length === 0 || criteria.some((c) => scores[c.code] === undefined || scores[c.code] === "")}
          >
            {translate("cl.review.submit")}
          </MuiButton>
        </Stack>
      </CardContent>
    </Card>
  );
}

export function NominationShow() {
  const { permissions } = usePermissions();
  return (
    <Show>
      <SimpleShowLayout>
        <TambonField source="tambon" />
        <TextField source="fiscalYear" />
        <EnumField source="round" group="round" />
        <EnumField source="status" group="nomination" />
        <TextField source="statusReason" />
        <TextField source="summary" />
        <TextField source="averageScore" />
        <BeDateField source="createdAt" />
        <Workflow />
        <Reviews />
        {(permissions === "INSPECTOR" || permissions === "JUDGE") && <ReviewForm />}
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "BUDGET_OFFICER" || permissions === "EXECUTIVE") && (
        <HistoryPanel entity="Nomination" subgraph="evaluation" />
      )}
    </Show>
  );
}

export const nominations = { list: NominationList, show: NominationShow, create: NominationCreate, icon: HowToVoteIcon };

const SUBMIT = `mutation S($id: ID!) { submitNomination(id: $id) { id status } }`;
const WITHDRAW = `mutation W($id: ID!, $reason: String!) { withdrawNomination(id: $id, reason: $reason) { id status } }`;
const RETURN = `mutation R($id: ID!, $reason: String!) { returnNomination(id: $id, reason: $reason) { id status } }`;
const DECIDE = `mutation D($id: ID!, $decision: Decision!) { decideNomination(id: $id, decision: $decision) { id status } }`;
const DECIDE_WITH_REASON = `mutation D($id: ID!, $decision: Decision!, $reason: String) { decideNomination(id: $id, decision: $decision, reason: $reason) { id status } }`;
const RUBRIC = `query Rubric($id: ID!) { nomination(id: $id) { id rubric { criteria { code nameTh nameEn weight maxScore } } } }`;
const SUBMIT_REVIEW = `mutation Review($input: ReviewInput!) { submitReview(input: $input) { id totalScore } }`;
