import { Box } from "@mui/material";
import type { ReactNode } from "react";
import { SimpleList, type SimpleListProps } from "react-admin";
import { usePhone } from "../layout/PanelLayout";

/**
 * A list's rows: on a phone (under `sm`) react-admin's `SimpleList`, one card row per record with its main words
 * (`primary`, `secondary`, `tertiary`: fields, read from the row's record); wider, the table (`children`), which
 * scrolls inside its own box when it is wider than the page, never the page.
 */
export function PhoneList({
  primary,
  secondary,
  tertiary,
  rowClick = "show",
  children,
}: {
  primary: ReactNode;
  secondary?: ReactNode;
  tertiary?: ReactNode;
  rowClick?: SimpleListProps["rowClick"];
  children: ReactNode;
}) {
  const phone = usePhone();
  if (phone) {
    return (
      <SimpleList
        data-testid="phone-list"
        primaryText={primary}
        secondaryText={secondary}
        tertiaryText={tertiary}
        rowClick={rowClick}
        sx={{ "& .MuiListItemText-root": { overflowWrap: "anywhere" }, "& .RaSimpleList-tertiary": { ml: 1 } }}
      />
    );
  }
  return <ScrollBox>{children}</ScrollBox>;
}

/** A wide table's own horizontal scroll, so the page never scrolls sideways. */
export function ScrollBox({ children }: { children: ReactNode }) {
  return <Box sx={{ overflowX: "auto", maxWidth: "100%" }}>{children}</Box>;
}

/** Words side by side in a phone row (a field, a separator, a field). */
export function Line({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: "flex", flexWrap: "wrap", columnGap: 1 }}>
      {children}
    </Box>
  );
}
