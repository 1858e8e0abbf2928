import { Edit } from "react-admin";
import { LeaderForm } from "./LeaderForm";

/** Shown saved only once the API has accepted it (pessimistic), so a refused field stays on the form with its error. */
export const LeaderEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <LeaderForm creating={false} />
  </Edit>
);
