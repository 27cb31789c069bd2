import { useEffect, useSyncExternalStore } from "react";
import { quickExit } from "./quick-exit.ts";
import { createShiftPressCounter } from "./shift-presses.ts";

const presses = 3;
const withinMs = 1000;

/**
 * The Shift presses counted so far, shared by every Quick exit control on screen: the page's own and the
 * copy inside an open modal dialog, where the page's is inert and its announcements go unheard.
 */
let pressesSoFar = 0;
const pressListeners = new Set<() => void>();

function setPressesSoFar(next: number): void {
  pressesSoFar = next;
  for (const listener of pressListeners) listener();
}

function subscribeToPresses(listener: () => void): () => void {
  pressListeners.add(listener);
  return () => pressListeners.delete(listener);
}

const usePressesSoFar = () => useSyncExternalStore(subscribeToPresses, () => pressesSoFar);

/** Listens for Shift pressed three times anywhere on the page, dialogs included. */
function useTripleShift(onTrigger: () => void): void {
  useEffect(() => {
    let quiet: number | undefined;
    const counter = createShiftPressCounter({
      onTrigger,
      presses,
      withinMs,
      onProgress: (next) => {
        setPressesSoFar(next);
        window.clearTimeout(quiet);
        if (next > 0) quiet = window.setTimeout(() => counter.reset(), withinMs);
      },
    });
    const keyDown = (event: KeyboardEvent) => counter.keyDown(event);
    const keyUp = (event: KeyboardEvent) => counter.keyUp(event);
    const blur = () => counter.reset();
    // Capture phase, so no component can swallow the presses.
    window.addEventListener("keydown", keyDown, true);
    window.addEventListener("keyup", keyUp, true);
    window.addEventListener("blur", blur);
    return () => {
      window.clearTimeout(quiet);
      window.removeEventListener("keydown", keyDown, true);
      window.removeEventListener("keyup", keyUp, true);
      window.removeEventListener("blur", blur);
      setPressesSoFar(0);
    };
  }, [onTrigger]);
}

function progressMessage(count: number): string {
  if (count === 0) return "";
  const left = presses - count;
  return `Shift pressed. Press it ${left} more time${left === 1 ? "" : "s"} to leave this page quickly.`;
}

function QuickExitControl({ className }: { className: string }) {
  const count = usePressesSoFar();
  return (
    <div className={className}>
      <button type="button" className="button button--exit" onClick={quickExit}>
        Quick exit
      </button>
      <p className="quick-exit__hint" aria-hidden="true">
        or press Shift 3 times
      </p>
      <p className="visually-hidden" aria-live="polite">
        {progressMessage(count)}
      </p>
    </div>
  );
}

/** The always-visible quick exit button, plus the Shift×3 shortcut for the whole page. */
export function QuickExit() {
  useTripleShift(quickExit);
  return <QuickExitControl className="quick-exit" />;
}

/**
 * The same button inside a modal dialog. A modal dialog makes the rest of the page inert and covers it
 * with its backdrop, so the page's own button can't be clicked; this copy sits in the dialog's top layer,
 * drawn over the page's button where the person expects it.
 */
export function DialogQuickExit() {
  return <QuickExitControl className="quick-exit quick-exit--over-dialog" />;
}

/** The honest note about what quick exit can and cannot do. */
export function AboutQuickExit() {
  return (
    <details className="about-quick-exit">
      <summary>About quick exit</summary>
      <div className="about-quick-exit__body">
        <p>
          The <strong>Quick exit</strong> button at the top of every page, or pressing the <kbd>Shift</kbd>{" "}
          key three times in a row, clears this page straight away and opens an ordinary, unrelated website
          instead. Pressing Back from there won't bring Mend back up.
        </p>
        <p>
          It helps if someone might glance at your screen. It does not remove Mend from your browser history,
          and it can't protect you from software that watches what you do on this device. If you are worried
          about that, use a private window or a device the other person can't get to, and clear your history
          when you're done.
        </p>
      </div>
    </details>
  );
}
