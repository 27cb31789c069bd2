import type { AccountSecurityView, CredentialEventKind } from "@mend/core/accounts/contract";
import { formatDateTime } from "../../ui/dates.ts";

const happened: Record<CredentialEventKind, string> = {
  password_changed: "Password changed",
  email_changed: "Email changed",
  name_changed: "Name changed",
  recovery_codes_made: "Recovery codes made",
  recovered_with_code: "New password chosen with a recovery code",
  reset_link_made: "Reset link made by whoever runs this Mend",
  password_reset_by_link: "New password chosen through a reset link",
  signed_out_everywhere: "Logged out everywhere",
  other_sessions_ended: "Logged out everywhere else",
  session_ended: "Logged out one other place",
  account_disabled: "Account switched off by whoever runs this Mend",
  account_enabled: "Account switched back on by whoever runs this Mend",
  account_created_by_operator: "Account made by whoever runs this Mend",
  authenticator_app_added: "Authenticator app added",
  authenticator_app_removed: "Authenticator app removed",
  passkey_added: "Passkey added",
  passkey_removed: "Passkey removed",
  recovery_code_used_to_log_in: "Logged in with a recovery code instead of the second step",
  recovery_code_used_to_open_vault: "Locked vault opened with a recovery code",
};

/** What happened to signing in to this account, newest first; only its owner ever sees it. */
export function AccountHistory({ history }: { history: AccountSecurityView["history"] }) {
  return (
    <section className="section" aria-labelledby="history-title">
      <h2 id="history-title">Your account's history</h2>
      <p>Changes to how you log in. Only you see this. If something here wasn't you, change your password.</p>
      {history.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">What happened</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {history.map((event) => (
                <tr key={event.id}>
                  <th scope="row">{happened[event.kind]}</th>
                  <td>{formatDateTime(event.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
