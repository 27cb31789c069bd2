import { concerns, type Direction } from "./directions.ts";
import { type MemberTimes, memberById, type SpaceTimes } from "./normalize.ts";
import type { ReasonCode } from "./progress-types.ts";
import type { Ms } from "./timeline.ts";
import type { PhaseId } from "./types.ts";

export type SetbackKind = "disclosure" | "breach" | "lapse";

export interface Setback {
  at: Ms;
  kind: SetbackKind;
}

export interface ReasonDraft {
  code: ReasonCode;
  text: string;
  at?: Ms;
  count?: number;
}

/** What a rule sees: the whole space, and for a directional phase who is on which side. */
export interface RuleContext {
  space: SpaceTimes;
  direction?: Direction;
  /** The person who broke trust in this direction (a stand-in with no facts if absent or shared). */
  brokeTrust: MemberTimes;
  /** The person who was hurt in this direction. */
  hurt: MemberTimes;
}

/**
 * The evidence rules of one phase. Progress is evaluated in stretches between setbacks: a phase is
 * complete in a stretch from the earliest candidate time at which `completeAt` holds. Only events in
 * the stretch count where a rule says so, which is how a setback asks for fresh evidence.
 */
export interface PhaseRule {
  phase: PhaseId;
  /** True when each direction of a breach needs its own evidence. */
  directional: boolean;
  setbacks(ctx: RuleContext): Setback[];
  startedAt(ctx: RuleContext): Ms | undefined;
  /** Every time in (after, upTo] at which `completeAt` could turn true. */
  candidates(ctx: RuleContext, after: Ms, upTo: Ms): Ms[];
  completeAt(ctx: RuleContext, after: Ms, t: Ms): boolean;
  /**
   * Times at which a person's own answer says the phase is not done (the person who was hurt saying an
   * acknowledgment only partly reached them, say). Each ends a completion; unlike a setback it asks for
   * no fresh evidence, only for `completeAt` to hold again at a later candidate.
   */
  withdrawals?(ctx: RuleContext): Ms[];
  /** The evidence since `after`, for a phase that is still in progress. */
  progressReasons(ctx: RuleContext, after: Ms): ReasonDraft[];
  /** The evidence that completed the phase at `t`, in the stretch that began at `after`. */
  completionReasons(ctx: RuleContext, after: Ms, t: Ms): ReasonDraft[];
}

export function contextFor(space: SpaceTimes, direction?: Direction): RuleContext {
  if (!direction) return { space, brokeTrust: memberById(space, null), hurt: memberById(space, null) };
  return {
    space,
    direction,
    brokeTrust: memberById(space, direction.brokeTrust),
    hurt: memberById(space, direction.hurt),
  };
}

/** New information about the person who broke trust in this direction (all of it, for shared phases). */
export function disclosureSetbacks(ctx: RuleContext): Setback[] {
  const d = ctx.direction;
  return ctx.space.disclosures
    .filter((x) => !d || concerns(x.about, d.brokeTrust, d.hurt))
    .map((x) => ({ at: x.at, kind: "disclosure" }));
}

/** Agreements broken by the person who broke trust in this direction (all of them, for shared phases). */
export function breachSetbacks(ctx: RuleContext): Setback[] {
  const d = ctx.direction;
  return ctx.space.breaches
    .filter((x) => !d || concerns(x.by, d.brokeTrust, d.hurt))
    .map((x) => ({ at: x.at, kind: "breach" }));
}

export function last<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

/** A reason for a count of events, dated by the latest of them; nothing when there are none. */
export function counted(
  code: ReasonCode,
  events: readonly Ms[],
  one: string,
  many: (n: number) => string,
): ReasonDraft[] {
  const at = last(events);
  if (at === undefined) return [];
  return [{ code, text: events.length === 1 ? one : many(events.length), at, count: events.length }];
}

type Response = MemberTimes["responses"][number];

/** The member's latest answer to the other's acknowledgment (and the apology in it) up to `t`. */
export function latestResponse(member: MemberTimes, t: Ms): Response | undefined {
  let found: Response | undefined;
  for (const response of member.responses) {
    if (response.at > t) break;
    found = response;
  }
  return found;
}

/** True when the member's own latest answer up to `t` says the acknowledgment hasn't fully reached them. */
export function saysNotHeard(member: MemberTimes, t: Ms): boolean {
  const response = latestResponse(member, t);
  return response !== undefined && response.response !== "heard";
}

/** Every answer of the member that says the acknowledgment hasn't fully reached them. */
export function notHeardAnswers(member: MemberTimes): Ms[] {
  return member.responses.filter((r) => r.response !== "heard").map((r) => r.at);
}

/** Why a phase isn't done while the latest answer (given since `after`) is "partly" or "not yet". */
export function notHeardReason(hurt: MemberTimes, after: Ms): ReasonDraft[] {
  const response = latestResponse(hurt, Number.POSITIVE_INFINITY);
  if (!response || response.at <= after || response.response === "heard") return [];
  return [
    response.response === "partly"
      ? {
          code: "acknowledgment_partly",
          text: "The person who was hurt said the acknowledgment partly reached them.",
          at: response.at,
        }
      : {
          code: "acknowledgment_not_yet",
          text: "The person who was hurt said the acknowledgment hasn't reached them yet.",
          at: response.at,
        },
  ];
}
