import { useSyncExternalStore } from "react";

/**
 * The person's choice of light or dark, kept in this browser only (it says nothing private). public/theme.js
 * reads it before the first paint and follows the device's setting when nothing is chosen; this module
 * changes it and tells that script to apply it.
 */
export type ThemeChoice = "system" | "light" | "dark";

const storageKey = "mend.theme";
const choiceEvent = "mend:theme-choice";

function readChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

export function chooseTheme(choice: ThemeChoice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, choice);
  } catch {
    // With storage switched off nothing can be remembered, so the device's setting stays in charge.
  }
  window.dispatchEvent(new Event(choiceEvent));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener(choiceEvent, listener);
  window.addEventListener("storage", listener);
  return () => {
    window.removeEventListener(choiceEvent, listener);
    window.removeEventListener("storage", listener);
  };
}

export const useThemeChoice = (): ThemeChoice => useSyncExternalStore(subscribe, readChoice);
