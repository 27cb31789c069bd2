import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { api, isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextField } from "../../ui/TextField.tsx";
import { securityKey } from "../accounts/api.ts";
import { PasswordField } from "../accounts/PasswordField.tsx";
import { forgetOpenedVaultText } from "./items.ts";
import { OpenVaultForm } from "./OpenVaultForm.tsx";
import { useVaultState } from "./VaultGate.tsx";
import {
  fetchVault,
  holdsPasswordKey,
  lockVault,
  openLockedWithOldPassword,
  openLockedWithRecoveryCode,
  startNewVault,
  type VaultState,
  vaultQueryKey,
  vaultStateKey,
} from "./vault-keys.ts";

/** What the vault holds: every private word. */
const inTheVault =
  "your journal, unsent letters, private reflections, the private note of a check-in, what you note about a trigger, your reflections after a talk, your readiness and safety answers, what you write on your own path, your decisions until you share a part of one, and everything you draft before sharing it";

/**
 * The account page's part about the vault: who can read it, whether it is open in this tab, a way to
 * lock it at once on a shared device, and, after a recovery or a reset link, the choices a locked vault
 * leaves, each said before anything is lost.
 */
export function VaultSection({ accountId, email }: { accountId: string; email: string }) {
  const client = useQueryClient();
  const vault = useQuery({ queryKey: vaultQueryKey, queryFn: fetchVault });
  const state = useVaultState(accountId);
  const [oldPassword, setOldPassword] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const [confirmNew, setConfirmNew] = useState(false);
  const [confirmForget, setConfirmForget] = useState(false);

  const settle = (next: VaultState) => {
    client.setQueryData(vaultStateKey, next);
    setOldPassword("");
    setRecoveryCode("");
    return Promise.all([
      client.invalidateQueries({ queryKey: vaultQueryKey }),
      // A code spent here leaves one fewer, which the recovery codes section shows.
      client.invalidateQueries({ queryKey: securityKey }),
    ]);
  };
  const openOld = useMutation({
    mutationFn: () => openLockedWithOldPassword(accountId, oldPassword),
    onSuccess: settle,
  });
  const openByCode = useMutation({
    mutationFn: () => openLockedWithRecoveryCode(accountId, email, recoveryCode),
    onSuccess: settle,
  });
  const startNew = useMutation({
    mutationFn: () => startNewVault(accountId),
    onSuccess: async (next) => {
      setConfirmNew(false);
      await settle(next);
    },
  });
  const forget = useMutation({
    mutationFn: () => api.post("/api/vault/forget-locked"),
    onSuccess: async () => {
      setConfirmForget(false);
      await settle(state);
    },
  });

  const lockNow = () => {
    lockVault();
    forgetOpenedVaultText(client);
    client.setQueryData(vaultStateKey, "closed");
  };

  const submitOld = (event: FormEvent) => {
    event.preventDefault();
    if (!openOld.isPending) openOld.mutate();
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (!openByCode.isPending) openByCode.mutate();
  };

  const locked = vault.data?.locked ?? null;
  const needsCurrent = !holdsPasswordKey();
  const oldErrors = formErrorsFrom(openOld.error);
  const codeErrors = formErrorsFrom(openByCode.error);

  return (
    <section className="section" aria-labelledby="vault-title">
      <h2 id="vault-title">Your vault</h2>
      <p>
        Your password never reaches this Mend's server: your browser makes a key from it, and keeps your
        vault's key locked with that. What goes in the vault is locked the same way, so neither the person who
        runs this Mend, nor anyone with a copy of its database or backups, nor the other person can read it.
        It cannot hide that you keep something there, how much and when (from whoever runs this Mend, never
        from the other person), and it cannot protect you if whoever runs this Mend changes the app your
        browser loads.
      </p>
      <p>
        <strong>In your vault:</strong> {inTheVault}.
      </p>
      <p>
        <strong>Not in it:</strong> the date you chose to look at a decision again, which this Mend needs in
        order to remind you. The other person never sees it, but whoever runs this Mend could read it.
      </p>
      {vault.data === null && <p>Your vault opens the next time you log in with your password.</p>}
      {vault.data && !locked && state === "open" && (
        <>
          <p>
            Your vault is open in this tab. Lock it now on a shared device: this tab then forgets its key.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={lockNow}>
              Lock the vault now
            </button>
          </div>
        </>
      )}
      {vault.data && !locked && state !== "open" && (
        <OpenVaultForm
          accountId={accountId}
          prompt="Your vault is locked in this tab. Enter your password to open it."
        />
      )}
      {locked && (
        <div>
          <p>
            <strong>Your earlier vault is locked.</strong> Your password was replaced with a reset link or a
            recovery code from before your vault, and a new password cannot open what the old one locked.
            Nothing in it has been deleted.
          </p>
          <p>
            Open it with one of your recovery codes (made while the vault was open), or with your old password
            if you remember it: either way it opens with your current password from then on, and a code you
            use here is spent. You can also start a new, empty vault: the earlier one stays here, locked,
            until you choose to delete it.
          </p>
          {needsCurrent && (
            // The key from the current password is held only since a sign-in, where the server checked
            // it: sealing the vault under a mistyped password here would lose it at the next sign-in.
            <p>To open or replace your earlier vault, log out and log in again with your current password.</p>
          )}
          <form className="form" onSubmit={submitCode} noValidate aria-labelledby="vault-code-title">
            <h3 id="vault-code-title">Open your vault with a recovery code</h3>
            <ErrorSummary error={openByCode.error} fieldIds={{ recoveryCode: "vault-recovery-code" }} />
            <TextField
              id="vault-recovery-code"
              label="Recovery code"
              hint="Type it as it's written; spaces and dashes don't matter."
              value={recoveryCode}
              onChange={setRecoveryCode}
              error={codeErrors.fields.recoveryCode}
              autoComplete="one-time-code"
              spellCheck={false}
              autoCapitalize="off"
              maxLength={200}
            />
            <div className="button-row">
              <button
                type="submit"
                className="button button--primary"
                disabled={openByCode.isPending || needsCurrent || recoveryCode.trim() === ""}
              >
                {openByCode.isPending ? "Opening…" : "Open with this code"}
              </button>
            </div>
          </form>
          <form className="form" onSubmit={submitOld} noValidate aria-labelledby="vault-old-title">
            <h3 id="vault-old-title">Or open it with the password you had before</h3>
            <ErrorSummary error={openOld.error} fieldIds={{ oldPassword: "vault-old-password" }} />
            <PasswordField
              id="vault-old-password"
              label="Your old password"
              value={oldPassword}
              onChange={setOldPassword}
              error={oldErrors.fields.oldPassword}
              autoComplete="current-password"
            />
            <div className="button-row">
              <button
                type="submit"
                className="button button--primary"
                disabled={openOld.isPending || needsCurrent}
              >
                {openOld.isPending ? "Opening…" : "Open my earlier vault"}
              </button>
              {!vault.data?.wrappedByPassword && (
                <button
                  type="button"
                  className="button"
                  disabled={needsCurrent}
                  onClick={() => setConfirmNew(true)}
                >
                  Start a new, empty vault
                </button>
              )}
              <button type="button" className="button button--danger" onClick={() => setConfirmForget(true)}>
                Delete the earlier vault
              </button>
            </div>
          </form>
        </div>
      )}
      <ConfirmDialog
        open={confirmNew}
        title="Start a new, empty vault?"
        confirmLabel="Start a new vault"
        pendingLabel="Starting…"
        cancelLabel="Not now"
        tone="primary"
        pending={startNew.isPending}
        error={
          startNew.error
            ? isApiError(startNew.error)
              ? startNew.error.message
              : "That didn't work. Try again."
            : null
        }
        onConfirm={() => startNew.mutate()}
        onCancel={() => setConfirmNew(false)}
      >
        <p>
          Your earlier vault stays here, locked, and nothing in it is deleted: you can still open it with a
          recovery code or your old password until you choose to delete it. What you keep in the new vault is
          separate: opening the earlier one later makes it your vault again, in place of the new one.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmForget}
        title="Delete the earlier vault for good?"
        confirmLabel="Delete it for good"
        pendingLabel="Deleting…"
        cancelLabel="Keep it"
        pending={forget.isPending}
        error={
          forget.error
            ? isApiError(forget.error)
              ? forget.error.message
              : "That didn't work. Try again."
            : null
        }
        onConfirm={() => forget.mutate()}
        onCancel={() => setConfirmForget(false)}
      >
        <p>
          Its key is deleted, so nobody, you included, can ever read what it holds again. This cannot be
          undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
