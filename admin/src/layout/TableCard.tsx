import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/**
 * A titled card holding a small table under a record (its history, its access log): column headers are i18n
 * keys; with `empty`, no rows show that message instead of an empty table.
 */
export function TableCard({
  title,
  testId,
  columns,
  rows,
  empty,
}: {
  title: string;
  testId: string;
  columns: string[];
  rows: { id: string; cells: ReactNode[] }[];
  empty?: string;
}) {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6">{translate(title)}</Typography>
        {empty && rows.length === 0 ? (
          <Typography>{translate(empty)}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                {columns.map((column) => (
                  <TableCell key={column}>{translate(column)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  {row.cells.map((cell, index) => (
                    <TableCell key={index}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
