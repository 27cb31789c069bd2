import type { PasskeyView, TotpSetupView } from "@mend/core/accounts/second-factor-contract";
import QRCode from "qrcode";
import { type FormEvent, useEffect, useId, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { formatDate, formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { PasswordCheckDialog } from "./PasswordCheckDialog.tsx";
import {
  useAddPasskey,
  useConfirmTotp,
  useRemovePasskey,
  useRemoveTotp,
  useSecondFactor,
  useStartTotp,
} from "./second-factor-api.ts";

const endsOtherSessions = "You'll stay logged in here; Mend logs you out everywhere else.";

/** The account page's "Two-step sign-in": an authenticator app and passkeys. */
export function SecondFactorSection() {
  const status = useSecondFactor();
  return (
    <section className="section" aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">Keep your account yours</h2>
      <p>
        With an authenticator app or a passkey, your password alone is not enough to log in: someone who knows
        or guesses it still can't get in.
      </p>
      {status.isPending ? (
        <LoadingState label="Loading your sign-in methods…" />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <>
          <AuthenticatorApp enabled={status.data.totp.enabled} />
          <Passkeys passkeys={status.data.passkeys} />
        </>
      )}
    </section>
  );
}

function AuthenticatorApp({ enabled }: { enabled: boolean }) {
  const start = useStartTotp();
  const remove = useRemoveTotp();
  const [setup, setSetup] = useState<TotpSetupView | null>(null);
  const [removing, setRemoving] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  return (
    <div className="section">
      <h3>Authenticator app</h3>
      {done && <Notice>{done}</Notice>}
      {enabled ? (
        <>
          <p>
            <strong>On.</strong> After your password, Mend asks for the code your app shows.
          </p>
          <button type="button" className="button button--secondary" onClick={() => setRemoving(true)}>
            Turn off the authenticator app
          </button>
        </>
      ) : setup ? (
        <TotpSetup
          setup={setup}
          onDone={() => {
            setSetup(null);
            setDone(`Your authenticator app is on. ${endsOtherSessions}`);
          }}
          onCancel={() => setSetup(null)}
        />
      ) : (
        <>
          <p>Use an app like Aegis, 2FAS, Google Authenticator or your password manager to make codes.</p>
          {start.error && (
            <p className="form-error" role="alert">
              {isApiError(start.error) ? start.error.message : "That didn't work. Please try again."}
            </p>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={start.isPending}
            onClick={() =>
              start.mutate(undefined, {
                onSuccess: (view) => {
                  setDone(null);
                  setSetup(view);
                },
              })
            }
          >
            {start.isPending ? "Starting…" : "Set up an authenticator app"}
          </button>
        </>
      )}
      <PasswordCheckDialog
        open={removing}
        title="Turn off the authenticator app?"
        explanation={`Your password alone will be enough to log in again. ${endsOtherSessions}`}
        confirmLabel="Turn it off"
        pendingLabel="Turning off…"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={(password) =>
          remove.mutate(password, {
            onSuccess: () => {
              setRemoving(false);
              setDone(`Your authenticator app is off. ${endsOtherSessions}`);
            },
          })
        }
        onCancel={() => {
          remove.reset();
          setRemoving(false);
        }}
      />
    </div>
  );
}

function TotpSetup({
  setup,
  onDone,
  onCancel,
}: {
  setup: TotpSetupView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const confirm = useConfirmTotp();
  const [code, setCode] = useState("");
  const [qr, setQr] = useState<string | null>(null);
  const codeId = useId();
  const errors = formErrorsFrom(confirm.error);

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(setup.uri, { margin: 1, width: 240 })
      .then((url) => current && setQr(url))
      .catch(() => current && setQr(null));
    return () => {
      current = false;
    };
  }, [setup.uri]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirm.isPending) confirm.mutate(code, { onSuccess: onDone });
  };

  return (
    <div>
      <ol>
        <li>
          In your authenticator app, add an account and scan this code.
          {qr && <img className="qr-code" src={qr} alt="QR code for setting up your authenticator app" />}
        </li>
        <li>
          Can't scan it? Type this key into the app instead:{" "}
          <code className="totp-secret">{setup.secret}</code>
        </li>
        <li>Enter the 6-digit code the app shows for Mend.</li>
      </ol>
      <ErrorSummary error={confirm.error} fieldIds={{ code: codeId }} />
      <form className="form" onSubmit={submit} noValidate>
        <InputField
          id={codeId}
          label="Code from your authenticator app"
          value={code}
          onChange={setCode}
          error={errors.fields.code}
          inputClassName="input input--code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          spellCheck={false}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={confirm.isPending}>
            {confirm.isPending ? "Checking…" : "Turn on"}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}

function Passkeys({ passkeys }: { passkeys: PasskeyView[] }) {
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState("");
  const [removing, setRemoving] = useState<PasskeyView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const nameId = useId();
  const errors = formErrorsFrom(add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    setDone(null);
    add.mutate(name, {
      onSuccess: (passkey) => {
        setName("");
        setDone(`“${passkey.name}” is added. ${endsOtherSessions}`);
      },
    });
  };

  return (
    <div className="section">
      <h3>Passkeys</h3>
      <p>
        A passkey lives on your phone, computer or security key and is unlocked with your fingerprint, face or
        PIN. It logs you in without a password, and can be the second step after one.
      </p>
      {done && <Notice>{done}</Notice>}
      {passkeys.length === 0 ? (
        <p className="muted">You haven't added a passkey yet.</p>
      ) : (
        <ul className="summary-list" aria-label="Your passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="summary-list__row">
              <div>
                <strong className="break-anywhere">{passkey.name}</strong>
                <div className="muted">
                  Added {formatDate(passkey.createdAt)} ·{" "}
                  {passkey.lastUsedAt ? `last used ${formatDateTime(passkey.lastUsedAt)}` : "not used yet"}
                </div>
              </div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setRemoving(passkey)}
                aria-label={`Remove ${passkey.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary error={add.error} fieldIds={{ name: nameId }} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={nameId}
          label="Name for a new passkey"
          hint="So you can tell them apart, like “My phone”."
          value={name}
          onChange={setName}
          error={errors.fields.name}
          maxLength={60}
        />
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={add.isPending}>
            {add.isPending ? "Waiting for your device…" : "Add a passkey"}
          </button>
        </div>
      </form>
      <PasswordCheckDialog
        open={removing !== null}
        title={`Remove “${removing?.name ?? ""}”?`}
        explanation={`This passkey won't log you in any more. ${endsOtherSessions}`}
        confirmLabel="Remove passkey"
        pendingLabel="Removing…"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={(password) => {
          if (!removing) return;
          remove.mutate(
            { id: removing.id, password },
            {
              onSuccess: () => {
                setDone(`“${removing.name}” is removed. ${endsOtherSessions}`);
                setRemoving(null);
              },
            },
          );
        }}
        onCancel={() => {
          remove.reset();
          setRemoving(null);
        }}
      />
    </div>
  );
}
