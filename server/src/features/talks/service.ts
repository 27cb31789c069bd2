import type {
  EndTalkInput,
  PauseTalkInput,
  ProposeTalkInput,
  TalksView,
  TalkView,
} from "@mend/core/talks/contract";
import type { ReflectionRating } from "@mend/core/talks/rules";
import { allowedTalkActions, openTurn, type TalkAction, type TalkState } from "@mend/core/talks/state";
import type { Database } from "../../db/database.ts";
import { AppError, notFound, validationFailed } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import { betweenUs, type Pair, requireOther, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { partiesOf, presentTalk, stateOf } from "./presenters.ts";
import { talkRefusal } from "./refusals.ts";
import { type TalkEntryRow, type TalkRow, talksRepo } from "./repo.ts";
import type { talkEntries } from "./tables.ts";

const talkNotFound = () => notFound("That talk");

/** Once the repair has ended, a talk can still be called off, paused or ended; nothing else moves it on. */
const windingDown: ReadonlySet<TalkAction> = new Set(["cancel", "pause", "end"]);
const minute = 60_000;
/** A little slack for a device whose clock runs behind, and how far ahead a talk can be planned. */
const clockSkewMs = 5 * minute;
const maxAheadMs = 90 * 86_400_000;

type EntryValues = Omit<typeof talkEntries.$inferInsert, "talkId" | "spaceId" | "memberId" | "at">;

interface ActContext {
  tx: Database;
  pair: Pair;
  talk: TalkRow;
  state: TalkState;
  now: Date;
  add(values: EntryValues, event: string): Promise<TalkEntryRow>;
}

function checkStartsAt(startsAt: string | null, now: Date): Date | null {
  if (startsAt === null) return null;
  const at = new Date(startsAt);
  if (at.getTime() < now.getTime() - clockSkewMs || at.getTime() > now.getTime() + maxAheadMs) {
    const message = 'Choose a time from now up to three months ahead, or "now".';
    throw validationFailed(message, { startsAt: message });
  }
  return at;
}

export function talksService(deps: { db: Database; clock: () => Date; events: SpaceEventPublisher }) {
  const { db, clock, events } = deps;

  async function viewOf(tx: Database, pair: Pair, talk: TalkRow): Promise<TalkView> {
    const repo = talksRepo(tx);
    const entries = await repo.entriesOf(talk.id);
    const reflections = await repo.reflectionsOf(pair.me.id);
    return presentTalk(
      pair,
      talk,
      entries,
      reflections.find((r) => r.talkId === talk.id),
      clock(),
    );
  }

  async function visibleTalk(tx: Database, pair: Pair, talkId: string, lock = false): Promise<TalkRow> {
    const talk = await talksRepo(tx).findTalk(pair.space.id, talkId, { lock });
    if (!talk || !betweenUs(pair, talk.proposerMemberId, talk.partnerMemberId)) throw talkNotFound();
    return talk;
  }

  /** One sitting at a time: a talk can't start while another between the same two is running or on a break. */
  async function requireNoOtherActive(tx: Database, pair: Pair, talkId: string): Promise<void> {
    const repo = talksRepo(tx);
    const all = await repo.talksInSpace(pair.space.id);
    const entries = await repo.entriesInSpace(pair.space.id);
    const busy = all.some(
      (talk) =>
        talk.id !== talkId &&
        betweenUs(pair, talk.proposerMemberId, talk.partnerMemberId) &&
        ["running", "on_break"].includes(stateOf(talk, entries).status),
    );
    if (busy)
      throw new AppError(
        "conflict",
        "Another talk is still going. End it, or finish its break, before starting this one.",
      );
  }

  async function recordEvent(tx: Database, pair: Pair, kind: string, talkId: string, at: Date) {
    await spacesRepo(tx).recordEvent({
      spaceId: pair.space.id,
      memberId: pair.me.id,
      kind,
      at,
      data: { subjectId: talkId },
    });
  }

  /** Checks `action` is allowed for this person now, lets `write` add its entries, and tells open screens. */
  async function act(
    accountId: string,
    spaceId: string,
    talkId: string,
    action: TalkAction,
    write: (ctx: ActContext) => Promise<void>,
  ): Promise<TalkView> {
    const view = await db.transaction(async (tx) => {
      const pair = await requirePair(tx, accountId, spaceId);
      const talk = await visibleTalk(tx, pair, talkId, true);
      const now = clock();
      const state = stateOf(talk, await talksRepo(tx).entriesOf(talk.id));
      if (!allowedTalkActions(partiesOf(talk), state, pair.me.id, now)[action]) {
        throw talkRefusal(action, state, pair.me.id);
      }
      if (!windingDown.has(action)) await refuseWhenEnded(tx, spaceId, now);
      const add = async (values: EntryValues, event: string) => {
        const entry = await talksRepo(tx).insertEntry({
          ...values,
          talkId: talk.id,
          spaceId,
          memberId: pair.me.id,
          at: now,
        });
        await recordEvent(tx, pair, event, talk.id, now);
        return entry;
      };
      await write({ tx, pair, talk, state, now, add });
      return viewOf(tx, pair, talk);
    });
    await events.publish(spaceId);
    return view;
  }

  function requireTurn(state: TalkState, turnId: string): void {
    if (openTurn(state)?.id !== turnId) throw notFound("That turn");
  }

  return {
    async list(accountId: string, spaceId: string): Promise<TalksView> {
      const pair = await requirePair(db, accountId, spaceId);
      const repo = talksRepo(db);
      const all = await repo.talksInSpace(spaceId);
      const entries = await repo.entriesInSpace(spaceId);
      const reflections = await repo.reflectionsOf(pair.me.id);
      const now = clock();
      const views = all
        .filter((talk) => betweenUs(pair, talk.proposerMemberId, talk.partnerMemberId))
        .map((talk) =>
          presentTalk(
            pair,
            talk,
            entries,
            reflections.find((r) => r.talkId === talk.id),
            now,
          ),
        );
      const active = views.find((view) => view.status === "running" || view.status === "on_break");
      return { talks: views, activeTalkId: active?.id ?? null };
    },

    async get(accountId: string, spaceId: string, talkId: string): Promise<TalkView> {
      const pair = await requirePair(db, accountId, spaceId);
      return viewOf(db, pair, await visibleTalk(db, pair, talkId));
    },

    async propose(accountId: string, spaceId: string, input: ProposeTalkInput): Promise<TalkView> {
      const view = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const other = requireOther(pair, "You can propose a talk");
        const now = clock();
        const startsAt = checkStartsAt(input.startsAt, now);
        const repo = talksRepo(tx);
        const talk = await repo.insertTalk({
          spaceId,
          proposerMemberId: pair.me.id,
          partnerMemberId: other.id,
          topic: input.topic,
          limitMinutes: input.limitMinutes,
          groundRules: input.groundRules,
          customRules: input.customRules,
          createdAt: now,
        });
        await repo.insertEntry({
          talkId: talk.id,
          spaceId,
          memberId: pair.me.id,
          kind: "time_proposed",
          startsAt,
          at: now,
        });
        await recordEvent(tx, pair, "talk.proposed", talk.id, now);
        return viewOf(tx, pair, talk);
      });
      await events.publish(spaceId);
      return view;
    },

    /** Saying yes to "now" starts the talk straight away. */
    accept: (accountId: string, spaceId: string, talkId: string) =>
      act(accountId, spaceId, talkId, "accept", async ({ tx, pair, talk, state, add }) => {
        const now = state.proposal?.startsAt === null;
        if (now) await requireNoOtherActive(tx, pair, talk.id);
        await add({ kind: "accepted" }, "talk.accepted");
        if (now) await add({ kind: "started" }, "talk.started");
      }),

    proposeTime: (accountId: string, spaceId: string, talkId: string, startsAt: string | null) =>
      act(accountId, spaceId, talkId, "proposeTime", async ({ now, add }) => {
        await add({ kind: "time_proposed", startsAt: checkStartsAt(startsAt, now) }, "talk.time_proposed");
      }),

    cancel: (accountId: string, spaceId: string, talkId: string) =>
      act(accountId, spaceId, talkId, "cancel", async ({ add }) => {
        await add({ kind: "cancelled" }, "talk.cancelled");
      }),

    start: (accountId: string, spaceId: string, talkId: string) =>
      act(accountId, spaceId, talkId, "start", async ({ tx, pair, talk, add }) => {
        await requireNoOtherActive(tx, pair, talk.id);
        await add({ kind: "started" }, "talk.started");
      }),

    /** No reason is asked for. The other person is told it is a break, with a time to come back. */
    pause: (accountId: string, spaceId: string, talkId: string, input: PauseTalkInput) =>
      act(accountId, spaceId, talkId, "pause", async ({ now, add }) => {
        await add(
          {
            kind: "paused",
            returnAt: new Date(now.getTime() + input.breakMinutes * minute),
            suggestion: input.suggestion ?? null,
          },
          "talk.paused",
        );
      }),

    resume: (accountId: string, spaceId: string, talkId: string) =>
      act(accountId, spaceId, talkId, "resume", async ({ add }) => {
        await add({ kind: "resumed" }, "talk.resumed");
      }),

    end: (accountId: string, spaceId: string, talkId: string, input: EndTalkInput) =>
      act(accountId, spaceId, talkId, "end", async ({ add }) => {
        await add({ kind: "ended", finished: input.finished }, "talk.ended");
      }),

    speak: (accountId: string, spaceId: string, talkId: string, text: string) =>
      act(accountId, spaceId, talkId, "speak", async ({ add }) => {
        await add({ kind: "point", text }, "talk.point");
      }),

    reflect: (accountId: string, spaceId: string, talkId: string, turnId: string, text: string) =>
      act(accountId, spaceId, talkId, "reflect", async ({ state, add }) => {
        requireTurn(state, turnId);
        await add({ kind: "reflection", turnId, text }, "talk.reflection");
      }),

    rate: (accountId: string, spaceId: string, talkId: string, turnId: string, rating: ReflectionRating) =>
      act(accountId, spaceId, talkId, "rate", async ({ state, add }) => {
        requireTurn(state, turnId);
        await add({ kind: "rating", turnId, rating }, "talk.rating");
      }),

    summarize: (accountId: string, spaceId: string, talkId: string, text: string) =>
      act(accountId, spaceId, talkId, "summarize", async ({ add }) => {
        await add({ kind: "summary", text }, "talk.summary");
      }),

    /** Private to its writer: the event kind is never streamed, and the other person's view never includes it. */
    async writeReflection(
      accountId: string,
      spaceId: string,
      talkId: string,
      sealed: string,
    ): Promise<TalkView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const talk = await visibleTalk(tx, pair, talkId, true);
        const now = clock();
        const state = stateOf(talk, await talksRepo(tx).entriesOf(talk.id));
        if (!allowedTalkActions(partiesOf(talk), state, pair.me.id, now).writeReflection) {
          throw new AppError("conflict", "You can write your reflection once the talk is over.");
        }
        await talksRepo(tx).saveReflection({
          talkId: talk.id,
          spaceId,
          memberId: pair.me.id,
          sealed,
          updatedAt: now,
        });
        await recordEvent(tx, pair, "talk.reflection_saved", talk.id, now);
        return viewOf(tx, pair, talk);
      });
    },
  };
}

export type TalksService = ReturnType<typeof talksService>;
