import type { AccountView } from "@mend/core/accounts/contract";
import { changeEmailInput, changeNameInput } from "@mend/core/accounts/contract";
import { type FormEvent, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useChangeEmail, useChangeName } from "./api.ts";
import { EmailField } from "./EmailField.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { endedSentence } from "./sessions-ended.ts";

const nameFieldIds = { displayName: "profile-name" };
const emailFieldIds = { email: "profile-email", password: "profile-email-password" };

/** The name the other person sees, and the email this account logs in with. */
export function ProfileSection({ account }: { account: AccountView }) {
  return (
    <section className="section" aria-labelledby="profile-title">
      <h2 id="profile-title">Your name and email</h2>
      <NameForm current={account.displayName} />
      <EmailForm current={account.email} />
    </section>
  );
}

function NameForm({ current }: { current: string }) {
  const change = useChangeName();
  const [displayName, setDisplayName] = useState(current);
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(change.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkInput(changeNameInput, { displayName });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    change.mutate(checked.input);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Your name">
      <ErrorSummary error={change.error} errors={problems ?? undefined} fieldIds={nameFieldIds} />
      <TextField
        id={nameFieldIds.displayName}
        label="What should we call you?"
        hint="The other person in a shared space sees this name."
        value={displayName}
        onChange={(value) => {
          setDisplayName(value);
          change.reset();
        }}
        error={errors.fields.displayName}
        autoComplete="nickname"
        maxLength={60}
        autoCapitalize="words"
      />
      {change.isSuccess && <Notice>Your name is saved.</Notice>}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={change.isPending}>
          {change.isPending ? "Saving…" : "Save name"}
        </button>
      </div>
    </form>
  );
}

function EmailForm({ current }: { current: string }) {
  const change = useChangeEmail();
  const [email, setEmail] = useState(current);
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(change.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkInput(changeEmailInput, { email, password });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    change.mutate(checked.input, { onSuccess: () => setPassword("") });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Your email address">
      <ErrorSummary error={change.error} errors={problems ?? undefined} fieldIds={emailFieldIds} />
      <EmailField
        id={emailFieldIds.email}
        hint="You log in with it. Nobody else sees it."
        value={email}
        onChange={setEmail}
        error={errors.fields.email}
      />
      <PasswordField
        id={emailFieldIds.password}
        label="Your password"
        hint="Needed to change your email, so nobody else can from a device you left signed in."
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
        autoComplete="current-password"
      />
      {change.data && (
        <Notice>
          Your email is now {change.data.account.email}. {endedSentence(change.data.otherSessionsEnded)}
        </Notice>
      )}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={change.isPending}>
          {change.isPending ? "Saving…" : "Change email"}
        </button>
      </div>
    </form>
  );
}
