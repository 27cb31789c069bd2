import { passwordRules } from "@mend/core/accounts/password-rules";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { configQuery } from "../../app/config.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSignup } from "./api.ts";
import { EmailField } from "./EmailField.tsx";
import { hasReturnPath, returnPath } from "./navigation-state.ts";
import { PasswordField } from "./PasswordField.tsx";
import { RecoveryCodesStep } from "./RecoveryCodesStep.tsx";
import { useSession } from "./session.ts";

const fieldIds = { displayName: "displayName", email: "email", password: "password" };

export const passwordHint = `Use at least ${passwordRules.minLength} characters; ${passwordRules.recommendedLength} or more is better. A few everyday words strung together make a strong passphrase that's easy to remember.`;

/** The invitation a person came from (its page sent them here), which lets them in where sign-up needs one. */
function invitationTokenIn(path: string): string | undefined {
  const match = /^\/join\/([^/?#]+)/.exec(path);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

export function SignupPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const policy = useQuery(configQuery).data?.signup ?? "open";
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const signup = useSignup(setRecoveryCodes);
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const errors = formErrorsFrom(signup.error);
  const invitationToken = invitationTokenIn(returnPath(location.state));
  useDocumentTitle(recoveryCodes ? "Keep your recovery codes" : "Create your account");

  if (recoveryCodes) {
    return (
      <RecoveryCodesStep
        codes={recoveryCodes}
        onDone={() => navigate(returnPath(location.state), { replace: true })}
      />
    );
  }
  if (session.data?.account) return <Navigate to={returnPath(location.state)} replace />;
  if (policy === "closed" || (policy === "invite" && !invitationToken)) {
    return <SignupUnavailable policy={policy} state={location.state} />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!signup.isPending)
      signup.mutate({ displayName, email, password, ...(invitationToken ? { invitationToken } : {}) });
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

/** Where accounts are made only by invitation or by whoever runs this Mend, the page says so instead of a form. */
function SignupUnavailable({ policy, state }: { policy: "invite" | "closed"; state: unknown }) {
  return (
    <div className="page page--narrow">
      <h1>Create your account</h1>
      {policy === "invite" ? (
        <p className="lead">
          On this Mend, new accounts are made through an invitation link. If someone invited you, open the
          link they sent and create your account from there.
        </p>
      ) : (
        <p className="lead">
          On this Mend, accounts are made by whoever runs it. If you'd like one, ask them to make it for you.
        </p>
      )}
      <p className="aside">
        Already have an account?{" "}
        <Link to="/login" state={state}>
          Log in
        </Link>
      </p>
    </div>
  );
}
