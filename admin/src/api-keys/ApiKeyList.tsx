import { Alert, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { formatDate } from "../i18n";
import { isExpired } from "./choices";
import { CreateApiKeyForm } from "./CreateApiKeyForm";
import { RevokeApiKeyButton } from "./RevokeApiKeyButton";
import type { ApiKey, ApiKeySecret } from "./types";
import { ScrollBox } from "../list/PhoneList";

/** When a key stops working, and "expired" once it has (it is refused from then on, like a revoked one). */
function Expiry({ apiKey, locale }: { apiKey: ApiKey; locale: string }) {
  const translate = useTranslate();
  if (!apiKey.expiresAt) return <>{translate("cl.access.noExpiry")}</>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
      <span>{formatDate(apiKey.expiresAt, locale)}</span>
      {isExpired(apiKey.expiresAt) && <Chip size="small" color="warning" label={translate("cl.access.expired")} />}
    </Stack>
  );
}

/**
 * Admins: partner API keys, each with what it may read (scope), why (purpose) and until when; the key is shown once,
 * revoked keys stop within 30 s. Accounts have their own resource.
 */
export function ApiKeyList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = usePanelDataProvider();
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const [secret, setSecret] = useState<ApiKeySecret | null>(null);
  const load = useCallback(
    () => dataProvider.query<{ apiKeys: ApiKey[] }>("apiKeys").then((d) => setKeys(d.apiKeys)),
    // Read on opening and after each change (the data provider's identity follows the location).
    [],
  );
  useEffect(() => {
    load();
  }, [load]);
  const created = (made: ApiKeySecret) => {
    setSecret(made);
    load();
  };
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("cl.access.title")} />
      <Card>
        <CardContent>
          <Typography variant="h6">{translate("cl.access.apiKeys")}</Typography>
          {secret && (
            <Alert severity="warning" onClose={() => setSecret(null)}>
              {translate("cl.access.shownOnce")} <code data-testid="api-key-secret">{secret.key}</code>
            </Alert>
          )}
          <ScrollBox>
            <Table size="small" data-testid="api-keys">
              <TableHead>
                <TableRow>
                  <TableCell>{translate("cl.access.name")}</TableCell>
                  <TableCell>{translate("cl.access.prefix")}</TableCell>
                  <TableCell>{translate("cl.access.scope")}</TableCell>
                  <TableCell>{translate("cl.access.purpose")}</TableCell>
                  <TableCell>{translate("cl.access.expiresAt")}</TableCell>
                  <TableCell>{translate("cl.historyAt")}</TableCell>
                  <TableCell>{translate("cl.access.revokedAt")}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {keys.map((key) => (
                  <TableRow key={key.id}>
                    <TableCell>{key.name}</TableCell>
                    <TableCell>{key.prefix}…</TableCell>
                    <TableCell>{translate(`enums.partnerScope.${key.scope}`, { _: key.scope })}</TableCell>
                    <TableCell sx={{ maxWidth: 320, whiteSpace: "pre-wrap" }}>{key.purpose}</TableCell>
                    <TableCell>
                      <Expiry apiKey={key} locale={locale} />
                    </TableCell>
                    <TableCell>{formatDate(key.createdAt, locale)}</TableCell>
                    <TableCell>{formatDate(key.revokedAt, locale)}</TableCell>
                    <TableCell>{!key.revokedAt && <RevokeApiKeyButton id={key.id} onDone={load} />}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollBox>
          <CreateApiKeyForm onCreated={created} />
        </CardContent>
      </Card>
    </Stack>
  );
}
