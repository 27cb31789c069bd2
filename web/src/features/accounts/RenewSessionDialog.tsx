import type { AccountView } from "@mend/core/accounts/contract";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { api } from "../../api/client.ts";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { Modal } from "../../ui/Modal.tsx";
import { openVault, vaultStateKey } from "../vault/vault-keys.ts";
import { signIn as signInWithPassword } from "./api.ts";
import { PasswordField } from "./PasswordField.tsx";
import { finishRenewal, useRenewal } from "./renewal.ts";
import { SecondStepForm } from "./SecondStepForm.tsx";
import { needsSecondStep, type PendingSignIn } from "./second-factor-api.ts";
import { markSignedOut, type SessionState, sessionKey } from "./session.ts";

/**
 * Asks for the password in place when the session ended while the person was writing. The page and
 * its text stay where they are; once they are signed in again as the same person, what was waiting is
 * sent again. Escape does not close it: leaving is a choice, and it says what it costs.
 */
export function RenewSessionDialog() {
  const { asking } = useRenewal();
  const client = useQueryClient();
  const bodyId = useId();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [secondStep, setSecondStep] = useState<PendingSignIn | null>(null);

  useEffect(() => {
    if (!asking) return;
    setPassword("");
    setError(null);
    setLeaving(false);
    setSecondStep(null);
  }, [asking]);

  if (!asking) return null;

  const signedInAs = async (account: AccountView) => {
    if (account.id !== asking.id) {
      // Not the person who wrote this: nothing of theirs is saved into this account.
      await api.post("/api/auth/logout", undefined, { renew: false }).catch(() => undefined);
      finishRenewal(false);
      markSignedOut(client, "expired");
      return;
    }
    client.setQueryData<SessionState>(sessionKey, { account });
    // The password just typed opens the vault again if this tab had it closed.
    void openVault(account.id)
      .catch(() => "closed" as const)
      .then((state) => client.setQueryData(vaultStateKey, state));
    finishRenewal(true);
    void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  };

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await signInWithPassword(asking.email, password);
      if (needsSecondStep(result)) setSecondStep(result.secondStep);
      else await signedInAs(result.account);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  const leave = () => {
    finishRenewal(false);
    markSignedOut(client, "expired");
  };

  const errors = formErrorsFrom(error);
  const fieldError = errors.fields.password ?? errors.fields.email ?? errors.message ?? undefined;

  return (
    <Modal
      open
      title={leaving ? "Leave without saving?" : "Log in again to save"}
      describedBy={bodyId}
      busy
      onClose={() => {}}
    >
      {leaving ? (
        <>
          <p id={bodyId}>
            What you wrote on this page has not been saved. If you leave now, it is gone from this device.
          </p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={leave}>
              Leave and lose it
            </button>
            <button type="button" className="button button--secondary" onClick={() => setLeaving(false)}>
              Go back
            </button>
          </div>
        </>
      ) : secondStep ? (
        <SecondStepForm
          pending={secondStep}
          headingLevel={3}
          onSignedIn={({ account }) => void signedInAs(account)}
          onCancel={() => {
            setSecondStep(null);
            setPassword("");
          }}
        />
      ) : (
        <form className="form" onSubmit={signIn} noValidate>
          <p id={bodyId}>
            You were logged out, so nothing could be saved. What you wrote is still here. Enter the password
            for <strong>{asking.email}</strong> and we'll save it.
          </p>
          <PasswordField
            id="renew-password"
            label="Password"
            value={password}
            onChange={setPassword}
            error={fieldError}
            autoComplete="current-password"
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending}>
              {pending ? "Logging in…" : "Log in and save"}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setLeaving(true)}>
              Leave without saving
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
