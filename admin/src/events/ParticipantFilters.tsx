import { MenuItem, Stack, TextField } from "@mui/material";
import { useTranslate } from "react-admin";
import type { Row } from "./ParticipantTable";

export interface ParticipantFilter {
  /** The start of a first or last name (or any part of the whole name). */
  search: string;
  /** One target tambon, or "" for all. */
  tambonCode: string;
  /** "" all, or only those not registered, registered, or attended. */
  status: "" | "UNREGISTERED" | "REGISTERED" | "ATTENDED";
}

const STATUSES = ["", "UNREGISTERED", "REGISTERED", "ATTENDED"] as const;

/** Whether a row passes the filter: the name contains the search (Thai has no case), the tambon and status match. */
export function matches(row: Row, filter: ParticipantFilter): boolean {
  const search = filter.search.trim();
  if (search && !row.name.includes(search)) return false;
  if (filter.tambonCode && row.tambonCode !== filter.tambonCode) return false;
  if (filter.status === "UNREGISTERED") return !row.registered;
  if (filter.status === "REGISTERED") return row.registered;
  if (filter.status === "ATTENDED") return row.registered && row.attended;
  return true;
}

/** The participant table's search box and its tambon and registration filters, wrapping on a phone. */
export function ParticipantFilters({
  filter,
  onChange,
  tambons,
}: {
  filter: ParticipantFilter;
  onChange: (filter: ParticipantFilter) => void;
  tambons: { code: string; name: string }[];
}) {
  const translate = useTranslate();
  const statusLabel = (status: ParticipantFilter["status"]) =>
    status === "" ? translate("cl.event.allStatuses") : translate(`cl.event.status${status}`);
  return (
    <Stack direction="row" useFlexGap sx={{ my: 1, flexWrap: "wrap", gap: 1 }}>
      <TextField
        size="small"
        label={translate("cl.event.search")}
        value={filter.search}
        onChange={(event) => onChange({ ...filter, search: event.target.value })}
        sx={{ minWidth: 200, flex: "1 1 200px" }}
      />
      <TextField
        select
        size="small"
        label={translate("resources.leaders.fields.tambon")}
        value={filter.tambonCode}
        onChange={(event) => onChange({ ...filter, tambonCode: event.target.value })}
        sx={{ minWidth: 180, flex: "1 1 180px" }}
      >
        <MenuItem value="">{translate("cl.event.allTambons")}</MenuItem>
        {tambons.map((tambon) => (
          <MenuItem key={tambon.code} value={tambon.code}>
            {tambon.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate("cl.event.registered")}
        value={filter.status}
        onChange={(event) => onChange({ ...filter, status: event.target.value as ParticipantFilter["status"] })}
        sx={{ minWidth: 180, flex: "1 1 180px" }}
      >
        {STATUSES.map((status) => (
          <MenuItem key={status || "ALL"} value={status}>
            {statusLabel(status)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
