/**
 * Selects `start`–`end` in a text area, so the exact words the coach means are highlighted in the
 * draft itself, and brings them into view.
 */
export function selectWordsIn(textAreaId: string, start: number, end: number): void {
  const element = document.getElementById(textAreaId);
  if (!(element instanceof HTMLTextAreaElement)) return;
  element.focus({ preventScroll: true });
  element.setSelectionRange(start, end);
  element.scrollIntoView({ block: "center" });
}
