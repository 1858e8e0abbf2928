import { Card, CardContent, FormControlLabel, MenuItem, Stack, Switch, TextField as MuiTextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { me } from "../authProvider";
import { usePanelDataProvider } from "../dataProvider";
import type { GraphQLError } from "../graphql";
import type { Review } from "./choices";
import { SubmitReviewButton } from "./SubmitReviewButton";

interface Criterion {
  code: string;
  nameTh: string;
  nameEn: string;
  weight: number;
  maxScore: number;
}

/** The inspector's (or judge's) review on the round's rubric. */
export function ReviewForm() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = usePanelDataProvider();
  const [criteria, setCriteria] = useState<Criterion[]>([]);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [recommendation, setRecommendation] = useState("SELECT");
  const [comment, setComment] = useState("");
  const [confidential, setConfidential] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // the API's refusal of one criterion's score or of the comment, shown on that box (`score:<code>`, `comment`)
  const [fieldError, setFieldError] = useState<{ box: string; message: string } | null>(null);
  const errorOf = (box: string) => (fieldError?.box === box ? fieldError.message : undefined);
  useEffect(() => {
    if (!record?.id) return;
    dataProvider
      .query<{ nomination: { rubric: { criteria: Criterion[] } | null } }>("nominationRubric", { id: record.id })
      .then((data) => setCriteria(data.nomination.rubric?.criteria ?? []));
  }, [record?.id]);
  const account = me();
  if (!record || !["SUBMITTED", "UNDER_REVIEW"].includes(record.status)) return null;
  if ((record.reviews as Review[]).some((review) => review.reviewerId === account?.id)) return null;
  const input = {
    nominationId: record.id,
    scores: criteria.map((c) => ({ criterionCode: c.code, score: Number(scores[c.code] ?? 0) })),
    recommendation,
    comment,
    commentConfidential: confidential,
  };
  /** A refusal: on the box of the field the API names (input.scores.<i>.score, input.comment), else under the form. */
  const refused = (message: string | null, apiError?: GraphQLError) => {
    const field = apiError?.extensions?.field ?? "";
    const scored = /^input\.scores\.(\d+)\.score$/.exec(field);
    const code = scored ? input.scores[Number(scored[1])]?.criterionCode : undefined;
    const box = code ? `score:${code}` : field === "input.comment" ? "comment" : undefined;
    setFieldError(box && message ? { box, message } : null);
    setError(box ? null : message);
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate("cl.review.title")}</Typography>
        <Stack spacing={2} sx={{ mt: 1, maxWidth: 700 }}>
          {criteria.map((c) => (
            <MuiTextField
              key={c.code}
              id={`review-score-${c.code}`}
              type="number"
              size="small"
              label={`${locale === "en" ? c.nameEn : c.nameTh} (${translate("cl.review.weight", { weight: c.weight })})`}
              error={Boolean(errorOf(`score:${c.code}`))}
              helperText={errorOf(`score:${c.code}`) ?? translate("cl.review.score", { max: c.maxScore })}
              slotProps={{ htmlInput: { min: 0, max: c.maxScore, "data-criterion": c.code } }}
              value={scores[c.code] ?? ""}
              onChange={(e) => (setScores({ ...scores, [c.code]: e.target.value }), setFieldError(null))}
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
          <MuiTextField
            id="review-comment"
            multiline
            minRows={2}
            label={translate("cl.review.comment")}
            value={comment}
            error={Boolean(errorOf("comment"))}
            helperText={errorOf("comment")}
            onChange={(e) => (setComment(e.target.value), setFieldError(null))}
          />
          <FormControlLabel
            control={<Switch checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />}
            label={translate("cl.review.confidential")}
          />
          {error && <Typography color="error">{error}</Typography>}
          <SubmitReviewButton
            input={input}
            onError={refused}
            disabled={criteria.length === 0 || criteria.some((c) => scores[c.code] === undefined || scores[c.code] === "")}
          />
        </Stack>
      </CardContent>
    </Card>
  );
}
