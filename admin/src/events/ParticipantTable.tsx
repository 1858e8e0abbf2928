import { Checkbox, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";

/** A leader of the event's target tambons, with whether they are registered and attended. */
export interface Row {
  id: string;
  /** With the title: นางสาวกัญญ์ณัชชา ศรีสุข. */
  name: string;
  tambonCode: string;
  registered: boolean;
  attended: boolean;
}

const PER_PAGE = [25, 50, 100];

/**
 * One page of participants (50 by default), with a box to tick each and one in the header that ticks or clears the
 * whole page; scrolls sideways on a phone rather than squeezing the names.
 */
export function ParticipantTable({
  rows,
  selectable,
  selected,
  onSelect,
  tambonName,
}: {
  rows: Row[];
  selectable: boolean;
  selected: Set<string>;
  onSelect: (selected: Set<string>) => void;
  tambonName: (code: string) => string;
}) {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(50);
  const last = Math.max(0, Math.ceil(rows.length / perPage) - 1);
  const current = Math.min(page, last); // a filter that leaves fewer rows keeps a page that exists
  const shown = rows.slice(current * perPage, (current + 1) * perPage);
  const allTicked = shown.length > 0 && shown.every((row) => selected.has(row.id));
  const someTicked = shown.some((row) => selected.has(row.id));
  const tickPage = () => {
    const next = new Set(selected);
    for (const row of shown) {
      if (allTicked) next.delete(row.id);
      else next.add(row.id);
    }
    onSelect(next);
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  if (rows.length === 0) return <Typography sx={{ my: 2 }}>{translate("cl.event.noMatch")}</Typography>;
  return (
    <>
      <TableContainer sx={{ maxWidth: "100%", overflowX: "auto" }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              {selectable && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allTicked}
                    indeterminate={someTicked && !allTicked}
                    onChange={tickPage}
                    slotProps={{ input: { "aria-label": translate("cl.event.selectPage") } }}
                  />
                </TableCell>
              )}
              <TableCell>{translate("resources.leaders.fields.firstName")}</TableCell>
              <TableCell>{translate("resources.leaders.fields.tambon")}</TableCell>
              <TableCell>{translate("cl.event.registered")}</TableCell>
              <TableCell>{translate("resources.events.fields.attended")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((row) => (
              <TableRow key={row.id} data-testid={`participant-${row.id}`}>
                {selectable && (
                  <TableCell padding="checkbox">
                    <Checkbox checked={selected.has(row.id)} onChange={() => toggle(row.id)} slotProps={{ input: { "aria-label": row.name } }} />
                  </TableCell>
                )}
                <TableCell sx={{ whiteSpace: "nowrap" }}>{row.name}</TableCell>
                <TableCell>{tambonName(row.tambonCode)}</TableCell>
                <TableCell>{translate(row.registered ? "cl.yes" : "cl.no")}</TableCell>
                <TableCell>{row.registered ? translate(row.attended ? "cl.yes" : "cl.no") : "-"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={rows.length}
        page={current}
        rowsPerPage={perPage}
        rowsPerPageOptions={PER_PAGE}
        onPageChange={(_, next) => setPage(next)}
        onRowsPerPageChange={(event) => {
          setPerPage(Number(event.target.value));
          setPage(0);
        }}
        labelRowsPerPage={translate("ra.navigation.page_rows_per_page")}
        labelDisplayedRows={({ from, to, count }) => translate("ra.navigation.page_range_info", { offsetBegin: from, offsetEnd: to, total: count })}
        getItemAriaLabel={(type) =>
          translate(type === "next" ? "ra.navigation.next" : type === "previous" ? "ra.navigation.previous" : `ra.navigation.${type}`)
        }
      />
    </>
  );
}
