import type { TalkRecord } from "../help/facts.ts";
import type { SpaceFacts } from "../method/facts.ts";
import { type TalkEntry, talkState } from "./state.ts";

export interface TalkHistory {
  entries: readonly TalkEntry[];
}

export interface TalkFacts extends Required<Pick<SpaceFacts, "talksHeld" | "talksPaused">> {
  talksHeld: Date[];
  talksPaused: Date[];
  /** One record per talk that started, for the help rules (`core/src/help`). */
  talks: TalkRecord[];
}

/**
 * The method's and the help rules' view of the talks, as of `now`: a talk counts as held from the
 * moment it first started, and every break counts as a pause. Entries after `now` are ignored.
 */
export function talkFacts(talks: readonly TalkHistory[], now: Date): TalkFacts {
  const out: TalkFacts = { talksHeld: [], talksPaused: [], talks: [] };
  for (const talk of talks) {
    const state = talkState(talk.entries.filter((entry) => entry.at.getTime() <= now.getTime()));
    if (!state.firstStartedAt) continue;
    out.talksHeld.push(state.firstStartedAt);
    out.talksPaused.push(...state.pauses);
    out.talks.push({
      startedAt: state.firstStartedAt,
      pauses: state.pauses.length,
      outcome: state.outcome ?? "in_progress",
    });
  }
  out.talksHeld.sort((a, b) => a.getTime() - b.getTime());
  out.talksPaused.sort((a, b) => a.getTime() - b.getTime());
  out.talks.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  return out;
}
