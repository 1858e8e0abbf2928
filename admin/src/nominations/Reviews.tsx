import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { useStaffNames } from "../fields/names";
import { formatDate } from "../i18n";
import type { Review } from "./choices";

/** The reviews submitted so far: by whom (their display name), their recommendation, score and comment. */
export function Reviews() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reviews = (record?.reviews ?? []) as (Review & { reviewerRole?: string })[];
  // Reviewers by their display names (the API's staffNames), never by login name; by role until the names are read.
  const names = useStaffNames(reviews.map((review) => review.reviewerId));
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
                <TableCell>
                  {names.get(review.reviewerId) ??
                    translate(`enums.role.${review.reviewerRole}`, { _: translate("cl.historyStaff", { _: "เจ้าหน้าที่" }) })}
                </TableCell>
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
