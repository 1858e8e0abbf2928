import { Button as MuiButton, Card, CardContent, Stack, TextField as MuiTextField, Typography } from "@mui/material";
import { useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { useLocaleState, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage, formatDate } from "../i18n";

/** The reproducible random draw of posts to check (same seed, size and posts, same draw), recorded for an auditor; a link to the past draws. */
export function DrawButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = usePanelDataProvider();
  const [seed, setSeed] = useState("");
  const [size, setSize] = useState("5");
  const [drawn, setDrawn] = useState<{ populationCount: number; drawnAt: string; posts: { id: string; url: string }[] } | null>(null);
  const draw = async () => {
    try {
      const data = await dataProvider.workflow<{ drawEngagementSample: NonNullable<typeof drawn> }>("drawEngagementSample", {
        seed,
        size: Number(size),
      });
      setDrawn(data.drawEngagementSample);
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
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
          {/* The draws recorded so far (this one too), with a replay each: they stay after leaving this page. */}
          <MuiButton component={RouterLink} to="/engagement-draws">
            {translate("cl.friction.drawsOpen")}
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
