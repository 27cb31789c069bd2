import { isApiError } from "../../api/client.ts";
import { usePasskeySignIn } from "./second-factor-api.ts";

/** Logging in with a passkey alone: no email or password, the device's own check instead. */
export function PasskeySignIn() {
  const signIn = usePasskeySignIn();
  return (
    <section className="section" aria-labelledby="passkey-login-title">
      <h2 id="passkey-login-title">Log in with a passkey</h2>
      <p>If you added a passkey to your account, your device can log you in with it.</p>
      {signIn.error && (
        <p className="form-error" role="alert">
          {isApiError(signIn.error) ? signIn.error.message : "That didn't work. Please try again."}
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => signIn.mutate()}
        disabled={signIn.isPending}
      >
        {signIn.isPending ? "Waiting for your passkey…" : "Use a passkey"}
      </button>
    </section>
  );
}
