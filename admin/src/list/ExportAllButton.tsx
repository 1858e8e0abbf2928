import DownloadIcon from "@mui/icons-material/Download";
import TableViewIcon from "@mui/icons-material/TableView";
import { useState } from "react";
import { Button, useListContext, useLocaleState, useNotify, useTranslate } from "react-admin";
import { type ExportTable, tableCsv } from "../csv";
import { fetchAll } from "../dataProvider";
import { downloadFile } from "../download";
import { provinceNames, tambonNames } from "../fields/names";
import { formatDate } from "../i18n";
import { XLSX_TYPE, tableXlsx } from "../xlsx";
import { type Translate, tambonCodesOf, wordsTable } from "./exportWords";

/** A column of an export in the user's words: its header (an i18n key) and its cell, made from the row. */
export interface CsvColumn {
  label: string;
  value: (row: Record<string, unknown>) => unknown;
}

/**
 * Every row of the current filter (not react-admin's 1,000), as CSV with a UTF-8 BOM so Excel shows Thai, or as an
 * Excel workbook with the same header and cells, in the panel's language. The columns are the API's field names (their
 * headers and cells in words by `wordsTable`: labels for codes, BE dates, places by name beside their codes), or
 * `CsvColumn`s whose headers are translated and whose cells are shaped by the list itself.
 */
export function ExportAllButton({ columns }: { columns: string[] | CsvColumn[] }) {
  const { resource, filterValues, sort } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const exportAll = (format: "csv" | "xlsx") => async () => {
    setBusy(true);
    try {
      const rows = (await fetchAll(resource, filterValues, sort)) as Record<string, unknown>[];
      const table = await exportTable(resource, columns, rows, translate, locale);
      if (format === "csv") downloadFile(`${resource}.csv`, "\uFEFF" + tableCsv(table), "text/csv;charset=utf-8");
      else downloadFile(`${resource}.xlsx`, await tableXlsx(translate(`resources.${resource}.name`, { smart_count: 2 }), table), XLSX_TYPE);
    } catch {
      notify("ra.notification.http_error", { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label={translate("cl.exportAll")} onClick={exportAll("csv")} disabled={busy}>
        <DownloadIcon />
      </Button>
      <Button label={translate("cl.exportAllXlsx")} onClick={exportAll("xlsx")} disabled={busy}>
        <TableViewIcon />
      </Button>
    </>
  );
}

/** The header and cells of an export, the same for CSV and Excel; the places it names are read first. */
async function exportTable(
  resource: string,
  columns: string[] | CsvColumn[],
  rows: Record<string, unknown>[],
  translate: Translate,
  locale: string,
): Promise<ExportTable> {
  if (columns.every((column) => typeof column === "string")) {
    const fields = columns as string[];
    const [provinces, tambons] = await Promise.all([provinceNames(), tambonNames(tambonCodesOf(fields, rows))]);
    return wordsTable(fields, rows, { resource, locale, translate, provinces, tambons, date: formatDate });
  }
  const shaped = columns as CsvColumn[];
  return {
    header: shaped.map((column) => translate(column.label)),
    cells: rows.map((row) => shaped.map((column) => column.value(row))),
  };
}
