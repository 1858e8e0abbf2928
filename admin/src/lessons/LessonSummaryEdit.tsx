import { Edit } from "react-admin";
import { LessonSummaryForm } from "./LessonSummaryForm";

/** Shown saved only once the API has accepted it (pessimistic), so a refused field stays on the form with its error. */
export const LessonSummaryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <LessonSummaryForm creating={false} />
  </Edit>
);
