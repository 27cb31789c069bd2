import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { configQuery } from "./app/config.ts";
import { createQueryClient } from "./app/query-client.ts";
import { createAppRouter } from "./app/router.tsx";
import { UpdatePrompt } from "./app/UpdatePrompt.tsx";
import { sessionQuery } from "./features/accounts/session.ts";
import { guardAgainstReturn, onQuickExit, setQuickExitUrl } from "./features/quick-exit/quick-exit.ts";
import { lockVault } from "./features/vault/vault-keys.ts";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/journey.css";
import "./styles/progress.css";
import "./styles/heal.css";
import "./styles/talk.css";
import "./styles/agreements.css";
import "./styles/second-factor.css";
import "./styles/record.css";
import "./styles/journal.css";

function start(container: HTMLElement) {
  const queryClient = createQueryClient();
  const router = createAppRouter();
  const root = createRoot(container);

  const fromPage = document.querySelector<HTMLMetaElement>('meta[name="mend-quick-exit"]')?.content;
  if (fromPage) setQuickExitUrl(fromPage);
  // Fetched before anything else, so quick exit knows where to go even before sign-in.
  queryClient.fetchQuery(configQuery).then(
    (config) => setQuickExitUrl(config.quickExitUrl),
    () => undefined, // The built-in neutral page is used until the settings can be read.
  );
  // Asked at once, alongside the first page's code rather than after it: every page waits on the answer.
  void queryClient.prefetchQuery(sessionQuery);

  onQuickExit(() => {
    // The vault's key goes first: whatever happens next, nothing in memory can open the vault.
    lockVault();
    queryClient.clear();
    router.dispose();
    // Unmounting inside the click or key handler that started the exit is not allowed, so it waits a tick.
    window.setTimeout(() => root.unmount(), 0);
  });

  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <UpdatePrompt />
      </QueryClientProvider>
    </StrictMode>,
  );
}

const container = document.getElementById("root");
// After a quick exit, arriving back here through Back or Forward leaves again before anything is shown.
if (container && !guardAgainstReturn()) start(container);
