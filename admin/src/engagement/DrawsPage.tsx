import { Alert, Box, Button as MuiButton, Card, CardContent, Chip, Link, Stack, Typography } from "@mui/material";
import { type ReactNode, useEffect, useState } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
import { apiErrorMessage, formatDate } from "../i18n";
import { DRAWS_PAGE, type DrawReplay, type RecordedDraw, readDraws, replayDraw } from "./draws";

/** What a draw narrowed its posts to, in words ("ทุกโพสต์" when nothing). */
function FilterText({ filter }: { filter: RecordedDraw["filter"] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const parts = [
    filter.provinceCode && translate("cl.friction.province", { code: filter.provinceCode }),
    filter.tambonCode && translate("cl.friction.tambon", { code: filter.tambonCode }),
    filter.channel && translate("cl.friction.channel", { channel: translate(`enums.channel.${filter.channel}`) }),
    filter.postedFrom && translate("cl.friction.postedFrom", { date: formatDate(filter.postedFrom, locale) }),
    filter.postedTo && translate("cl.friction.postedTo", { date: formatDate(filter.postedTo, locale) }),
  ].filter(Boolean);
  return <>{parts.length ? parts.join(" · ") : translate("cl.friction.allPosts")}</>;
}

/** One recorded draw: when, who, its filter, size and seed, its posts, and a replay that says whether it matches. */
function DrawCard({ draw, drawer }: { draw: RecordedDraw; drawer: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [replay, setReplay] = useState<DrawReplay | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    try {
      setReplay(await replayDraw(draw.id));
    } catch (failure) {
      const message = apiErrorMessage(failure);
      setError(translate(message, { _: message }));
    }
  };
  const row = (label: string, value: ReactNode) => (
    <Stack direction={{ xs: "column", sm: "row" }} spacing={{ xs: 0, sm: 2 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 160 }}>
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {value}
      </Typography>
    </Stack>
  );
  return (
    <Card variant="outlined" data-testid={`draw-${draw.seed}`}>
      <CardContent>
        <Stack spacing={0.5}>
          {row(translate("cl.friction.drawnAt"), formatDate(draw.drawnAt, locale, true))}
          {row(translate("cl.friction.drawnBy"), drawer)}
          {row(translate("cl.friction.filter"), <FilterText filter={draw.filter} />)}
          {row(translate("cl.friction.size"), translate("cl.friction.sizeOf", { count: draw.posts.length, population: draw.populationCount }))}
          {row(translate("cl.friction.seed"), draw.seed)}
          {row(
            translate("cl.friction.posts"),
            <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
              {draw.posts.map((post) => (
                <li key={post.id}>
                  <Link href={post.url} target="_blank" rel="noreferrer" sx={{ wordBreak: "break-all" }}>
                    {post.title || post.url}
                  </Link>{" "}
                  ({translate(`enums.channel.${post.channel}`)}
                  {post.tambon ? ` · ${locale === "en" ? post.tambon.nameEn : post.tambon.nameTh}` : ""})
                </li>
              ))}
            </Box>,
          )}
        </Stack>
        <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: "center", flexWrap: "wrap" }} useFlexGap>
          <MuiButton size="small" variant="outlined" onClick={run}>
            {translate("cl.friction.replay")}
          </MuiButton>
          {replay && (
            <Chip
              data-testid="replay-result"
              color={replay.matches ? "success" : "error"}
              label={translate(replay.matches ? "cl.friction.matches" : "cl.friction.differs")}
            />
          )}
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}

/** The engagement draws recorded so far, latest first (a draw's result stays here after leaving the posts page). */
export function DrawsPage() {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const [read, setRead] = useState<Awaited<ReturnType<typeof readDraws>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readDraws(page)
      .then(setRead)
      .catch((failure) => setError(apiErrorMessage(failure)));
  }, [page]);
  const pages = read ? Math.max(1, Math.ceil(read.total / DRAWS_PAGE)) : 1;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate("cl.friction.drawsTitle")} />
      <Typography variant="h5">{translate("cl.friction.drawsTitle")}</Typography>
      {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
      {read && read.draws.length === 0 && <Typography>{translate("cl.friction.drawsNone")}</Typography>}
      {read?.draws.map((draw) => (
        <DrawCard key={draw.id} draw={draw} drawer={(draw.drawnById && read.names.get(draw.drawnById)) || "—"} />
      ))}
      {pages > 1 && (
        <Stack direction="row" spacing={1}>
          <MuiButton disabled={page === 0} onClick={() => setPage(page - 1)}>
            {translate("ra.navigation.prev")}
          </MuiButton>
          <Typography sx={{ alignSelf: "center" }}>
            {page + 1} / {pages}
          </Typography>
          <MuiButton disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {translate("ra.navigation.next")}
          </MuiButton>
        </Stack>
      )}
    </Stack>
  );
}
