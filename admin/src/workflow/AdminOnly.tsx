import BlockIcon from "@mui/icons-material/Block";
import { Card, CardContent, Stack, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { Title, usePermissions, useTranslate } from "react-admin";

/**
 * A page only admins may use (API keys): anyone else who reaches it, e.g. by typing its address, reads in Thai that
 * it is not theirs, instead of a page whose every action fails.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { permissions, isPending } = usePermissions();
  const translate = useTranslate();
  if (isPending) return null;
  if (permissions === "ADMIN") return <>{children}</>;
  return (
    <Card sx={{ m: 2 }} data-testid="no-access">
      <Title title={translate("cl.friction.noAccess")} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <BlockIcon color="error" />
          <Stack>
            <Typography variant="h6">{translate("cl.friction.noAccess")}</Typography>
            <Typography variant="body2">{translate("cl.friction.noAccessHelp")}</Typography>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
