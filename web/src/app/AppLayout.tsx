import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from "react-router";
import { useLogout } from "../features/accounts/api.ts";
import { hasReturnPath, type NavigationState, returnPath } from "../features/accounts/navigation-state.ts";
import { useSession } from "../features/accounts/session.ts";
import { AboutQuickExit, QuickExit } from "../features/quick-exit/QuickExit.tsx";
import { SafetyPageLink } from "../features/safety/SafetyPageLink.tsx";
import { configQuery } from "./config.ts";

function SiteNav() {
  const account = useSession().data?.account;
  const logout = useLogout();
  const { pathname, state } = useLocation();
  // Where accounts are made only from the command line, nobody is offered a form they can't use.
  const signupClosed = useQuery(configQuery).data?.signup === "closed";
  if (!account) {
    // From an invitation page, signing in leads back to it; between log in and sign up, the way back is kept.
    const back: NavigationState | undefined = pathname.startsWith("/join/")
      ? { from: pathname }
      : hasReturnPath(state)
        ? { from: returnPath(state) }
        : undefined;
    return (
      <nav className="site-nav" aria-label="Main">
        <NavLink to="/login" state={back} className="site-nav__link">
          Log in
        </NavLink>
        {!signupClosed && (
          <NavLink to="/signup" state={back} className="site-nav__link">
            Create an account
          </NavLink>
        )}
      </nav>
    );
  }
  return (
    <nav className="site-nav" aria-label="Main">
      <NavLink to="/" end className="site-nav__link">
        Your spaces
      </NavLink>
      <NavLink to="/journal" className="site-nav__link">
        Journal
      </NavLink>
      <NavLink to="/account" className="site-nav__link">
        Account
      </NavLink>
      <button
        type="button"
        className="site-nav__link link-button"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
      >
        Log out
      </button>
      {logout.isError && (
        <p className="site-nav__error" role="alert">
          We couldn't log you out. Check your connection and try again.
        </p>
      )}
    </nav>
  );
}

/** Moves focus to the page content after each navigation, so screen readers start at the new page. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (pathname) mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}

/**
 * While the next page's code arrives, the current page stays in place and a thin bar along the top says
 * something is on its way: nothing on the page moves. It appears only after a short delay (in CSS), so a
 * quick change does not flicker.
 */
function PageLoadingBar({ loading }: { loading: boolean }) {
  return loading ? <div className="page-loading-bar" aria-hidden="true" /> : null;
}

/** Header with quick exit, the page, and the footer: the frame of every page. */
export function AppLayout() {
  const mainRef = useFocusOnNavigation();
  const loading = useNavigation().state === "loading";
  return (
    <div className="app">
      <PageLoadingBar loading={loading} />
      {/* A button, not a "#main" link: a fragment link would add a history entry that quick exit must undo. */}
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to main content
      </button>
      <header className="site-header">
        <div className="site-header__inner">
          <QuickExit />
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Mend
          </Link>
          <SiteNav />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1} ref={mainRef} aria-busy={loading}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <AboutQuickExit />
          <p className="site-footer__help">
            Afraid of someone close to you? <SafetyPageLink>Help lines and ways to stay safe</SafetyPageLink>,
            no account needed.
          </p>
          <p className="site-footer__note">
            Mend is private: the other person in a space never sees when you're online, what you've read,
            where you are or which device you use.
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
