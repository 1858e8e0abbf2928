import { Card, CardContent, Stack, Typography } from "@mui/material";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocaleState, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { dataProvider, everyPage, fetchAll } from "../dataProvider";
import { AttendanceScanner } from "./AttendanceScanner";
import { type ParticipantFilter, ParticipantFilters, matches } from "./ParticipantFilters";
import { ParticipantTable, type Row } from "./ParticipantTable";
import { RecordAttendanceButton } from "./RecordAttendanceButton";
import { RegisterParticipantsButton } from "./RegisterParticipantsButton";

interface Leader {
  id: string;
  title: string;
  firstName: string;
  lastName: string;
  tambonCode: string;
}

interface Participation {
  attended: boolean;
  leader: { id: string };
}

const PAGE = 500;

/** The active leaders of the event's target tambons, tambon by tambon, each with whether they are registered and attended. */
async function loadRows(eventId: string, tambonCodes: string[]): Promise<Row[]> {
  const [leaders, participations] = await Promise.all([
    fetchAll("leaders", { tambonCodes, status: "ACTIVE" }) as Promise<Leader[]>,
    everyPage(async (page) => {
      const data = await dataProvider.query<{ event: { participations: { nodes: Participation[]; totalCount: number } } }>("eventRegistrations", {
        id: eventId,
        page: { limit: PAGE, offset: (page - 1) * PAGE },
      });
      return { rows: data.event.participations.nodes, total: data.event.participations.totalCount };
    }),
  ]);
  const registered = new Map(participations.map((p) => [p.leader.id, p.attended]));
  const order = new Map(tambonCodes.map((code, i) => [code, i]));
  return leaders
    .map((leader) => ({
      id: leader.id,
      name: `${leader.title}${leader.firstName} ${leader.lastName}`,
      tambonCode: leader.tambonCode,
      registered: registered.has(leader.id),
      attended: registered.get(leader.id) ?? false,
    }))
    .sort((a, b) => (order.get(a.tambonCode) ?? 0) - (order.get(b.tambonCode) ?? 0));
}

/**
 * Registration and attendance on the event's page: the leaders of the target tambons, searched, filtered by tambon
 * and registration and paged; tick them (or a whole page) and register them, or mark them present or absent, in one
 * request; or scan the sign-in sheet's QR codes at the door. Offered only while the event is scheduled and to those
 * who organise events; the API decides in the end.
 */
export function Participants() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [filter, setFilter] = useState<ParticipantFilter>({ search: "", tambonCode: "", status: "" });
  const tambons = useMemo(() => (record?.tambons ?? []) as { code: string; nameTh: string; nameEn: string }[], [record?.tambons]);
  const codes = tambons.map((t) => t.code).join(",");
  const load = useCallback(() => {
    if (!record?.id) return;
    loadRows(String(record.id), codes ? codes.split(",") : [])
      .then(setRows)
      .catch(() => setRows([]));
  }, [record?.id, codes]);
  useEffect(load, [load]);
  const shown = useMemo(() => (rows ?? []).filter((row) => matches(row, filter)), [rows, filter]);
  if (!record || !rows) return null;
  const mayChange = (permissions === "ADMIN" || permissions === "PROVINCE_OFFICER") && record.status === "SCHEDULED";
  const tambonName = (code: string) => {
    const tambon = tambons.find((t) => t.code === code);
    return tambon ? (locale === "en" ? tambon.nameEn : tambon.nameTh) : code;
  };
  const chosen = rows.filter((row) => selected.has(row.id));
  const chosenIds = chosen.map((row) => row.id);
  /** After registering or marking attendance: nothing ticked, the rows and the record (its attendance counts) read again. */
  const done = () => {
    setSelected(new Set());
    load();
    refresh();
  };
  const changeFilter = (next: ParticipantFilter) => {
    setFilter(next);
    setSelected(new Set());
  };
  const { registered = 0, attended = 0, target = 0 } = (record.attendance ?? {}) as Record<string, number>;
  return (
    <Card variant="outlined" sx={{ mt: 1, maxWidth: "100%" }}>
      <CardContent>
        <Typography variant="h6" data-testid="event-attendance">
          {translate("cl.event.attendance", { registered, attended, target })}
        </Typography>
        {mayChange && (
          <Stack direction="row" useFlexGap sx={{ my: 1, flexWrap: "wrap", gap: 1 }}>
            <RegisterParticipantsButton
              eventId={String(record.id)}
              leaderIds={chosenIds}
              disabled={chosen.length === 0 || chosen.some((r) => r.registered)}
              onDone={done}
            />
            <RecordAttendanceButton
              eventId={String(record.id)}
              leaderIds={chosenIds}
              attended
              disabled={chosen.length === 0 || chosen.some((r) => !r.registered)}
              onDone={done}
            />
            <RecordAttendanceButton
              eventId={String(record.id)}
              leaderIds={chosenIds}
              attended={false}
              disabled={chosen.length === 0 || chosen.some((r) => !r.registered)}
              onDone={done}
            />
            <AttendanceScanner eventId={String(record.id)} rows={rows} onClose={done} />
          </Stack>
        )}
        {rows.length === 0 ? (
          <Typography>{translate("cl.event.noLeaders")}</Typography>
        ) : (
          <>
            <ParticipantFilters filter={filter} onChange={changeFilter} tambons={tambons.map((t) => ({ code: t.code, name: tambonName(t.code) }))} />
            {mayChange && (
              <Typography variant="body2" color="text.secondary" data-testid="participants-selected">
                {translate("cl.event.selectedCount", { count: chosen.length })}
              </Typography>
            )}
            <ParticipantTable rows={shown} selectable={mayChange} selected={selected} onSelect={setSelected} tambonName={tambonName} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
