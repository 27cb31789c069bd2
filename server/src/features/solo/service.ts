import type { AccountView } from "@mend/core/accounts/contract";
import type {
  OwnAmendInput,
  OwnAmendView,
  PromptAnswerView,
  SoloPathView,
  SupporterInput,
  SupporterView,
  TimelineEntryInput,
  TimelineEntryView,
} from "@mend/core/solo/contract";
import { isSoloPrompt, type SoloSeriesId, seriesFor, seriesOfPrompt, soloSteps } from "@mend/core/solo/index";
import type { Database } from "../../db/database.ts";
import { notFound } from "../../http/errors.ts";
import { statementsRepo } from "../acknowledgment/repo.ts";
import { requirePair } from "../spaces/pair.ts";
import { requireMembership } from "../spaces/service.ts";
import { type PrivateEntryKind, type PrivateEntryRow, privateEntriesRepo } from "./repo.ts";

interface TimelineBody {
  date: string | null;
  roughly: string | null;
  happened: string;
  certainty: TimelineEntryView["certainty"];
}
interface SupporterBody {
  name: string;
  reach: string;
  note: string | null;
}
interface AmendBody {
  what: string;
}
interface AnswerBody {
  text: string;
}

const iso = (date: Date) => date.toISOString();

function presentTimeline(row: PrivateEntryRow): TimelineEntryView {
  const body = row.body as TimelineBody;
  return {
    id: row.id,
    date: body.date,
    roughly: body.roughly,
    happened: body.happened,
    certainty: body.certainty,
    writtenAt: iso(row.createdAt),
  };
}

function presentSupporter(row: PrivateEntryRow): SupporterView {
  const body = row.body as SupporterBody;
  return { id: row.id, name: body.name, reach: body.reach, note: body.note };
}

function presentAmend(row: PrivateEntryRow): OwnAmendView {
  return {
    id: row.id,
    what: (row.body as AmendBody).what,
    doneAt: row.doneAt ? iso(row.doneAt) : null,
    writtenAt: iso(row.createdAt),
  };
}

function presentAnswer(row: PrivateEntryRow): PromptAnswerView {
  return { promptId: row.promptId ?? "", text: (row.body as AnswerBody).text, writtenAt: iso(row.updatedAt) };
}

/** Dated entries in date order; the ones placed only roughly keep the order they were written in, after. */
function inTimelineOrder(entries: TimelineEntryView[]): TimelineEntryView[] {
  const dated = entries
    .filter((e) => e.date !== null)
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  return [...dated, ...entries.filter((e) => e.date === null)];
}

const timelineBody = (input: TimelineEntryInput): TimelineBody => ({
  date: input.date ?? null,
  roughly: input.roughly || null,
  happened: input.happened,
  certainty: input.certainty,
});
const supporterBody = (input: SupporterInput): SupporterBody => ({
  name: input.name,
  reach: input.reach,
  note: input.note || null,
});

const entryNotFound = () => notFound("That entry");

/**
 * The path for one person alone. Every read and write is of the caller's own entries; nothing is
 * recorded as a space event or streamed, so no one else learns that any of it exists.
 */
export function soloService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function own(
    tx: Database,
    accountId: string,
    spaceId: string,
    entryId: string,
    kind: PrivateEntryKind,
  ) {
    const { member } = await requireMembership(tx, accountId, spaceId);
    const row = await privateEntriesRepo(tx).findOwn(entryId, member.id, kind);
    if (!row || row.spaceId !== spaceId) throw entryNotFound();
    return row;
  }

  async function add(accountId: string, spaceId: string, kind: PrivateEntryKind, body: object) {
    return db.transaction(async (tx) => {
      const { member } = await requireMembership(tx, accountId, spaceId);
      const now = clock();
      return privateEntriesRepo(tx).insert({
        spaceId,
        memberId: member.id,
        kind,
        body,
        createdAt: now,
        updatedAt: now,
      });
    });
  }

  async function change(
    accountId: string,
    spaceId: string,
    entryId: string,
    kind: PrivateEntryKind,
    body: object,
  ) {
    return db.transaction(async (tx) => {
      const row = await own(tx, accountId, spaceId, entryId, kind);
      return privateEntriesRepo(tx).update(row.id, { body, updatedAt: clock() });
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
        timeline: inTimelineOrder(ofKind("timeline").map(presentTimeline)),
        supporters: ofKind("supporter").map(presentSupporter),
        amends,
        series: seriesFor(role).map((id) => ({ id, answers: answered(id) })),
      };
    },

    addTimelineEntry: async (account: AccountView, spaceId: string, input: TimelineEntryInput) =>
      presentTimeline(await add(account.id, spaceId, "timeline", timelineBody(input))),
    editTimelineEntry: async (account: AccountView, spaceId: string, id: string, input: TimelineEntryInput) =>
      presentTimeline(await change(account.id, spaceId, id, "timeline", timelineBody(input))),
    removeTimelineEntry: (account: AccountView, spaceId: string, id: string) =>
      remove(account.id, spaceId, id, "timeline"),

    addSupporter: async (account: AccountView, spaceId: string, input: SupporterInput) =>
      presentSupporter(await add(account.id, spaceId, "supporter", supporterBody(input))),
    editSupporter: async (account: AccountView, spaceId: string, id: string, input: SupporterInput) =>
      presentSupporter(await change(account.id, spaceId, id, "supporter", supporterBody(input))),
    removeSupporter: (account: AccountView, spaceId: string, id: string) =>
      remove(account.id, spaceId, id, "supporter"),

    addAmend: async (account: AccountView, spaceId: string, input: OwnAmendInput) =>
      presentAmend(await add(account.id, spaceId, "own_amend", { what: input.what })),
    editAmend: async (account: AccountView, spaceId: string, id: string, input: OwnAmendInput) =>
      presentAmend(await change(account.id, spaceId, id, "own_amend", { what: input.what })),
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

    /** One answer per prompt: answering again rewrites it. */
    async answer(
      account: AccountView,
      spaceId: string,
      promptId: string,
      text: string,
    ): Promise<PromptAnswerView> {
      knownPrompt(promptId);
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const repo = privateEntriesRepo(tx);
        const now = clock();
        const existing = await repo.findAnswer(member.id, promptId);
        if (existing && existing.spaceId === spaceId) {
          return presentAnswer(await repo.update(existing.id, { body: { text }, updatedAt: now }));
        }
        return presentAnswer(
          await repo.insert({
            spaceId,
            memberId: member.id,
            kind: "prompt_answer",
            promptId,
            body: { text },
            createdAt: now,
            updatedAt: now,
          }),
        );
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
  };
}

export type SoloService = ReturnType<typeof soloService>;
