import { Show, SimpleShowLayout, TextField, UrlField } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { Samples } from "./Samples";

export const EngagementPostShow = () => (
  <Show>
    <SimpleShowLayout>
      <EnumField source="channel" group="channel" />
      <UrlField source="url" target="_blank" />
      <TextField source="title" emptyText="-" />
      <TambonField source="tambon" />
      <BeDateField source="postedAt" showTime />
      <Samples />
    </SimpleShowLayout>
  </Show>
);
