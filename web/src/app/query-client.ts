import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client.ts";
import { markSignedOut, sessionKey } from "../features/accounts/session.ts";

/** A client error will not go away by asking again; a dropped connection or a server hiccup might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== sessionKey[0]) noticeSessionEnd(error);
      },
    }),
    mutationCache: new MutationCache({ onError: (error) => noticeSessionEnd(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000 },
      mutations: { retry: false },
    },
  });

  /** Any "not signed in" answer means the session is over (timed out, or ended from another device). */
  function noticeSessionEnd(error: unknown) {
    if (error instanceof ApiError && error.status === 401) markSignedOut(client, "expired");
  }

  return client;
}
