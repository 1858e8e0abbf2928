import { Create } from "react-admin";
import { EventForm } from "./EventForm";

/** After saving, the new event's page. */
export const EventCreate = () => (
  <Create redirect="show">
    <EventForm creating />
  </Create>
);
