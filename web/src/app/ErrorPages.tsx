import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { QuickExit } from "../features/quick-exit/QuickExit.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { isPageCodeMissing } from "./lazy-page.ts";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <div className="page page--narrow">
      <h1>We couldn't find that page</h1>
      <p>The address may be mistyped, or the page may have moved.</p>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </div>
  );
}

/** A page's code could not be fetched: Mend was updated since this tab opened, or the connection dropped. */
function UpdatedOrOffline() {
  return (
    <div className="page page--narrow">
      <h1>Please reload the page</h1>
      <p>
        This page could not be opened. Mend may have been updated since you opened it, or your connection
        dropped. Reloading brings the newest version; anything you had already saved is safe.
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    </div>
  );
}

function Problem() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  if (missing) return <NotFoundPage />;
  if (isPageCodeMissing(error)) return <UpdatedOrOffline />;
  return (
    <div className="page page--narrow">
      <h1>Something went wrong</h1>
      <p>This page ran into a problem. Anything you had already saved is safe.</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to="/" className="button button--secondary">
          Go to the start
        </Link>
      </div>
    </div>
  );
}

/** Shown inside the normal layout when a page fails. */
export function PageError() {
  useDocumentTitle("Something went wrong");
  return <Problem />;
}

/** Shown when even the layout failed: quick exit must still be there. */
export function RootError() {
  useDocumentTitle("Something went wrong");
  return (
    <div className="app">
      <header className="site-header">
        <div className="site-header__inner">
          <QuickExit />
          <span className="brand">Mend</span>
        </div>
      </header>
      <main id="main" className="site-main">
        <Problem />
      </main>
    </div>
  );
}
