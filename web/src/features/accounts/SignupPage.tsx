import { passwordRules } from "@mend/core/accounts/password-rules";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSignup } from "./api.ts";
import { EmailField } from "./EmailField.tsx";
import { hasReturnPath, returnPath } from "./navigation-state.ts";
import { PasswordField } from "./PasswordField.tsx";
import { useSession } from "./session.ts";

const fieldIds = { displayName: "displayName", email: "email", password: "password" };

export const passwordHint = `Use at least ${passwordRules.minLength} characters; ${passwordRules.recommendedLength} or more is better. A few everyday words strung together make a strong passphrase that's easy to remember.`;

export function SignupPage() {
  useDocumentTitle("Create your account");
  const location = useLocation();
  const session = useSession();
  const signup = useSignup();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const errors = formErrorsFrom(signup.error);

  if (session.data?.account) return <Navigate to={returnPath(location.state)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!signup.isPending) signup.mutate({ displayName, email, password });
  };

  return (
    <div className="page page--narrow">
      <h1>Create your account</h1>
      {hasReturnPath(location.state) ? (
        <Notice tone="info">
          Once your account is ready, we'll take you straight back to your invitation.
        </Notice>
      ) : (
        <p className="lead">
          It takes a minute. You can start on your own and invite the other person later, or never.
        </p>
      )}
      <ErrorSummary error={signup.error} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={fieldIds.displayName}
          label="What should we call you?"
          hint="A first name or a nickname is fine. The other person will see it."
          value={displayName}
          onChange={setDisplayName}
          error={errors.fields.displayName}
          autoComplete="nickname"
          maxLength={60}
          autoCapitalize="words"
        />
        <EmailField
          id={fieldIds.email}
          hint="You'll use it to log in."
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
        />
        <PasswordField
          id={fieldIds.password}
          label="Choose a password"
          hint={passwordHint}
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          autoComplete="new-password"
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={signup.isPending}>
            {signup.isPending ? "Creating your account…" : "Create my account"}
          </button>
        </div>
      </form>
      <p className="aside">
        Already have an account?{" "}
        <Link to="/login" state={location.state}>
          Log in
        </Link>
      </p>
    </div>
  );
}
