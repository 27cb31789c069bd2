import { earlyStartMinutes, minBreakMinutes } from "@mend/core/talks/rules";
import type { TalkAction, TalkState } from "@mend/core/talks/state";
import { AppError } from "../../http/errors.ts";

const where: Record<TalkState["status"], string> = {
  proposed: "This talk hasn't been agreed yet.",
  scheduled: "This talk hasn't started yet.",
  running: "This talk is under way.",
  on_break: "This talk is paused for a break.",
  ended: "This talk has ended.",
  cancelled: "This talk was called off.",
};

/** Why `viewer` can't do `action` right now, in words that say what to do instead. */
export function talkRefusal(action: TalkAction, state: TalkState, viewer: string): AppError {
  const turn = state.turns.at(-1);
  const openTurn = turn && turn.status !== "done" ? turn : undefined;
  if (action === "accept" && state.status === "proposed" && state.proposal?.by === viewer) {
    return new AppError("conflict", "You suggested this time; it is waiting for the other person's yes.");
  }
  if (action === "start" && state.status === "scheduled") {
    return new AppError(
      "conflict",
      `This talk can be started from ${earlyStartMinutes} minutes before the time you agreed.`,
    );
  }
  if (action === "resume" && state.status === "on_break") {
    return new AppError(
      "conflict",
      state.pause?.by === viewer
        ? `A break lasts at least ${minBreakMinutes} minutes, so your body has time to settle. You can come back after that.`
        : "The break runs until the return time the other person chose. You can pick the talk up from then.",
    );
  }
  if (state.status === "running" && openTurn) {
    if (action === "speak") {
      return new AppError(
        "conflict",
        'Let the current turn finish first: the point, its reflection, and "that\'s it".',
      );
    }
    if (action === "reflect" && openTurn.speaker === viewer) {
      return new AppError("forbidden", "This is your point; the other person says back what they heard.");
    }
    if (action === "rate" && openTurn.speaker !== viewer) {
      return new AppError(
        "forbidden",
        "Only the person who made the point can say whether the reflection caught it.",
      );
    }
    if (action === "reflect")
      return new AppError("conflict", "Wait for the speaker to say how close your reflection came.");
    if (action === "rate")
      return new AppError("conflict", "Wait for the other person to say back what they heard.");
  }
  if ((action === "reflect" || action === "rate") && state.status === "running") {
    return new AppError("conflict", "There is no point waiting for a reflection right now.");
  }
  return new AppError("conflict", where[state.status]);
}
