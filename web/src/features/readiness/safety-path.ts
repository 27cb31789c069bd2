import { assessReadiness, type ReadinessResult } from "@mend/core/readiness/index";
import { useQuery } from "@tanstack/react-query";
import { journeyQuery } from "../journey/api.ts";
import { spaceQuery } from "../spaces/api.ts";
import { useAccountId, useVaultState } from "../vault/VaultGate.tsx";
import { vaultKeyOf } from "../vault/vault-keys.ts";
import { ownReadinessQuery } from "./api.ts";

export interface OwnReadiness {
  /**
   * What this person's latest check found: null when they have not taken it, undefined while not yet
   * known (loading, failed, or the vault locked in this tab).
   */
  result: ReadinessResult | null | undefined;
  /** Why opening the check failed, if it did. */
  error: Error | null;
  retry: () => void;
}

/**
 * What this person's latest readiness check found, worked out in this tab from their answers opened
 * from the vault. The server only knows that a check was taken, so nothing it sends, to this person or
 * the other, changes with what it found.
 */
export function useOwnReadiness(spaceId: string): OwnReadiness {
  const accountId = useAccountId();
  const vaultOpen = useVaultState(accountId) === "open" && vaultKeyOf(accountId) !== null;
  const journey = useQuery(journeyQuery(spaceId));
  const space = useQuery(spaceQuery(spaceId));
  const taken = journey.data?.readiness.youCompleted;
  const own = useQuery({ ...ownReadinessQuery(accountId, spaceId), enabled: taken === true && vaultOpen });
  const retry = () => void own.refetch();
  if (taken === false || own.data === null) return { result: null, error: null, retry };
  if (!own.data || !space.data) return { result: undefined, error: own.error, retry };
  return { result: assessReadiness(own.data.answers, space.data.you.role), error: null, retry };
}

/** See `useOwnReadiness`: the result alone. */
export function useOwnReadinessResult(spaceId: string): ReadinessResult | null | undefined {
  return useOwnReadiness(spaceId).result;
}

/**
 * Whether this person's latest readiness check put them on the safety path: true, false, or undefined
 * while not yet known. Only the person's own screens ask; the other person's never change with it.
 * Anything that nudges toward the other person waits for a plain `false`, so it never flashes up first,
 * and stays away while the vault is locked in this tab.
 */
export function useOnSafetyPath(spaceId: string): boolean | undefined {
  const result = useOwnReadinessResult(spaceId);
  return result === undefined ? undefined : result?.path === "safety";
}
