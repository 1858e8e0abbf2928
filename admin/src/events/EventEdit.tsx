import { Edit } from "react-admin";
import { EventForm } from "./EventForm";

/** Shown saved only once the API has accepted it (pessimistic), so a refused field stays on the form with its error. */
export const EventEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <EventForm creating={false} />
  </Edit>
);
