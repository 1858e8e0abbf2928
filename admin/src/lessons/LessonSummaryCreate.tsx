import { Create } from "react-admin";
import { LessonSummaryForm } from "./LessonSummaryForm";

/** After saving, the new summary's page. */
export const LessonSummaryCreate = () => (
  <Create redirect="show">
    <LessonSummaryForm creating />
  </Create>
);
