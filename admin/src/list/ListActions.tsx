import type { ReactNode } from "react";
import { CreateButton, FilterButton, TopToolbar } from "react-admin";
import { type CsvColumn, ExportAllButton } from "./ExportAllButton";

/** A list's toolbar: its filters, any buttons of its own, create (for the roles that may) and the export of every row. */
export function ListActions({
  columns,
  mayCreate = false,
  children,
}: {
  columns: string[] | CsvColumn[];
  mayCreate?: boolean;
  children?: ReactNode;
}) {
  return (
    <TopToolbar>
      <FilterButton />
      {children}
      {mayCreate && <CreateButton />}
      <ExportAllButton columns={columns} />
    </TopToolbar>
  );
}
