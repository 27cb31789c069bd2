import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useSession } from "../accounts/session.ts";
import { OpenVaultForm } from "./OpenVaultForm.tsx";
import { fetchVault, type VaultState, vaultKeyOf, vaultQueryKey, vaultStateKey } from "./vault-keys.ts";

/** The signed-in account, whose vault a page reads (every page behind sign-in has one). */
export function useAccountId(): string {
  return useSession().data?.account?.id ?? "";
}

/** Whether this tab holds the vault key of `accountId`, as the page last learned it. */
export function useVaultState(accountId: string): VaultState {
  return (
    useQuery<VaultState>({
      queryKey: vaultStateKey,
      queryFn: () => (vaultKeyOf(accountId) ? "open" : "closed"),
      staleTime: Number.POSITIVE_INFINITY,
    }).data ?? "closed"
  );
}

/**
 * Shows `children` only while the vault is open in this tab; otherwise says why `what` cannot be shown
 * and offers the one step that opens it. Nothing sealed is fetched or shown until then.
 */
export function VaultGate({
  accountId,
  what,
  children,
}: {
  accountId: string;
  what: string;
  children: ReactNode;
}) {
  const isOpen = useVaultState(accountId) === "open" && vaultKeyOf(accountId) !== null;
  const vault = useQuery({ queryKey: vaultQueryKey, queryFn: fetchVault, enabled: !isOpen });
  if (isOpen) return <>{children}</>;
  if (vault.isPending) return <p aria-busy="true">Checking your vault…</p>;
  if (vault.isError) {
    return (
      <p role="alert">Mend could not reach your vault just now. Check your connection and reload the page.</p>
    );
  }
  if (vault.data === null) {
    return <p>{what} is kept in your vault, which opens the next time you log in with your password.</p>;
  }
  if (vault.data.locked && !vault.data.wrappedByPassword) {
    return (
      <p>
        {what} is kept in your vault, which is locked since your password was replaced. Open it again, or
        start a new one, on <Link to="/account">your account page</Link>.
      </p>
    );
  }
  return (
    <OpenVaultForm
      accountId={accountId}
      prompt={`${what} is kept in your vault, which is locked in this tab. Enter your password to open it.`}
    />
  );
}
