import { deleteAccountGuide } from "@mend/core/ending/content";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { PasswordField } from "../accounts/PasswordField.tsx";
import { type SessionState, sessionKey } from "../accounts/session.ts";
import { useDeleteAccount } from "./api.ts";

const fieldIds = { password: "delete-password" };
const missingPassword: FormErrors = {
  message: null,
  fields: { password: "Enter your password to confirm." },
};

/** Asks for the password again, then for a plain yes, before anything is deleted. */
export function DeleteAccount() {
  const remove = useDeleteAccount();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const [localErrors, setLocalErrors] = useState<FormErrors | null>(null);
  const [confirming, setConfirming] = useState(false);
  const errors = localErrors ?? formErrorsFrom(remove.error);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setLocalErrors(missingPassword);
      return;
    }
    setLocalErrors(null);
    remove.reset();
    setConfirming(true);
  };

  const confirm = () =>
    remove.mutate(
      { password },
      {
        onSuccess: async () => {
          await navigate("/", {
            replace: true,
            state: {
              notice: "Your account and everything you wrote have been deleted. Take care of yourself.",
            },
          });
          // Nothing of the account stays in this tab's memory.
          client.removeQueries({ predicate: (query) => query.queryKey[0] !== "config" });
          client.setQueryData<SessionState>(sessionKey, { account: null });
        },
        // A wrong password is shown beside the field, where it can be fixed.
        onError: () => setConfirming(false),
      },
    );

  return (
    <section className="section section--quiet" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">Delete my account</h2>
      {deleteAccountGuide.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <ErrorSummary error={remove.error} errors={localErrors ?? undefined} fieldIds={fieldIds} />
      <form className="heal-form" onSubmit={ask} noValidate>
        <PasswordField
          id={fieldIds.password}
          label="Your password"
          hint="We ask again so nobody else can do this from a device you left signed in."
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          autoComplete="current-password"
        />
        <button type="submit" className="button button--danger-outline">
          Delete my account
        </button>
      </form>
      <ConfirmDialog
        open={confirming}
        title="Delete your account for good?"
        confirmLabel="Delete my account"
        cancelLabel="Keep my account"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Everything you wrote in Mend goes, in every space, and you're signed out everywhere. This can't be
          undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
