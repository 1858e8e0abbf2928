import { Card, CardContent, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { useLocaleState, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { dataProvider, everyPage, fetchAll } from "../dataProvider";
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

interface Row extends Leader {
  registered: boolean;
  attended: boolean;
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
    .map((leader) => ({ ...leader, registered: registered.has(leader.id), attended: registered.get(leader.id) ?? false }))
    .sort((a, b) => (order.get(a.tambonCode) ?? 0) - (order.get(b.tambonCode) ?? 0));
}

/** Registration and attendance on the event's page: tick leaders of the target tambons, then register them or mark them present or absent. */
export function Participants() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const tambons = (record?.tambons ?? []) as { code: string; nameTh: string; nameEn: string }[];
  const codes = tambons.map((t) => t.code).join(",");
  const load = useCallback(() => {
    if (!record?.id) return;
    loadRows(String(record.id), codes ? codes.split(",") : [])
      .then(setRows)
      .catch(() => setRows([]));
  }, [record?.id, codes]);
  useEffect(load, [load]);
  if (!record || !rows) return null;
  const mayChange = (permissions === "ADMIN" || permissions === "PROVINCE_OFFICER") && record.status === "SCHEDULED";
  const tambonName = (code: string) => {
    const tambon = tambons.find((t) => t.code === code);
    return tambon ? (locale === "en" ? tambon.nameEn : tambon.nameTh) : code;
  };
  const chosen = rows.filter((row) => selected.has(row.id));
  /** After registering or marking attendance: nothing ticked, the rows and the record (its attendance counts) read again. */
  const done = () => {
    setSelected(new Set());
    load();
    refresh();
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const { registered = 0, attended = 0, target = 0 } = (record.attendance ?? {}) as Record<string, number>;
  return (
    <Card variant="outlined" sx={{ mt: 1 }}>
      <CardContent>
        <Typography variant="h6" data-testid="event-attendance">
          {translate("cl.event.attendance", { registered, attended, target })}
        </Typography>
        {mayChange && (
          <Stack direction="row" spacing={1} sx={{ my: 1 }}>
            <RegisterParticipantsButton
              eventId={String(record.id)}
              leaderIds={[...selected]}
              disabled={chosen.length === 0 || chosen.some((r) => r.registered)}
              onDone={done}
            />
            <RecordAttendanceButton
              eventId={String(record.id)}
              leaderIds={[...selected]}
              attended
              disabled={chosen.length === 0 || chosen.some((r) => !r.registered)}
              onDone={done}
            />
            <RecordAttendanceButton
              eventId={String(record.id)}
              leaderIds={[...selected]}
              attended={false}
              disabled={chosen.length === 0 || chosen.some((r) => !r.registered)}
              onDone={done}
            />
          </Stack>
        )}
        {rows.length === 0 ? (
          <Typography>{translate("cl.event.noLeaders")}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                {mayChange && <TableCell padding="checkbox" />}
                <TableCell>{translate("resources.leaders.fields.firstName")}</TableCell>
                <TableCell>{translate("resources.leaders.fields.tambon")}</TableCell>
                <TableCell>{translate("cl.event.registered")}</TableCell>
                <TableCell>{translate("resources.events.fields.attended")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => {
                const name = `${row.title}${row.firstName} ${row.lastName}`;
                return (
                  <TableRow key={row.id} data-testid={`participant-${row.id}`}>
                    {mayChange && (
                      <TableCell padding="checkbox">
                        <Checkbox checked={selected.has(row.id)} onChange={() => toggle(row.id)} slotProps={{ input: { "aria-label": name } }} />
                      </TableCell>
                    )}
                    <TableCell>{name}</TableCell>
                    <TableCell>{tambonName(row.tambonCode)}</TableCell>
                    <TableCell>{translate(row.registered ? "cl.yes" : "cl.no")}</TableCell>
                    <TableCell>{row.registered ? translate(row.attended ? "cl.yes" : "cl.no") : "-"}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
