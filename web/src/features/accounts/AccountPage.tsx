import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { isApiError } from "../../api/client.ts";
import { configQuery } from "../../app/config.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DeleteAccount } from "../ending/DeleteAccount.tsx";
import { VaultSection } from "../vault/VaultSection.tsx";
import { AccountHistory } from "./AccountHistory.tsx";
import { securityQuery, useLogout, useLogoutEverywhere } from "./api.ts";
import { ChangePasswordSection } from "./ChangePasswordSection.tsx";
import { ProfileSection } from "./ProfileSection.tsx";
import { RecoveryCodesSection } from "./RecoveryCodesSection.tsx";
import { SecondFactorSection } from "./SecondFactorSection.tsx";
import { SessionsSection } from "./SessionsSection.tsx";
import { useSession } from "./session.ts";
import { ThemeChoice } from "./ThemeChoice.tsx";

const errorText = (error: unknown) =>
  error ? (isApiError(error) ? error.message : "That didn't work. Please try again.") : null;

export function AccountPage() {
  useDocumentTitle("Your account");
  const account = useSession().data?.account;
  const logout = useLogout();
  const everywhere = useLogoutEverywhere();
  const [confirming, setConfirming] = useState(false);
  const version = useQuery(configQuery).data?.version;
  const security = useQuery(securityQuery);

  if (!account) return null;

  return (
    <div className="page page--narrow">
      <h1>Your account</h1>
      <ProfileSection account={account} />
      <ChangePasswordSection />
      {security.isPending && <LoadingState label="Loading where you're logged in…" />}
      {security.isError && (
        <ErrorState
          title="We couldn't load where you're logged in"
          error={security.error}
          onRetry={() => void security.refetch()}
        />
      )}
      {security.data && (
        <>
          <SessionsSection sessions={security.data.sessions} />
          <RecoveryCodesSection
            accountId={account.id}
            codesLeft={security.data.recoveryCodesLeft}
            codesOpenVault={security.data.recoveryCodesOpenVault}
          />
          <AccountHistory history={security.data.history} />
        </>
      )}

      <section className="section" aria-labelledby="privacy-title">
        <h2 id="privacy-title">What the other person can see</h2>
        <p>
          In a shared space, the other person sees the name above and the part each of you plays in the
          repair. Mend never shows them when you're online, when you've read something, where you are or which
          device you use.
        </p>
      </section>

      <VaultSection accountId={account.id} email={account.email} />

      <SecondFactorSection />

      <section className="section" aria-labelledby="reminders-title">
        <h2 id="reminders-title">Reminders</h2>
        <p>
          Choose whether Mend reminds you of what is waiting for you, on this device or by email. The other
          person never learns whether you did.
        </p>
        <p>
          <Link to="/account/reminders">Reminder settings</Link>
        </p>
      </section>

      <ThemeChoice />

      <section className="section" aria-labelledby="logout-title">
        <h2 id="logout-title">Log out</h2>
        <p>Log out of Mend on this device. Your spaces stay as they are.</p>
        {logout.error && (
          <p className="form-error" role="alert">
            {errorText(logout.error)}
          </p>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {logout.isPending ? "Logging out…" : "Log out"}
        </button>
      </section>

      <section className="section" aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">Log out of every device</h2>
        <p>
          If you've used Mend on a shared computer, or on a phone you've lost or no longer trust, this logs
          you out everywhere at once, including here. You'll need your password to log back in.
        </p>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Log out of every device
        </button>
      </section>

      <ConfirmDialog
        open={confirming}
        title="Log out of every device?"
        confirmLabel="Log out everywhere"
        cancelLabel="Cancel"
        pendingLabel="Logging out…"
        pending={everywhere.isPending}
        error={errorText(everywhere.error)}
        onConfirm={() => everywhere.mutate()}
        onCancel={() => {
          everywhere.reset();
          setConfirming(false);
        }}
      >
        <p>
          This ends every session on your account, on every phone, tablet and computer, this one included.
          Anyone using your account elsewhere will be asked for the password the next time they do anything.
        </p>
      </ConfirmDialog>

      <DeleteAccount />

      {version && (
        <footer className="section">
          <p className="muted">Mend {version}</p>
        </footer>
      )}
    </div>
  );
}
