import { useEffect, useState } from "react";
import { AutocompleteInput, TextInput, useTranslate } from "react-admin";
import type { ApiKey } from "../api-keys/types";
import { fetchAll, usePanelDataProvider } from "../dataProvider";
import { BeDateInput } from "../inputs/dates";

interface Actor {
  id: string;
  name: string;
}

/**
 * Who may have read: every panel account ("display name · username") and every partner key ("name · API key"),
 * picked by name; the filter is the account's (or key's) id.
 */
function ActorInput({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const dataProvider = usePanelDataProvider();
  const [actors, setActors] = useState<Actor[]>([]);
  useEffect(() => {
    const accounts = fetchAll("accounts", {}) as Promise<{ id: string; username: string; displayName: string }[]>;
    const keys = dataProvider.query<{ apiKeys: ApiKey[] }>("apiKeys").then((data) => data.apiKeys);
    Promise.all([accounts, keys])
      .then(([people, partners]) =>
        setActors([
          ...people.map((account) => ({ id: account.id, name: `${account.displayName} · ${account.username}` })),
          ...partners.map((key) => ({ id: key.id, name: `${key.name} · ${translate("cl.accessLog.apiKey")}` })),
        ]),
      )
      .catch(() => setActors([]));
    // Read once per page (the data provider's identity follows the location).
  }, []);
  return <AutocompleteInput source={source} alwaysOn={alwaysOn} choices={actors} sx={{ minWidth: 320 }} />;
}

/** The access log's filters: who read, whose data, and from/to which day (Bangkok days, BE, both included). */
export function useAccessLogFilters() {
  return [
    <ActorInput key="actorId" source="actorId" alwaysOn />,
    <TextInput key="leaderId" source="leaderId" alwaysOn />,
    <BeDateInput key="from" source="from" alwaysOn />,
    <BeDateInput key="to" source="to" alwaysOn />,
  ];
}
