import type { AccountView } from "@mend/core/accounts/contract";
import type {
  OwnAmendView,
  PromptAnswerView,
  SealedEntryView,
  SoloPathView,
  SupporterView,
  TimelineEntryView,
} from "@mend/core/solo/contract";
import { isSoloPrompt, type SoloSeriesId, seriesFor, seriesOfPrompt, soloSteps } from "@mend/core/solo/index";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { statementsRepo } from "../acknowledgment/repo.ts";
import { requirePair } from "../spaces/pair.ts";
import { requireMembership } from "../spaces/service.ts";
import { heldWords } from "./presenters.ts";
import { type PrivateEntryKind, type PrivateEntryRow, privateEntriesRepo } from "./repo.ts";

const iso = (date: Date) => date.toISOString();

function presentTimeline(row: PrivateEntryRow): TimelineEntryView {
  return { id: row.id, ...heldWords(row), writtenAt: iso(row.createdAt) };
}

function presentSupporter(row: PrivateEntryRow): SupporterView {
  return { id: row.id, ...heldWords(row) };
}

function presentAmend(row: PrivateEntryRow): OwnAmendView {
  return {
    id: row.id,
    ...heldWords(row),
    doneAt: row.doneAt ? iso(row.doneAt) : null,
    writtenAt: iso(row.createdAt),
  };
}

function presentAnswer(row: PrivateEntryRow): PromptAnswerView {
  return { id: row.id, ...heldWords(row), promptId: row.promptId ?? "", writtenAt: iso(row.updatedAt) };
}

const entryNotFound = () => notFound("That entry");
const idTaken = () =>
  new AppError("conflict", "An entry with this id already exists. Save it again to try once more.");

/** The kinds of entry on the path itself; decisions are sealed on the deciding page. */
const pathKinds = ["timeline", "supporter", "own_amend", "prompt_answer"] as const;

/**
 * The path for one person alone. Every read and write is of the caller's own entries; nothing is
 * recorded as a space event or streamed, so no one else learns that any of it exists. Their words come
 * sealed by their browser, and the server keeps the envelopes as they come.
 */
