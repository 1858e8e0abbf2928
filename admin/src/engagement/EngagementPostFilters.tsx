import { SelectInput } from "react-admin";
import { TambonInput } from "../inputs/places";
import { channels } from "./choices";

/** The post list's filters: the channel, then the tambon. */
export const engagementPostFilters = [
  <SelectInput key="channel" source="channel" choices={channels} alwaysOn />,
  <TambonInput key="tambonCode" source="tambonCode" />,
];
