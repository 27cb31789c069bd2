import type { AccountView, SessionView } from "@mend/core/accounts/contract";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, api } from "../../api/client.ts";
import { lockVault, openVault, vaultStateKey } from "../vault/vault-keys.ts";
import { rememberAccount } from "./renewal.ts";

/** Why nobody is signed in, when we know: it decides where the person lands and what we tell them. */
export type SignedOutReason = "logged-out" | "logged-out-everywhere" | "expired";

export interface SessionState {
  account: AccountView | null;
  /** Set only when nobody is signed in and we know why. */
  reason?: SignedOutReason;
}

export const sessionKey = ["session"] as const;

async function fetchSession(): Promise<SessionState> {
  try {
    const { account } = await api.get<SessionView>("/api/auth/session");
    rememberAccount(account);
    return { account };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { account: null };
    throw error;
  }
}

export const sessionQuery = queryOptions({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 30_000 });

export function useSession() {
  return useQuery(sessionQuery);
}

/** Forgets everything fetched for an account, keeping only the public settings. */
function forgetPrivateData(client: QueryClient) {
  client.removeQueries({
    predicate: (query) => query.queryKey[0] !== "config" && query.queryKey[0] !== sessionKey[0],
  });
  client.getMutationCache().clear();
}

export function markSignedIn(client: QueryClient, account: AccountView) {
  rememberAccount(account);
  forgetPrivateData(client);
  client.setQueryData<SessionState>(sessionKey, { account });
  // Every way in passes here; after a password sign-in the key from it opens (or makes) the vault.
  void openVault(account.id)
    .catch(() => "closed" as const)
    .then((state) => client.setQueryData(vaultStateKey, state));
}

export function markSignedOut(client: QueryClient, reason: SignedOutReason) {
  lockVault();
  const current = client.getQueryData<SessionState>(sessionKey);
  // A later "not signed in" answer must not overwrite the reason of a deliberate log out.
  if (current && current.account === null && current.reason) return;
  rememberAccount(null);
  forgetPrivateData(client);
  client.setQueryData<SessionState>(sessionKey, { account: null, reason });
}
