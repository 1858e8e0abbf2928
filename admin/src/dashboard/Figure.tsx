import { Card, CardContent, Typography } from "@mui/material";

/** One figure on a card, with what it is measured against. */
export function Figure({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <Card sx={{ minWidth: 160, flex: "1 1 160px" }} data-testid={testId}>
      <CardContent>
        <Typography variant="caption">{label}</Typography>
        <Typography variant="h5">{value}</Typography>
        {note && <Typography variant="body2">{note}</Typography>}
      </CardContent>
    </Card>
  );
}
