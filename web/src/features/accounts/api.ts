import type {
  AccountSecurityView,
  AccountView,
  ChangeEmailInput,
  ChangeNameInput,
  ChangePasswordInput,
  CredentialChangeView,
  LoginInput,
  PasswordOnlyInput,
  RecoverInput,
  RecoveryCodesView,
  ResetPasswordInput,
  SessionView,
  SignupInput,
  SignupView,
} from "@mend/core/accounts/contract";
import type { LoginResultView } from "@mend/core/accounts/second-factor-contract";
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { rememberAccount } from "./renewal.ts";
import { markSignedIn, markSignedOut, type SessionState, sessionKey } from "./session.ts";

/** `onCodes` receives the recovery codes before the page learns it is signed in, so they can be shown first. */
export function useSignup(onCodes: (codes: string[]) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignupInput) => api.post<SignupView>("/api/auth/signup", input),
    onSuccess: ({ account, recoveryCodes }) => {
      onCodes(recoveryCodes);
      markSignedIn(client, account);
    },
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<LoginResultView>("/api/auth/login", input),
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
  useRefreshingMutation(
    (input: ChangePasswordInput) => api.post<CredentialChangeView>("/api/account/password", input),
    keepAccount,
  );

export const useChangeEmail = () =>
  useRefreshingMutation(
    (input: ChangeEmailInput) => api.post<CredentialChangeView>("/api/account/email", input),
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

export const useMakeRecoveryCodes = () =>
  useRefreshingMutation((input: PasswordOnlyInput) =>
    api.post<RecoveryCodesView>("/api/account/recovery-codes", input),
  );

export const useEndSession = () =>
  useRefreshingMutation((sessionId: string) =>
    api.post<void>(`/api/account/sessions/${segment(sessionId)}/end`),
  );

export const useEndOtherSessions = () =>
  useRefreshingMutation(() => api.post<{ otherSessionsEnded: number }>("/api/account/sessions/end-others"));

export function useRecover() {
  return useMutation({
    mutationFn: (input: RecoverInput) => api.post<void>("/api/auth/recover", input, { renew: false }),
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
    mutationFn: (input: ResetPasswordInput) =>
      api.post<void>("/api/auth/reset-password", input, { renew: false }),
  });
}
