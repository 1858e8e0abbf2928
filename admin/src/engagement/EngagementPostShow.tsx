import { Show, SimpleShowLayout, TextField, UrlField } from "react-admin";
import { BeDateField } from "../fields/dates";
import { TambonField } from "../fields/places";
import { Samples } from "./Samples";

export const EngagementPostShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="channel" />
      <UrlField source="url" target="_blank" />
      <TextField source="title" emptyText="-" />
      <TambonField source="tambon" />
      <BeDateField source="postedAt" showTime />
      <Samples />
    </SimpleShowLayout>
  </Show>
);
