import { useEffect } from "react";

/** Every page names itself, so a tab, a screen reader and the history list all say where you are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Mend` : "Mend";
  }, [title]);
}
