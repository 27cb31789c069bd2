import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { PasswordField } from "../accounts/PasswordField.tsx";
import { openWithPassword, vaultQueryKey, vaultStateKey } from "./vault-keys.ts";

/** The password field that opens the vault in this tab, after a reload or a passkey sign-in. */
export function OpenVaultForm({ accountId, prompt }: { accountId: string; prompt: string }) {
  const client = useQueryClient();
  const [password, setPassword] = useState("");
  // A page may ask for the password in more than one place (two gated parts): each field its own id.
  const fieldId = useId();
  const open = useMutation({
    mutationFn: () => openWithPassword(accountId, password),
    onSuccess: (next) => {
      client.setQueryData(vaultStateKey, next);
      setPassword("");
      return client.invalidateQueries({ queryKey: vaultQueryKey });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!open.isPending) open.mutate();
  };
  const errors = formErrorsFrom(open.error);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{prompt}</p>
      <ErrorSummary error={open.error} fieldIds={{ password: fieldId }} />
      <PasswordField
        id={fieldId}
        label="Password"
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
        autoComplete="current-password"
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={open.isPending}>
          {open.isPending ? "Opening…" : "Open the vault"}
        </button>
      </div>
    </form>
  );
}
