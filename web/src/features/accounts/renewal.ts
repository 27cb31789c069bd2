import type { AccountView } from "@mend/core/accounts/contract";
import { useSyncExternalStore } from "react";
import { setExpectedAccount, whenSessionEnds } from "../../api/client.ts";

/**
 * When a session ends (idle timeout, or "log out of every device") while the person has words on the
 * page, Mend does not send them to the login page: it asks for their password in place, then sends the
 * requests that were refused once more. What they wrote stays in memory only, never in browser storage.
 */

/** Forms that hold words right now. While there is one, an ended session is renewed in place. */
const writing = new Set<symbol>();

/** Marks a form as holding words; returns the function that lets go of it. */
export function holdWriting(): () => void {
  const token = Symbol("writing");
  writing.add(token);
  return () => {
    writing.delete(token);
  };
}

export interface RenewalState {
  /** The account whose password is asked for, while the question is open. */
  asking: AccountView | null;
}

let account: AccountView | null = null;
let state: RenewalState = { asking: null };
let pending: { promise: Promise<boolean>; settle: (renewed: boolean) => void } | null = null;
const listeners = new Set<() => void>();

function setState(next: RenewalState) {
  state = next;
  for (const listener of listeners) listener();
}

/** The account these pages belong to (null once signed out). Requests carry it so no other is used. */
export function rememberAccount(next: AccountView | null) {
  account = next;
  setExpectedAccount(next?.id ?? null);
}

export const signedInAccount = () => account;

function askToRenew(): Promise<boolean> {
  if (pending) return pending.promise;
  if (writing.size === 0 || !account) return Promise.resolve(false);
  let settle: (renewed: boolean) => void = () => undefined;
  const promise = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  pending = { promise, settle };
  setState({ asking: account });
  return promise;
}

/** Ends the question: `true` sends the waiting requests again, `false` lets them fail as "not signed in". */
export function finishRenewal(renewed: boolean) {
  const waiting = pending;
  pending = null;
  setState({ asking: null });
  waiting?.settle(renewed);
}

whenSessionEnds(askToRenew);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useRenewal(): RenewalState {
  return useSyncExternalStore(subscribe, () => state);
}
