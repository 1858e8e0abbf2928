import { Create } from "react-admin";
import { LeaderForm } from "./LeaderForm";

/** After saving, the new leader's page. */
export const LeaderCreate = () => (
  <Create redirect="show">
    <LeaderForm creating />
  </Create>
);
