import { Button as MuiButton, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { Form, RadioButtonGroupInput, TextInput, required, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError } from "../graphql";
import { apiErrorMessage, fieldMessage } from "../i18n";
import { BeDateInput } from "../inputs/dates";
import { PARTNER_SCOPES, bangkokDateYearsAhead, expiryInstant } from "./choices";
import type { ApiKeySecret, PartnerScope } from "./types";

interface ApiKeyValues {
  name: string;
  purpose: string;
  scope: PartnerScope;
  /** An ISO date (typed as a BE date): the key stops working at the start of that Bangkok day. */
  expiresAt: string;
}

/** The fields of the form, where the API's refusals are shown (its `extensions.field`). */
const FIELDS = new Set(["name", "purpose", "scope", "expiresAt"]);

/** A scope's choice: its name and, below it, one line saying what the partner may read with it. */
function ScopeChoice({ scope }: { scope: PartnerScope }) {
  const translate = useTranslate();
  return (
    <span>
      <Typography component="span" sx={{ fontWeight: 600 }}>
        {translate(`enums.partnerScope.${scope}`)}
      </Typography>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: "block" }}>
        {translate(`cl.access.scopeHelp.${scope}`)}
      </Typography>
    </span>
  );
}

/**
 * A partner's key: its name, why the agency reads (PDPA purpose, required), what it may read and until when
 * (one year ahead unless changed). `onCreated` gets the new key, which is shown once. A refusal is shown at its field.
 */
export function CreateApiKeyForm({ onCreated }: { onCreated: (secret: ApiKeySecret) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  // A new form (empty again, the default expiry recomputed) after each key made.
  const [made, setMade] = useState(0);
  const create = async (values: Partial<ApiKeyValues>) => {
    try {
      const data = await dataProvider.workflow<{ createApiKey: ApiKeySecret }>("createApiKey", {
        name: values.name?.trim(),
        purpose: values.purpose?.trim(),
        scope: values.scope,
        expiresAt: values.expiresAt ? expiryInstant(values.expiresAt) : null,
      });
      setMade((n) => n + 1);
      onCreated(data.createApiKey);
      return undefined;
    } catch (error) {
      const first = error instanceof ApiError ? error.errors[0] : undefined;
      const field = first?.extensions?.field?.replace(/^input\./, "");
      if (first && field && FIELDS.has(field)) return { [field]: fieldMessage(first) };
      notify(apiErrorMessage(error), { type: "error" });
      return undefined;
    }
  };
  return (
    <Form key={made} onSubmit={create} defaultValues={{ scope: "AGGREGATE", expiresAt: bangkokDateYearsAhead(1) }} sanitizeEmptyValues={false}>
      <Stack spacing={1} sx={{ mt: 2, maxWidth: 720 }} data-testid="create-api-key">
        <Typography variant="subtitle1">{translate("cl.access.newKey")}</Typography>
        <TextInput source="name" label="cl.access.name" validate={required()} />
        <TextInput source="purpose" label="cl.access.purpose" helperText="cl.access.purposeHelp" validate={required()} multiline minRows={2} />
        <RadioButtonGroupInput
          source="scope"
          label="cl.access.scope"
          row={false}
          choices={PARTNER_SCOPES.map((id) => ({ id }))}
          optionText={(choice: { id: PartnerScope }) => <ScopeChoice scope={choice.id} />}
          validate={required()}
        />
        <BeDateInput source="expiresAt" label="cl.access.expiresAt" helperText={translate("cl.access.expiresAtHelp")} />
        <div>
          <MuiButton type="submit" variant="contained">
            {translate("cl.access.createKey")}
          </MuiButton>
        </div>
      </Stack>
    </Form>
  );
}
