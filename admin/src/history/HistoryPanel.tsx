import { Fragment, useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { provinceNames, placeName, staffNames, tambonNames } from "../fields/names";
import { gql } from "../graphql";
import { formatBaht, formatDate } from "../i18n";
import { TableCard } from "../layout/TableCard";
import { type Names, actionWords, changedFields, fieldWords, valueWords } from "./words";

interface HistoryRecord {
  id: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  at: string;
  before: string | null;
  after: string | null;
}

type Subgraph = "people" | "activities" | "evaluation";

/** Where each subgraph keeps its audit trail: `peopleHistory`, `activityHistory` or `evaluationHistory`. */
const HISTORY: Record<Subgraph, string> = {
  people: "peopleHistory",
  activities: "activityHistory",
  evaluation: "evaluationHistory",
};
const historyQuery = (subgraph: Subgraph) => `query History($entity: String!, $id: ID!) {
  history: ${HISTORY[subgraph]}(entityName: $entity, entityId: $id, page: { limit: 500 }) { nodes { id action actorId actorName at before after } } }`;

const STAFF_FIELDS = ["recordedBy", "approvedBy", "paidBy", "submittedBy", "writtenBy", "publishedBy", "decidedBy", "createdBy"];

/** The codes and ids a history names: tambons, and staff (the actors and the accounts its snapshots hold). */
function wanted(rows: HistoryRecord[]) {
  const tambons: string[] = [];
  const staff: string[] = [];
  for (const row of rows) {
    if (row.actorId) staff.push(row.actorId);
    for (const [field, value] of changedFields(row.before, row.after)) {
      const values = Array.isArray(value) ? value : [value];
      if (field === "tambonCode" || field === "tambonCodes") tambons.push(...values.filter((v): v is string => typeof v === "string"));
      if (STAFF_FIELDS.includes(field) && typeof value === "string") staff.push(value);
    }
  }
  return { tambons, staff };
}

/** A record's audited changes, oldest first, in the panel's words: actions, fields and values as people say them. */
export function HistoryPanel({ entity, subgraph = "people", id }: { entity: string; subgraph?: Subgraph; id?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [rows, setRows] = useState<HistoryRecord[] | null>(null);
  const [names, setNames] = useState<Omit<Names, "date" | "baht">>({ province: () => undefined, tambon: () => undefined, staff: () => undefined });
  const recordId = id ?? record?.id;
  useEffect(() => {
    if (!recordId) return;
    let live = true;
    gql<{ history: { nodes: HistoryRecord[] } }>(historyQuery(subgraph), { entity, id: recordId })
      .then(async (data) => {
        const nodes = data.history.nodes;
        const { tambons, staff } = wanted(nodes);
        const [provinces, tambonMap, staffMap] = await Promise.all([provinceNames(), tambonNames(tambons), staffNames(staff)]);
        if (!live) return;
        setNames({
          province: (code) => placeName(provinces.get(code), locale),
          tambon: (code) => placeName(tambonMap.get(code), locale),
          staff: (key) => staffMap.get(key),
        });
        setRows(nodes);
      })
      .catch(() => live && setRows(null));
    return () => {
      live = false;
    };
    // Again whenever the record is read again (after a workflow action), so the new entry shows.
  }, [entity, subgraph, recordId, record, locale]);
  if (!rows) return null;
  const all: Names = { ...names, date: formatDate, baht: formatBaht };
  const actor = (row: HistoryRecord) =>
    (row.actorId ? names.staff(row.actorId) : undefined) ??
    (row.actorId || row.actorName
      ? translate("cl.historyStaff", { _: locale === "en" ? "A staff member" : "เจ้าหน้าที่" })
      : translate("cl.historySystem", { _: locale === "en" ? "The system" : "ระบบ" }));
  return (
    <TableCard
      title="cl.history"
      testId={`history-${entity}`}
      empty="cl.historyEmpty"
      columns={["cl.historyAt", "cl.historyAction", "cl.historyBy", "cl.historyChanges"]}
      rows={rows.map((row) => ({
        id: row.id,
        cells: [
          formatDate(row.at, locale, true),
          actionWords(entity, row.action, locale),
          actor(row),
          <span key="changes" style={{ display: "block", maxWidth: 520, overflowWrap: "anywhere" }}>
            {changedFields(row.before, row.after).map(([field, value], i) => {
              const shown = valueWords(entity, field, value, locale, translate, all);
              return (
                <Fragment key={field}>
                  {i > 0 && ", "}
                  {fieldWords(entity, field, locale, translate)}: {"link" in shown ? <Link to={shown.link}>{shown.text}</Link> : shown.text}
                </Fragment>
              );
            })}
          </span>,
        ],
      }))}
    />
  );
}