export function soloService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function own(
    tx: Database,
    accountId: string,
    spaceId: string,
    entryId: string,
    kind: PrivateEntryKind | readonly PrivateEntryKind[],
  ) {
    const { member } = await requireMembership(tx, accountId, spaceId);
    const row = await privateEntriesRepo(tx).findOwn(entryId, member.id, kind);
    if (!row || row.spaceId !== spaceId) throw entryNotFound();
    return row;
  }

  async function add(accountId: string, spaceId: string, kind: PrivateEntryKind, id: string, sealed: string) {
    return db.transaction(async (tx) => {
      const { member } = await requireMembership(tx, accountId, spaceId);
      const now = clock();
      const row = await privateEntriesRepo(tx).insert({
        id,
        spaceId,
        memberId: member.id,
        kind,
        sealed,
        createdAt: now,
        updatedAt: now,
      });
      if (!row) throw idTaken();
      return row;
    });
  }

  /** Rewriting an entry replaces its envelope, and leaves no words of an older version in the clear. */
  async function change(
    accountId: string,
    spaceId: string,
    entryId: string,
    kind: PrivateEntryKind,
    sealed: string,
  ) {
    return db.transaction(async (tx) => {
      const row = await own(tx, accountId, spaceId, entryId, kind);
      return privateEntriesRepo(tx).update(row.id, { sealed, body: null, updatedAt: clock() });
    });
  }

  async function remove(accountId: string, spaceId: string, entryId: string, kind: PrivateEntryKind) {
    await db.transaction(async (tx) => {
      const row = await own(tx, accountId, spaceId, entryId, kind);
      await privateEntriesRepo(tx).remove(row.id);
    });
  }

  function knownPrompt(promptId: string): SoloSeriesId {
    const series = isSoloPrompt(promptId) ? seriesOfPrompt(promptId) : undefined;
    if (!series) throw notFound("That prompt");
    return series;
  }

  return {
    async path(account: AccountView, spaceId: string): Promise<SoloPathView> {
      const pair = await requirePair(db, account.id, spaceId);
      const memberId = pair.me.id;
      const role = pair.roles.own;
      const entries = await privateEntriesRepo(db).allOwn(memberId);
      const ofKind = (kind: PrivateEntryKind) => entries.filter((e) => e.kind === kind);
      const answers = ofKind("prompt_answer").map(presentAnswer);
      const answered = (series: SoloSeriesId) => answers.filter((a) => seriesOfPrompt(a.promptId) === series);
      const amends = ofKind("own_amend").map(presentAmend);
      const ack = statementsRepo(db);
      const acknowledgmentStarted =
        (await ack.draftsOf(memberId)).some((d) => d.kind === "acknowledgment") ||
        (await ack.nextNumber(memberId, "acknowledgment")) > 1;
      const steps = soloSteps(role, {
        timelineEntries: ofKind("timeline").length,
        supporters: ofKind("supporter").length,
        amends: amends.length,
        amendsDone: amends.filter((a) => a.doneAt !== null).length,
        answered: {
          self_trust: answered("self_trust").length,
          how_it_happened: answered("how_it_happened").length,
          self_forgiveness: answered("self_forgiveness").length,
        },
        acknowledgmentStarted,
        decisions: ofKind("decision").length,
      });
      return {
        role,
        otherHere: pair.other !== undefined,
        steps,
        timeline: ofKind("timeline").map(presentTimeline),
        supporters: ofKind("supporter").map(presentSupporter),
        amends,
        series: seriesFor(role).map((id) => ({ id, answers: answered(id) })),
      };
    },

    addTimelineEntry: async (account: AccountView, spaceId: string, id: string, sealed: string) =>
      presentTimeline(await add(account.id, spaceId, "timeline", id, sealed)),
    editTimelineEntry: async (account: AccountView, spaceId: string, id: string, sealed: string) =>
      presentTimeline(await change(account.id, spaceId, id, "timeline", sealed)),
    removeTimelineEntry: (account: AccountView, spaceId: string, id: string) =>
      remove(account.id, spaceId, id, "timeline"),

    addSupporter: async (account: AccountView, spaceId: string, id: string, sealed: string) =>
      presentSupporter(await add(account.id, spaceId, "supporter", id, sealed)),
    editSupporter: async (account: AccountView, spaceId: string, id: string, sealed: string) =>
      presentSupporter(await change(account.id, spaceId, id, "supporter", sealed)),
    removeSupporter: (account: AccountView, spaceId: string, id: string) =>
      remove(account.id, spaceId, id, "supporter"),

    addAmend: async (account: AccountView, spaceId: string, id: string, sealed: string) =>
      presentAmend(await add(account.id, spaceId, "own_amend", id, sealed)),
    editAmend: async (account: AccountView, spaceId: string, id: string, sealed: string) =>
      presentAmend(await change(account.id, spaceId, id, "own_amend", sealed)),
    removeAmend: (account: AccountView, spaceId: string, id: string) =>
      remove(account.id, spaceId, id, "own_amend"),
    async markAmend(account: AccountView, spaceId: string, id: string, done: boolean): Promise<OwnAmendView> {
      return db.transaction(async (tx) => {
        const row = await own(tx, account.id, spaceId, id, "own_amend");
        const now = clock();
        // Marking done again keeps the first date it was done.
        const doneAt = done ? (row.doneAt ?? now) : null;
        return presentAmend(await privateEntriesRepo(tx).update(row.id, { doneAt, updatedAt: now }));
      });
    },

    /**
     * One answer per prompt: answering again rewrites it, sealed under the id it already has (the
     * browser read it from the path), so a different id for an answered prompt is refused.
     */
    async answer(
      account: AccountView,
      spaceId: string,
      promptId: string,
      id: string,
      sealed: string,
    ): Promise<PromptAnswerView> {
      knownPrompt(promptId);
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const repo = privateEntriesRepo(tx);
        const now = clock();
        const existing = await repo.findAnswer(member.id, promptId);
        if (existing && existing.spaceId === spaceId) {
          if (existing.id !== id) {
            throw new AppError(
              "conflict",
              "This prompt's answer was changed elsewhere. Reload the page to see it, then write again.",
            );
          }
          return presentAnswer(await repo.update(existing.id, { sealed, body: null, updatedAt: now }));
        }
        const row = await repo.insert({
          id,
          spaceId,
          memberId: member.id,
          kind: "prompt_answer",
          promptId,
          sealed,
          createdAt: now,
          updatedAt: now,
        });
        if (!row) throw idTaken();
        return presentAnswer(row);
      });
    },

    async removeAnswer(account: AccountView, spaceId: string, promptId: string): Promise<void> {
      knownPrompt(promptId);
      await db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const existing = await privateEntriesRepo(tx).findAnswer(member.id, promptId);
        if (!existing || existing.spaceId !== spaceId) throw notFound("That answer");
        await privateEntriesRepo(tx).remove(existing.id);
      });
    },

    /**
     * Seals an entry from before the vault, as its author's browser sends it: the server swaps its words
     * for the envelope and keeps nothing of them. An entry already sealed stays as it is.
     */
    async seal(
      account: AccountView,
      spaceId: string,
      entryId: string,
      sealed: string,
    ): Promise<SealedEntryView> {
      return db.transaction(async (tx) => {
        const row = await own(tx, account.id, spaceId, entryId, pathKinds);
        const upgraded = await privateEntriesRepo(tx).sealPlain(row.id, row.memberId, sealed);
        if (!upgraded?.sealed) throw new AppError("conflict", "This entry is already sealed in your vault.");
        return { id: upgraded.id, sealed: upgraded.sealed };
      });
    },
  };
}

export type SoloService = ReturnType<typeof soloService>;
