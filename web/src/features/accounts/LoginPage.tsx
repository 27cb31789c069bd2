import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { configQuery } from "../../app/config.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useLogin } from "./api.ts";
import { EmailField } from "./EmailField.tsx";
import { hasReturnPath, noticeFrom, reasonFrom, returnPath, signedOutNotices } from "./navigation-state.ts";
import { PasskeySignIn } from "./PasskeySignIn.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { SecondStepForm } from "./SecondStepForm.tsx";
import { needsSecondStep, type PendingSignIn } from "./second-factor-api.ts";
import { markSignedIn, useSession } from "./session.ts";

const fieldIds = { email: "email", password: "password" };

export function LoginPage() {
  useDocumentTitle("Log in");
  const location = useLocation();
  const session = useSession();
  const login = useLogin();
  const client = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState<PendingSignIn | null>(null);
  const errors = formErrorsFrom(login.error);
  const reason = reasonFrom(location.state);
  const notice = noticeFrom(location.state);
  const policy = useQuery(configQuery).data?.signup ?? "open";

  if (session.data?.account) return <Navigate to={returnPath(location.state)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    login.mutate(
      { email, password },
      { onSuccess: (result) => setPending(needsSecondStep(result) ? result.secondStep : null) },
    );
  };

  if (pending) {
    return (
      <div className="page page--narrow">
        <SecondStepForm
          pending={pending}
          onSignedIn={({ account }) => markSignedIn(client, account)}
          onCancel={() => {
            setPending(null);
            setPassword("");
            login.reset();
          }}
        />
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>Log in</h1>
      {reason && !login.error && <Notice tone="info">{signedOutNotices[reason]}</Notice>}
      {notice && !login.error && <Notice>{notice}</Notice>}
      {!reason && !notice && hasReturnPath(location.state) && (
        <Notice tone="info">Log in to carry on. We'll take you back to where you were.</Notice>
      )}
      <ErrorSummary error={login.error} fieldIds={fieldIds} />
      <form className="form" onSubmit={submit} noValidate>
        <EmailField id={fieldIds.email} value={email} onChange={setEmail} error={errors.fields.email} />
        <PasswordField
          id={fieldIds.password}
          label="Password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          autoComplete="current-password"
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={login.isPending}>
            {login.isPending ? "Logging in…" : "Log in"}
          </button>
        </div>
      </form>
      <PasskeySignIn />
      <p className="aside">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      {policy === "open" && (
        <p className="aside">
          New to Mend?{" "}
          <Link to="/signup" state={location.state}>
            Create an account
          </Link>
        </p>
      )}
      {policy === "invite" && (
        <p className="aside">
          New here? Accounts on this Mend are made through an invitation link: open the one you were sent.
        </p>
      )}
      {policy === "closed" && (
        <p className="aside">
          New here? Accounts on this Mend are made by whoever runs it: ask them for one.
        </p>
      )}
    </div>
  );
}
