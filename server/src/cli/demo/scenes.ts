/**
 * The moments a demo story is made of, each done the way two people would do it in the browser:
 * one person acts, the other answers, through the real routes.
 */
import type { SubmitCheckinBody } from "@mend/core/checkins/contract";
import { calm } from "@mend/core/readiness/sample-answers";
import type { Database } from "../../db/database.ts";
import { readinessRepo } from "../../features/readiness/repo.ts";
import { spacesRepo } from "../../features/spaces/repo.ts";
import type { DemoPerson, DemoWorld } from "./world.ts";

export interface DemoPair {
  world: DemoWorld;
  spaceId: string;
  /** The person who broke trust, and the person who was hurt. */
  brokeTrust: DemoPerson;
  hurt: DemoPerson;
}

export const dayMs = 86_400_000;
/** Demo people live an hour ahead of UTC; their evenings start at half past seven UTC. */
export const utcOffsetMinutes = 60;
const eveningUtcMs = (19 * 60 + 30) * 60_000;
/** Promises and agreements are kept in a zone that is an hour ahead of UTC in winter. */
export const demoTimeZone = "Europe/Berlin";

/** The evening `daysAgo` days before `now`'s day, in the demo people's time. */
export function evening(now: Date, daysAgo: number): Date {
  const today = Math.floor((now.getTime() + utcOffsetMinutes * 60_000) / dayMs);
  return new Date((today - daysAgo) * dayMs + eveningUtcMs);
}

/** The day of the week of an evening, as promise schedules name it. */
export function weekdayOf(when: Date): string {
  const local = new Date(when.getTime() + utcOffsetMinutes * 60_000);
  return ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][local.getUTCDay()] ?? "sun";
}

