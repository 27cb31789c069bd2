import type {
  AccountSecurityView,
  AccountView,
  ChangeEmailInput,
  ChangeNameInput,
  ChangePasswordInput,
  CredentialChangeView,
  LoginInput,
  PasswordOnlyInput,
  RecoverForm,
  RecoveryCodesView,
  ResetPasswordInput,
  SessionView,
  SignupInput,
} from "@mend/core/accounts/contract";
import type { LoginResultView } from "@mend/core/accounts/second-factor-contract";
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, isApiError, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import {
  fetchVault,
  holdPasswordKey,
  keysForNewPassword,
  keysForSignIn,
  makeRecoveryCodesHere,
  openVault,
  openWithPassword,
  passwordChange,
  passwordProof,
  recoveryWithCode,
  vaultKeyOf,
} from "../vault/vault-keys.ts";
import { rememberAccount } from "./renewal.ts";
import { markSignedIn, markSignedOut, type SessionState, sessionKey } from "./session.ts";

/**
 * The contract's schemas (and the password policy's word list with them) come with the forms that
 * need them, not with the first page, which loads this file for its log-out button.
 */
const contract = () => import("@mend/core/accounts/contract");

/** `onCodes` receives the recovery codes before the page learns it is signed in, so they can be shown first. */
export function useSignup(onCodes: (codes: string[]) => void) {
  const client = useQueryClient();
  return useMutation({
    // The password never leaves the browser: the server gets the authentication key derived from it.
    mutationFn: async (typed: SignupInput) => {
      // The server sees only the derived key, so the password's rules are checked here first.
      const input = parseOrRefuse((await contract()).signupInput, typed);
      const keys = await keysForNewPassword(input.password);
      const view = await api.post<SessionView>("/api/auth/signup", {
        ...input,
        password: keys.authSecret,
        keySettings: keys.settings,
      });
      holdPasswordKey(keys.keyEncryptionKey);
      // The vault key first, then the codes: each code wraps it, so any one of them opens the vault later.
      await openVault(view.account.id);
      const made = await makeRecoveryCodesHere(view.account.id);
      await api.post<RecoveryCodesView>("/api/account/recovery-codes", {
        password: keys.authSecret,
        codes: made.stored,
      });
      return { account: view.account, recoveryCodes: made.codes };
    },
    onSuccess: ({ account, recoveryCodes }) => {
      onCodes(recoveryCodes);
      markSignedIn(client, account);
    },
  });
}

/**
 * Signs in with the authentication key derived from the password. While some accounts on this Mend
 * still sign in the old way, a refusal is tried once more with the password itself beside the key:
 * that moves such an account to the new way (and, for any other, is refused again).
 */
export async function signIn(email: string, password: string): Promise<LoginResultView> {
  // The server would say this of an empty password, but it only ever sees the key derived from one.
  if (password === "") {
    throw new ApiError(400, "validation_failed", "Enter your password.", {
      password: "Enter your password.",
    });
  }
  const keys = await keysForSignIn(email, password);
  let result: LoginResultView;
  try {
    result = await api.post<LoginResultView>(
      "/api/auth/login",
      { email, password: keys.authSecret },
      { renew: false },
    );
  } catch (error) {
    if (!keys.upgradeOpen || !isApiError(error, "validation_failed")) throw error;
    result = await api.post<LoginResultView>(
      "/api/auth/login",
      { email, password: keys.authSecret, legacyPassword: password },
      { renew: false },
    );
  }
  holdPasswordKey(keys.keyEncryptionKey);
  return result;
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => signIn(input.email, input.password),
    // An account with a second step is signed in only once that step is done (SecondStepForm).
    onSuccess: (result) => {
      if ("account" in result) markSignedIn(client, result.account);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/api/auth/logout", undefined, { renew: false }),
    onSuccess: () => markSignedOut(client, "logged-out"),
  });
}

export function useLogoutEverywhere() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/api/auth/logout-everywhere", undefined, { renew: false }),
    onSuccess: () => markSignedOut(client, "logged-out-everywhere"),
  });
}

