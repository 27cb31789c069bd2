/**
 * Quick exit: blank the page at once, forget what was fetched, and swap Mend for a harmless page in a
 * way that leaves Back with nowhere in Mend to return to.
 *
 * The single-page app adds a history entry for each page visited. So before leaving we go back to the
 * earliest Mend entry of this visit and replace *that* entry with the neutral page: Back from there goes
 * to wherever the person was before Mend.
 */

export const fallbackExitUrl = "https://www.bbc.co.uk/weather";

/** Set while an exit is under way, and kept so that returning here by Back or Forward leaves again. */
const exitKey = "mend.exit";
/** How long to wait for the history step before leaving from wherever we are. */
const historyStepTimeoutMs = 1500;

let exitUrl = fallbackExitUrl;
let exiting = false;
const cleanups: Array<() => void> = [];

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** The neutral page comes from the server's settings; anything that is not a web address is ignored. */
export function setQuickExitUrl(url: string): void {
  if (isWebUrl(url)) exitUrl = url;
}

export function getQuickExitUrl(): string {
  return exitUrl;
}

/** Registers work to do the moment quick exit starts (clear caches, stop rendering). */
export function onQuickExit(cleanup: () => void): void {
  cleanups.push(cleanup);
}

function readExitMarker(): string | null {
  try {
    return window.sessionStorage.getItem(exitKey);
  } catch {
    return null;
  }
}

function writeExitMarker(url: string): void {
  try {
    window.sessionStorage.setItem(exitKey, url);
  } catch {
    // Storage can be switched off; the exit still works, only the Back/Forward guard is lost.
  }
}

function clearExitMarker(): void {
  try {
    window.sessionStorage.removeItem(exitKey);
  } catch {
    // Nothing to clear when storage is switched off.
  }
}

function blankPage(): void {
  document.title = "Loading…";
  document.documentElement.classList.add("is-exiting");
  for (const child of Array.from(document.body.children)) {
    if (child instanceof HTMLElement) child.hidden = true;
  }
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

interface NavigationLike {
  currentEntry?: { index: number } | null;
}

/**
 * How many history steps back the earliest Mend entry of this visit is. The Navigation API counts every
 * entry of this origin in an unbroken run, even across full page loads; React Router's `idx` is the
 * fallback where that API is missing.
 */
function stepsToFirstEntry(): number {
  const navigation = (window as Window & { navigation?: NavigationLike }).navigation;
  const index = navigation?.currentEntry?.index;
  if (typeof index === "number" && index >= 0) return index;
  const state: unknown = window.history.state;
  const idx = typeof state === "object" && state !== null ? (state as { idx?: unknown }).idx : undefined;
  return typeof idx === "number" && idx > 0 ? idx : 0;
}

function leave(): void {
  window.location.replace(exitUrl);
}

export function quickExit(): void {
  if (exiting) return;
  exiting = true;
  blankPage();
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Leaving matters more than tidying up.
    }
  }
  writeExitMarker(exitUrl);

  const steps = stepsToFirstEntry();
  if (steps === 0) {
    leave();
    return;
  }
  let left = false;
  const leaveOnce = () => {
    if (left) return;
    left = true;
    leave();
  };
  window.addEventListener("popstate", leaveOnce, { once: true });
  // If the step back crosses into an earlier page load, this page unloads and `guardAgainstReturn`
  // finishes the job there; if the browser does not move at all, leave from here after a moment.
  window.setTimeout(leaveOnce, historyStepTimeoutMs);
  window.history.go(-steps);
}

function arrivedByHistory(): boolean {
  const [entry] = performance.getEntriesByType("navigation");
  return entry instanceof PerformanceNavigationTiming && entry.type === "back_forward";
}

/**
 * Runs before the app renders. Arriving at Mend through Back or Forward after a quick exit (including the
 * step back that quick exit itself takes) leaves again without showing anything. Opening Mend on purpose,
 * by address or link, clears the marker.
 * Returns true when the page is leaving and must not render.
 */
export function guardAgainstReturn(): boolean {
  const marker = readExitMarker();
  window.addEventListener("pageshow", (event) => {
    // A page restored from the back-forward cache does not run this module again.
    const pending = readExitMarker();
    if (event.persisted && pending) {
      blankPage();
      window.location.replace(isWebUrl(pending) ? pending : fallbackExitUrl);
    }
  });
  if (!marker) return false;
  if (arrivedByHistory()) {
    blankPage();
    window.location.replace(isWebUrl(marker) ? marker : fallbackExitUrl);
    return true;
  }
  clearExitMarker();
  return false;
}
