import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import { useActivityKeepAlive } from "../features/accounts/activity.ts";
import type { NavigationState } from "../features/accounts/navigation-state.ts";
import { signedOutNotices } from "../features/accounts/navigation-state.ts";
import { RenewSessionDialog } from "../features/accounts/RenewSessionDialog.tsx";
import { sessionKey, useSession } from "../features/accounts/session.ts";
import { ErrorState, LoadingState } from "../ui/States.tsx";

/** The gate in front of every private page: signed-out visitors are sent to log in, then brought back. */
export function RequireAccount() {
  const session = useSession();
  const location = useLocation();
  const client = useQueryClient();
  const wasSignedIn = useRef(false);

  useEffect(() => {
    // Check the session on every private page, so one ended elsewhere ("log out of every device") is noticed
    // even when the page itself has nothing new to fetch.
    if (location.pathname) void client.refetchQueries({ queryKey: sessionKey }, { cancelRefetch: false });
  }, [location.pathname, client]);

  const signedIn = Boolean(session.data?.account);
  useActivityKeepAlive(signedIn);
  useEffect(() => {
    if (signedIn) wasSignedIn.current = true;
  }, [signedIn]);

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data.account) {
    return (
      <>
        <Outlet />
        <RenewSessionDialog />
      </>
    );
  }

  // A session that vanished while someone was using Mend has ended (timed out, or ended from another device).
  const reason = session.data.reason ?? (wasSignedIn.current ? "expired" : undefined);
  if (reason === "logged-out" || reason === "logged-out-everywhere") {
    const state: NavigationState = { notice: signedOutNotices[reason] };
    return <Navigate to="/" replace state={state} />;
  }
  const state: NavigationState = { from: location.pathname + location.search, ...(reason ? { reason } : {}) };
  return <Navigate to="/login" replace state={state} />;
}
