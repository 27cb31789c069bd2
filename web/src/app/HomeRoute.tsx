import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { noticeFrom, signedOutNotices } from "../features/accounts/navigation-state.ts";
import { type SessionState, sessionKey, useSession } from "../features/accounts/session.ts";
import { SpacesPage } from "../features/spaces/SpacesPage.tsx";
import { WelcomePage } from "../features/welcome/WelcomePage.tsx";
import { ErrorState, LoadingState } from "../ui/States.tsx";

/**
 * Shows "You've logged out" once, then forgets why the session ended, so a later visit to a private page
 * simply asks the person to log in.
 */
function useSignedOutNotice(): string | null {
  const session = useSession();
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const reason = session.data?.account === null ? session.data.reason : undefined;
  useEffect(() => {
    if (!reason) return;
    setNotice(signedOutNotices[reason]);
    client.setQueryData<SessionState>(sessionKey, { account: null });
  }, [reason, client]);
  return notice;
}

/** "/" is the welcome page for visitors and the list of spaces for someone signed in. */
export function HomeRoute() {
  const session = useSession();
  const location = useLocation();
  const signedOutNotice = useSignedOutNotice();

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data.account) return <SpacesPage />;
  return <WelcomePage notice={noticeFrom(location.state) ?? signedOutNotice} />;
}
