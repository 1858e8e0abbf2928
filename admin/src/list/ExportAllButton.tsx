import DownloadIcon from "@mui/icons-material/Download";
import { Button, useListContext, useTranslate } from "react-admin";
import { toCsv } from "../csv";
import { fetchAll } from "../dataProvider";

/** CSV of every row of the current filter (not react-admin's 1,000), with a UTF-8 BOM so Excel shows Thai. */
export function ExportAllButton({ columns }: { columns: string[] }) {
  const { resource, filterValues, sort } = useListContext();
  const translate = useTranslate();
  const exportAll = async () => {
    const rows = (await fetchAll(resource, filterValues, sort)) as Record<string, unknown>[];
    const csv = toCsv(columns, rows);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob(["\uFEFF" + csv], { type: "text/csv;charset=utf-8" }));
    link.download = `${resource}.csv`;
    link.click();
  };
  return (
    <Button label={translate("cl.exportAll")} onClick={exportAll}>
      <DownloadIcon />
    </Button>
  );
}
