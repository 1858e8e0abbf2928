import { Card, CardContent, FormControlLabel, MenuItem, Stack, Switch, TextField as MuiTextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { me } from "../authProvider";
import { usePanelDataProvider } from "../dataProvider";
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
          <SubmitReviewButton
            input={input}
            onError={setError}
            disabled={criteria.length === 0 || criteria.some((c) => scores[c.code] === undefined || scores[c.code] === "")}
          />
        </Stack>
      </CardContent>
    </Card>
  );
}
