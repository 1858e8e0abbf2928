import { Create } from "react-admin";
import { ProgressReportForm } from "./ProgressReportForm";

/** After saving, the new report's page. */
export const ProgressReportCreate = () => (
  <Create redirect="show">
    <ProgressReportForm creating />
  </Create>
);