export const securityKey = ["account-security"] as const;

export const securityQuery = queryOptions({
  queryKey: securityKey,
  queryFn: () => api.get<AccountSecurityView>("/api/account/security"),
});

/** After a change, the session and the account page's lists are fetched afresh. */
function useRefreshingMutation<Input, Output>(
  mutationFn: (input: Input) => Promise<Output>,
  onDone?: (output: Output, client: QueryClient) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (output) => {
      onDone?.(output, client);
      return client.invalidateQueries({ queryKey: securityKey });
    },
  });
}

const keepAccount = (view: { account: AccountView }, client: QueryClient) =>
  client.setQueryData<SessionState>(sessionKey, { account: view.account });

export const useChangePassword = () =>
  useRefreshingMutation(async ({ accountId, ...typed }: ChangePasswordInput & { accountId: string }) => {
    const input = parseOrRefuse((await contract()).changePasswordInput, typed);
    return api.post<CredentialChangeView>(
      "/api/account/password",
      await passwordChange(accountId, input.currentPassword, input.newPassword),
    );
  }, keepAccount);

export const useChangeEmail = () =>
  useRefreshingMutation(
    async (input: ChangeEmailInput) =>
      api.post<CredentialChangeView>("/api/account/email", {
        ...input,
        password: await passwordProof(input.password),
      }),
    (view, client) => {
      rememberAccount(view.account);
      keepAccount(view, client);
    },
  );

export const useChangeName = () =>
  useRefreshingMutation(
    (input: ChangeNameInput) => api.post<SessionView>("/api/account/name", input),
    keepAccount,
  );

/**
 * New codes are made here, in the browser. When the vault is closed in this tab (a passkey sign-in, a
 * reload, "Lock the vault now"), the password typed to confirm opens it first, so every new code wraps
 * the vault key; a wrong password is caught there, before anything is sent.
 */
export const useMakeRecoveryCodes = (accountId: string, onOpened: () => void) =>
  useRefreshingMutation(async (input: PasswordOnlyInput) => {
    const vault = await fetchVault();
    if (vault?.wrappedByPassword && !vaultKeyOf(accountId)) {
      await openWithPassword(accountId, input.password);
      onOpened();
    }
    const made = await makeRecoveryCodesHere(accountId);
    const view = await api.post<RecoveryCodesView>("/api/account/recovery-codes", {
      password: await passwordProof(input.password),
      codes: made.stored,
    });
    return { ...view, codes: made.codes };
  });

export const useEndSession = () =>
  useRefreshingMutation((sessionId: string) =>
    api.post<void>(`/api/account/sessions/${segment(sessionId)}/end`),
  );

export const useEndOtherSessions = () =>
  useRefreshingMutation(() => api.post<{ otherSessionsEnded: number }>("/api/account/sessions/end-others"));

export function useRecover() {
  return useMutation({
    // A code made while the vault was open wraps its key: it is opened here and sealed again for the new
    // password, so the vault stays open. A code from before the vault cannot: the vault is then locked.
    mutationFn: async (typed: RecoverForm) => {
      const input = parseOrRefuse((await contract()).recoverForm, typed);
      const { opensVault, ...sent } = await recoveryWithCode(
        input.email,
        input.recoveryCode,
        input.newPassword,
      );
      await api.post<void>("/api/auth/recover", { email: input.email, ...sent }, { renew: false });
      return { opensVault };
    },
  });
}

/** Whether the reset link this page was opened with can still be used; asking does not use it. */
export function useResetLinkCheck(token: string) {
  return useQuery({
    queryKey: ["reset-link-check"],
    queryFn: () => api.post<void>("/api/auth/reset-password/check", { token }, { renew: false }),
    enabled: token !== "",
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: async (typed: ResetPasswordInput) => {
      const input = parseOrRefuse((await contract()).resetPasswordInput, typed);
      const keys = await keysForNewPassword(input.newPassword);
      return api.post<void>(
        "/api/auth/reset-password",
        { ...input, newPassword: keys.authSecret, newKeys: { settings: keys.settings } },
        { renew: false },
      );
    },
  });
}
