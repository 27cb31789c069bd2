import type { TalkHistoryEntry, TalkView } from "@mend/core/talks/contract";
import { breakSuggestionLabels } from "@mend/core/talks/rules";
import { formatDateTime } from "../../ui/dates.ts";

const time = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });
export const formatTime = (iso: string) => time.format(new Date(iso));

/** Today's times say only the time; other days say the date too. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  const today = new Date();
  return date.toDateString() === today.toDateString() ? `${formatTime(iso)} today` : formatDateTime(iso);
}

export const statusLabels: Record<TalkView["status"], string> = {
  proposed: "Proposed",
  scheduled: "Agreed",
  running: "Under way",
  on_break: "On a break",
  ended: "Ended",
  cancelled: "Called off",
};

export function historyText(entry: TalkHistoryEntry, name: string): string {
  const who = entry.by === "you" ? "You" : name;
  switch (entry.kind) {
    case "time_proposed":
      return entry.startsAt
        ? `${who} suggested ${formatDateTime(entry.startsAt)}.`
        : `${who} suggested talking now.`;
    case "accepted":
      return `${who} said yes.`;
    case "started":
      return "The talk started.";
    case "paused":
      return `${who} paused for a break until ${whenText(entry.returnAt)}${entry.suggestion ? `: ${breakSuggestionLabels[entry.suggestion].toLowerCase()}` : "."}`;
    case "resumed":
      return `${who} picked the talk up again.`;
    case "ended":
      return entry.finished ? `${who} ended the talk: you got through it.` : `${who} ended the talk early.`;
    case "cancelled":
      return `${who} called it off.`;
  }
}
