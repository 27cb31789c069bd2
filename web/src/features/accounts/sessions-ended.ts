/** What a credential change did to the account's other sessions, in one sentence. */
export function endedSentence(otherSessionsEnded: number): string {
  if (otherSessionsEnded === 0) return "You weren't logged in anywhere else.";
  if (otherSessionsEnded === 1) return "We logged you out of the one other place you were logged in.";
  return `We logged you out of the ${otherSessionsEnded} other places you were logged in.`;
}
