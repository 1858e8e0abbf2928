import type { ComponentType } from "react";
import { Create, Edit } from "react-admin";

/**
 * The create and edit pages of a resource whose one form does both: after saving, the record's page; an edit is
 * shown saved only once the API has accepted it (pessimistic), so a refused field stays on the form with its error.
 */
export function formPages(Form: ComponentType<{ creating: boolean }>) {
  const FormCreate = () => (
    <Create redirect="show">
      <Form creating />
    </Create>
  );
  const FormEdit = () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <Form creating={false} />
    </Edit>
  );
  return { create: FormCreate, edit: FormEdit };
}