/** The calendar date of an evening, as the promise and agreement forms take it. */
export function localDate(when: Date): string {
  return new Date(when.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

const space = (pair: DemoPair, path: string) => `/api/spaces/${pair.spaceId}${path}`;

/**
 * Each person's private readiness check, the method's first step. A browser seals the answers in the
 * person's vault, and a demo account gets its vault key only at its first sign-in in a browser, so
 * the checks are written as checks from before the vault: the person's browser seals them the first
 * time it opens them, as it does for anyone's older checks.
 */
export async function takeReadinessChecks(pair: DemoPair, db: Database) {
  for (const member of await spacesRepo(db).activeMembers(pair.spaceId)) {
    const at = pair.world.now();
    await readinessRepo(db).insert({
      spaceId: pair.spaceId,
      memberId: member.id,
      answers: { ...calm },
      completedAt: at,
    });
    await spacesRepo(db).recordEvent({
      spaceId: pair.spaceId,
      memberId: member.id,
      kind: "readiness.completed",
      at,
    });
    pair.world.later(20);
  }
}

export async function shareImpact(pair: DemoPair, parts: { happened: string; felt: string; need: string }) {
  await pair.hurt.post(space(pair, "/statements/impact/versions"), { parts });
}

/** Shares an acknowledgment and has the person who was hurt answer it. */
export async function acknowledge(
  pair: DemoPair,
  parts: { whatIDid: string; impact: string; responsibility: string; change: string; amends: string },
  answer: { response: "heard" | "partly" | "not_yet"; note?: string; afterMinutes: number },
) {
  const shared = await pair.brokeTrust.post(space(pair, "/statements/acknowledgment/versions"), { parts });
  const versions = shared.versions as { id: string }[];
  const version = versions.at(-1);
  if (!version) throw new Error("The shared acknowledgment has no version.");
  pair.world.later(answer.afterMinutes);
  await pair.hurt.post(space(pair, `/statements/versions/${version.id}/responses`), {
    response: answer.response,
    ...(answer.note ? { note: answer.note } : {}),
  });
}

export async function ask(pair: DemoPair, question: string): Promise<string> {
  const asked = await pair.hurt.post(space(pair, "/questions"), { text: question, detail: "facts" });
  return asked.id as string;
}

export async function askAndAnswer(pair: DemoPair, question: string, answer: string) {
  const asked = { id: await ask(pair, question) };
  pair.world.later(45);
  await pair.brokeTrust.post(space(pair, `/questions/${asked.id}/answers`), { text: answer });
  pair.world.later(30);
  await pair.hurt.post(space(pair, `/questions/${asked.id}/review`), { verdict: "answered" });
}

/** An agreement one person proposes and the other accepts, reviewed every few months. */
export async function agree(
  pair: DemoPair,
  proposer: DemoPerson,
  accepter: DemoPerson,
  terms: { what: string; need: string; consequence: string; topic: string },
  reviewEveryMonths = 3,
): Promise<string> {
  const proposed = await proposer.post(space(pair, "/agreements"), {
    ...terms,
    appliesTo: "both",
    review: { kind: "every", count: reviewEveryMonths, unit: "months" },
    timeZone: demoTimeZone,
  });
  pair.world.later(60);
  const pending = proposed.pending as { id: string };
  await accepter.post(space(pair, `/agreements/${proposed.id}/accept`), { pendingId: pending.id });
  return proposed.id as string;
}

/** A weekly promise made by the person who broke trust, due at 19:00 on the given days. */
export async function makeWeeklyPromise(
  pair: DemoPair,
  text: string,
  days: readonly string[],
): Promise<string> {
  const made = await pair.brokeTrust.post(space(pair, "/promises"), {
    text,
    schedule: { kind: "weekly", time: "19:00", days, startsOn: localDate(pair.world.now()) },
    timeZone: demoTimeZone,
    graceHours: 24,
  });
  return made.id as string;
}

/** The maker marks one occurrence; for a kept one, the other person confirms it or sees it differently. */
export async function markPromise(
  pair: DemoPair,
  promiseId: string,
  outcome: "kept" | "missed",
  response: "confirm" | "dispute" | undefined,
  note?: string,
) {
  const marks = space(pair, `/promises/${promiseId}/marks`);
  const marked = await pair.brokeTrust.post(marks, {
    occurrence: `${localDate(pair.world.now())}T19:00`,
    outcome,
    ...(note ? { note } : {}),
  });
  if (response === undefined) return;
  pair.world.later(40);
  const mark = marked.mark as { id: string };
  await pair.hurt.post(`${marks}/${mark.id}/response`, { response });
}

export interface TalkTurn {
  by: "brokeTrust" | "hurt";
  text: string;
  /** What the listener heard, in their own words. */
  heard: string;
}

/** A talk proposed for now, accepted, taken in turns, optionally paused, ended, then summed up. */
export async function holdTalk(
  pair: DemoPair,
  talk: {
    topic: string;
    proposedBy: "brokeTrust" | "hurt";
    turns: readonly TalkTurn[];
    pauseAfterTurn?: number;
    summary?: string;
    finished: boolean;
  },
) {
  const proposer = pair[talk.proposedBy];
  const other = talk.proposedBy === "hurt" ? pair.brokeTrust : pair.hurt;
  const proposed = await proposer.post(space(pair, "/talks"), {
    topic: talk.topic,
    startsAt: null,
    limitMinutes: 45,
    groundRules: ["no_blame", "pause_any_time"],
  });
  const url = space(pair, `/talks/${proposed.id}`);
  pair.world.later(2);
  await other.post(`${url}/accept`);
  for (const [index, turn] of talk.turns.entries()) {
    const speaker = pair[turn.by];
    const listener = turn.by === "hurt" ? pair.brokeTrust : pair.hurt;
    pair.world.later(3);
    const spoken = await speaker.post(`${url}/turns`, { text: turn.text });
    const turnId = (spoken.turns as { id: string }[]).at(-1)?.id;
    pair.world.later(2);
    await listener.post(`${url}/turns/${turnId}/reflections`, { text: turn.heard });
    pair.world.later(1);
    await speaker.post(`${url}/turns/${turnId}/rating`, { rating: "thats_it" });
    if (talk.pauseAfterTurn === index) {
      await listener.post(`${url}/pause`, { breakMinutes: 20, suggestion: "walk" });
      pair.world.later(21);
      await listener.post(`${url}/resume`);
    }
  }
  pair.world.later(2);
  await proposer.post(`${url}/end`, { finished: talk.finished });
  if (talk.summary) {
    pair.world.later(2);
    await proposer.post(`${url}/summaries`, { text: talk.summary });
  }
}

export async function appreciate(pair: DemoPair, from: "brokeTrust" | "hurt", text: string) {
  await pair[from].post(space(pair, "/appreciations"), { text });
}

/** Time together from the idea library: planned, done, and a line from each afterwards. */
export async function spendTimeTogether(
  pair: DemoPair,
  ideaId: string,
  lines: { brokeTrust: string; hurt: string },
) {
  const plan = await pair.hurt.post(space(pair, "/time-together"), {
    ideaId,
    plannedFor: localDate(pair.world.now()),
  });
  const url = space(pair, `/time-together/${plan.id}`);
  pair.world.later(90);
  await pair.brokeTrust.post(`${url}/done`);
  pair.world.later(10);
  await pair.brokeTrust.post(`${url}/reflection`, { text: lines.brokeTrust });
  await pair.hurt.post(`${url}/reflection`, { text: lines.hurt });
}

export async function checkIn(pair: DemoPair, who: "brokeTrust" | "hurt", body: SubmitCheckinBody) {
  await pair[who].post(space(pair, "/checkins"), body);
}

export async function logOpenness(pair: DemoPair, note: string) {
  await pair.brokeTrust.post(space(pair, "/transparency"), { note });
}
