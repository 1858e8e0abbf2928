import { Edit } from "react-admin";
import { ProgressReportForm } from "./ProgressReportForm";

/** Shown saved only once the API has accepted it (pessimistic), so a refused field stays on the form with its error. */
export const ProgressReportEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ProgressReportForm creating={false} />
  </Edit>
);
