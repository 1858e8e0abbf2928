import {
  Alert,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { formatDate } from "../i18n";
import { CreateApiKeyButton } from "./CreateApiKeyButton";
import { RevokeApiKeyButton } from "./RevokeApiKeyButton";
import type { ApiKey } from "./types";

/** Admins: partner API keys (the key is shown once; revoked keys stop within 30 s). Accounts have their own resource. */
export function ApiKeyList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = usePanelDataProvider();
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const load = useCallback(
    () => dataProvider.query<{ apiKeys: ApiKey[] }>("apiKeys").then((d) => setKeys(d.apiKeys)),
    // Read on opening and after each change (the data provider's identity follows the location).
    [],
  );
  useEffect(() => {
    load();
  }, [load]);
  const created = (key: string) => {
    setSecret(key);
    setName("");
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
              {translate("cl.access.shownOnce")} <code data-testid="api-key-secret">{secret}</code>
            </Alert>
          )}
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("cl.access.name")}</TableCell>
                <TableCell>{translate("cl.access.prefix")}</TableCell>
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
                  <TableCell>{formatDate(key.createdAt, locale)}</TableCell>
                  <TableCell>{formatDate(key.revokedAt, locale)}</TableCell>
                  <TableCell>{!key.revokedAt && <RevokeApiKeyButton id={key.id} onDone={load} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            <MuiTextField size="small" label={translate("cl.access.name")} value={name} onChange={(e) => setName(e.target.value)} />
            <CreateApiKeyButton name={name} onCreated={created} />
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
