import { changePasswordInput } from "@mend/core/accounts/contract";
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { useChangePassword } from "./api.ts";
import { PasswordField } from "./PasswordField.tsx";
import { passwordHint } from "./SignupPage.tsx";
import { useSession } from "./session.ts";
import { endedSentence } from "./sessions-ended.ts";

const fieldIds = { currentPassword: "current-password", newPassword: "new-password" };

export function ChangePasswordSection() {
  const change = useChangePassword();
  const account = useSession().data?.account;
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(change.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const checked = checkInput(changePasswordInput, { currentPassword, newPassword });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    if (!account) return;
    change.mutate(
      { ...checked.input, accountId: account.id },
      {
        onSuccess: () => {
          setCurrentPassword("");
          setNewPassword("");
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      <p>Changing it logs you out everywhere else: on every other phone, tablet and computer.</p>
      <ErrorSummary error={change.error} errors={problems ?? undefined} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate aria-label="Change your password">
        <PasswordField
          id={fieldIds.currentPassword}
          label="Your current password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.fields.currentPassword}
          autoComplete="current-password"
        />
        <PasswordField
          id={fieldIds.newPassword}
          label="Your new password"
          hint={passwordHint}
          value={newPassword}
          onChange={setNewPassword}
          error={errors.fields.newPassword}
          autoComplete="new-password"
        />
        {change.data && (
          <Notice>Your password is changed. {endedSentence(change.data.otherSessionsEnded)}</Notice>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {change.isPending ? "Changing…" : "Change password"}
          </button>
        </div>
      </form>
    </section>
  );
}
