import type { LoginInput, SessionView, SignupInput } from "@mend/core/accounts/contract";
import type { LoginResultView } from "@mend/core/accounts/second-factor-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { markSignedIn, markSignedOut } from "./session.ts";

export function useSignup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignupInput) => api.post<SessionView>("/api/auth/signup", input),
    onSuccess: ({ account }) => markSignedIn(client, account),
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
