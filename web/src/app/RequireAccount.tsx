import { Navigate, Outlet, useLocation } from "react-router";
import type { NavigationState } from "../features/accounts/navigation-state.ts";
import { signedOutNotices } from "../features/accounts/navigation-state.ts";
import { useSession } from "../features/accounts/session.ts";
import { ErrorState, LoadingState } from "../ui/States.tsx";

/** The gate in front of every private page: signed-out visitors are sent to log in, then brought back. */
export function RequireAccount() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data.account) return <Outlet />;

  const { reason } = session.data;
  if (reason === "logged-out" || reason === "logged-out-everywhere") {
    const state: NavigationState = { notice: signedOutNotices[reason] };
    return <Navigate to="/" replace state={state} />;
  }
  const state: NavigationState = { from: location.pathname + location.search, ...(reason ? { reason } : {}) };
  return <Navigate to="/login" replace state={state} />;
}
