import DownloadIcon from "@mui/icons-material/Download";
import { Button, useListContext, useTranslate } from "react-admin";
import { toCsv } from "../csv";
import { fetchAll } from "../dataProvider";
import { downloadFile } from "../download";

/** A column of an export in the user's words: its header (an i18n key) and its cell, made from the row. */
export interface CsvColumn {
  label: string;
  value: (row: Record<string, unknown>) => unknown;
}

/**
 * CSV of every row of the current filter (not react-admin's 1,000), with a UTF-8 BOM so Excel shows Thai. The columns
 * are the API's field names, or `CsvColumn`s whose headers are translated and whose cells are shaped (a date in BE).
 */
export function ExportAllButton({ columns }: { columns: string[] | CsvColumn[] }) {
  const { resource, filterValues, sort } = useListContext();
  const translate = useTranslate();
  const exportAll = async () => {
    const rows = (await fetchAll(resource, filterValues, sort)) as Record<string, unknown>[];
    const csv = columns.every((column) => typeof column === "string") ? toCsv(columns, rows) : shaped(columns as CsvColumn[], rows, translate);
    downloadFile(`${resource}.csv`, "\uFEFF" + csv, "text/csv;charset=utf-8");
  };
  return (
    <Button label={translate("cl.exportAll")} onClick={exportAll}>
      <DownloadIcon />
    </Button>
  );
}

function shaped(columns: CsvColumn[], rows: Record<string, unknown>[], translate: (key: string) => string) {
  const keys = columns.map((_, i) => `c${i}`);
  const cells = rows.map((row) => Object.fromEntries(columns.map((column, i) => [keys[i], column.value(row)])));
  return toCsv(
    keys,
    cells,
    columns.map((column) => translate(column.label)),
  );
}
