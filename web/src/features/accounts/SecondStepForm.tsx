import type { SessionView } from "@mend/core/accounts/contract";
import { type FormEvent, useId, useState } from "react";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { finishSignIn, type PendingSignIn } from "./second-factor-api.ts";

interface Props {
  pending: PendingSignIn;
  onSignedIn: (session: SessionView) => void;
  /** Goes back to the password. */
  onCancel: () => void;
  /** The heading's level: a page's own step, or part of a dialog. */
  headingLevel?: 1 | 3;
}

/**
 * The step after a right password, for an account with an authenticator app or a passkey. It offers
 * each kind of proof the server listed for this account, so a new kind appears here by its own block.
 */
export function SecondStepForm({ pending, onSignedIn, onCancel, headingLevel = 1 }: Props) {
  const [code, setCode] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const [usingRecoveryCode, setUsingRecoveryCode] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<PendingSignIn["methods"][number] | null>(null);
  const codeId = useId();
  const recoveryCodeId = useId();
  const Heading = headingLevel === 1 ? "h1" : "h3";
  const offers = (method: PendingSignIn["methods"][number]) => pending.methods.includes(method);
  const errors = formErrorsFrom(error);

  const finish = async (proof: { kind: "totp" | "recovery_code"; code: string } | { kind: "passkey" }) => {
    if (busy) return;
    setBusy(proof.kind);
    setError(null);
    try {
      onSignedIn(await finishSignIn(pending, proof));
    } catch (failure) {
      setError(failure);
      setBusy(null);
    }
  };

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    void finish({ kind: "totp", code });
  };

  const submitRecoveryCode = (event: FormEvent) => {
    event.preventDefault();
    void finish({ kind: "recovery_code", code: recoveryCode });
  };

  return (
    <div>
      <Heading>One more step</Heading>
      <p>Your password was right. To be sure it's you, we ask for one more thing.</p>
      <ErrorSummary error={error} fieldIds={{ code: usingRecoveryCode ? recoveryCodeId : codeId }} />
      {offers("totp") && (
        <form className="form" onSubmit={submitCode} noValidate>
          <InputField
            id={codeId}
            label="Code from your authenticator app"
            hint="The 6-digit code your app shows for Mend right now."
            value={code}
            onChange={setCode}
            error={usingRecoveryCode ? undefined : errors.fields.code}
            inputClassName="input input--code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={12}
            spellCheck={false}
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy !== null}>
              {busy === "totp" ? "Checking…" : "Continue"}
            </button>
          </div>
        </form>
      )}
      {offers("passkey") && (
        <div className="section">
          <p>
            {offers("totp")
              ? "Or use a passkey you added to your account."
              : "Use a passkey you added to your account."}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void finish({ kind: "passkey" })}
            disabled={busy !== null}
          >
            {busy === "passkey" ? "Waiting for your passkey…" : "Use a passkey"}
          </button>
        </div>
      )}
      {offers("recovery_code") &&
        (usingRecoveryCode ? (
          <form className="form section" onSubmit={submitRecoveryCode} noValidate>
            <InputField
              id={recoveryCodeId}
              label="One of your recovery codes"
              hint="Each code works once. Use one if your phone or key is lost, then set up a new one."
              value={recoveryCode}
              onChange={setRecoveryCode}
              error={errors.fields.code}
              inputClassName="input input--code"
              autoComplete="off"
              spellCheck={false}
            />
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={busy !== null}>
                {busy === "recovery_code" ? "Checking…" : "Continue with this code"}
              </button>
            </div>
          </form>
        ) : (
          <p className="aside">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setError(null);
                setUsingRecoveryCode(true);
              }}
            >
              Lost your phone or key? Use a recovery code
            </button>
          </p>
        ))}
      <p className="aside">
        <button type="button" className="link-button" onClick={onCancel}>
          Start again with your password
        </button>
      </p>
    </div>
  );
}
