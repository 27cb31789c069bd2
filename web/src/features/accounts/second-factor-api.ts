import type { SessionView } from "@mend/core/accounts/contract";
import type {
  AddPasskeyInput,
  LoginResultView,
  PasskeyOptionsView,
  PasskeyView,
  SecondFactorView,
  SecondStepProof,
  SecondStepRequiredView,
  TotpSetupView,
} from "@mend/core/accounts/second-factor-contract";
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, segment } from "../../api/client.ts";
import { passwordProof, recoveryCodeProofOf } from "../vault/vault-keys.ts";
import { markSignedIn } from "./session.ts";

export type PendingSignIn = SecondStepRequiredView["secondStep"];

export const secondFactorQuery = queryOptions({
  queryKey: ["account", "second-factor"],
  queryFn: () => api.get<SecondFactorView>("/api/account/second-factor"),
});

export function useSecondFactor() {
  return useQuery(secondFactorQuery);
}

/** A browser that cannot make or use a passkey, or a person who closed its prompt, is told so in our words. */
function passkeyProblem(error: unknown, doing: "add" | "use"): ApiError {
  if (error instanceof ApiError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError") {
    return new ApiError(
      400,
      "validation_failed",
      "The passkey request was closed or timed out. Nothing changed; you can try again.",
    );
  }
  if (name === "InvalidStateError") {
    return new ApiError(400, "validation_failed", "This device already holds a passkey for your account.");
  }
  return new ApiError(
    400,
    "validation_failed",
    doing === "add"
      ? "This browser couldn't make a passkey. Try another browser or device."
      : "This browser couldn't use a passkey. Try another way to log in.",
  );
}

/** The WebAuthn helpers load only when a passkey is used: the renewal dialog is on every page. */
const webAuthn = () => import("@simplewebauthn/browser");

/** Asks the browser for a passkey's signature on `options`. */
async function signWithPasskey(options: PasskeyOptionsView["options"]) {
  const { startAuthentication } = await webAuthn();
  try {
    return await startAuthentication({
      optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
    });
  } catch (error) {
    throw passkeyProblem(error, "use");
  }
}

function useRefreshAfter<T, V>(mutationFn: (variables: V) => Promise<T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => client.invalidateQueries({ queryKey: secondFactorQuery.queryKey }),
  });
}

export const useStartTotp = () => useRefreshAfter(() => api.post<TotpSetupView>("/api/account/totp/setup"));

export const useConfirmTotp = () =>
  useRefreshAfter((code: string) => api.post<void>("/api/account/totp/confirm", { code }));

export const useRemoveTotp = () =>
  useRefreshAfter(async (password: string) =>
    api.post<void>("/api/account/totp/remove", { password: await passwordProof(password) }),
  );

export const useAddPasskey = () =>
  useRefreshAfter(async (name: string) => {
    const { options } = await api.post<PasskeyOptionsView>("/api/account/passkeys/options");
    const { startRegistration } = await webAuthn();
    let response: AddPasskeyInput["response"];
    try {
      response = (await startRegistration({
        optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
      })) as AddPasskeyInput["response"];
    } catch (error) {
      throw passkeyProblem(error, "add");
    }
    return api.post<PasskeyView>("/api/account/passkeys", { name, response });
  });

export const useRemovePasskey = () =>
  useRefreshAfter(async ({ id, password }: { id: string; password: string }) =>
    api.post<void>(`/api/account/passkeys/${segment(id)}/remove`, {
      password: await passwordProof(password),
    }),
  );

/** Signing in with a passkey alone: the browser offers the passkeys it holds for Mend. */
export function usePasskeySignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { options } = await api.post<PasskeyOptionsView>("/api/auth/passkey/options", undefined, {
        renew: false,
      });
      const response = await signWithPasskey(options);
      return api.post<SessionView>("/api/auth/passkey", { response }, { renew: false });
    },
    onSuccess: ({ account }) => markSignedIn(client, account),
  });
}

/** Sends the second step's proof; for a passkey, first asks the browser for one of the account's. */
export async function finishSignIn(
  pending: PendingSignIn,
  proof: { kind: "totp" | "recovery_code"; code: string } | { kind: "passkey" },
): Promise<SessionView> {
  let sent: SecondStepProof;
  if (proof.kind === "passkey") {
    const { options } = await api.post<PasskeyOptionsView>(
      "/api/auth/second-step/passkey-options",
      { token: pending.token },
      { renew: false },
    );
    sent = { kind: "passkey", response: (await signWithPasskey(options)) as never };
  } else if (proof.kind === "recovery_code") {
    // Sent as its proof: the code itself would derive the key that unwraps the vault.
    if (proof.code.replace(/[\s-]/g, "") === "") {
      throw new ApiError(400, "validation_failed", "Enter one of your recovery codes.", {
        code: "Enter one of your recovery codes.",
      });
    }
    sent = { kind: "recovery_code", code: await recoveryCodeProofOf(proof.code) };
  } else {
    sent = { kind: "totp", code: proof.code };
  }
  return api.post<SessionView>(
    "/api/auth/second-step",
    { token: pending.token, proof: sent },
    { renew: false },
  );
}

export const needsSecondStep = (result: LoginResultView): result is SecondStepRequiredView =>
  "secondStep" in result;
