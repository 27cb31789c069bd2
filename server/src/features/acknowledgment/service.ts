import type {
  OwnStatementView,
  StatementDraftInput,
  StatementResponseInput,
  StatementsView,
  StatementVersionView,
} from "@mend/core/acknowledgment/contract";
import { type StatementKind, writesStatement } from "@mend/core/acknowledgment/parts";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { type Pair, reaches, requireOther, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { presentOwn, presentStatements, presentVersion } from "./presenters.ts";
import { statementsRepo } from "./repo.ts";

const notYours: Record<StatementKind, string> = {
  impact:
    "The impact statement is for the person who was hurt to write. Your part here is the acknowledgment and apology.",
  acknowledgment:
    "The acknowledgment is for the person who broke trust to write. Your part here is telling how it affected you.",
};

function requireWriter(pair: Pair, kind: StatementKind): void {
  if (!writesStatement(pair.roles.own, kind)) throw new AppError("forbidden", notYours[kind]);
}

export function statementsService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  const { db, clock, events, reminders } = deps;

  async function rowsFor(tx: Database, pair: Pair) {
    const repo = statementsRepo(tx);
    const drafts = await repo.draftsOf(pair.me.id);
    const versions = await repo.versionsInSpace(pair.space.id);
    const responses = await repo.responsesInSpace(pair.space.id);
    return { drafts, versions, responses };
  }

  return {
    async overview(accountId: string, spaceId: string): Promise<StatementsView> {
      const pair = await requirePair(db, accountId, spaceId);
      return presentStatements(pair, await rowsFor(db, pair));
    },

    async saveDraft(
      accountId: string,
      spaceId: string,
      kind: StatementKind,
      input: StatementDraftInput,
    ): Promise<OwnStatementView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        requireWriter(pair, kind);
        const now = clock();
        const repo = statementsRepo(tx);
        const holder = await repo.draftById(input.id);
        if (holder && (holder.memberId !== pair.me.id || holder.kind !== kind)) {
          throw new AppError("conflict", "That draft id is taken. Reload the page and try again.");
        }
        await repo.saveDraft({
          id: input.id,
          spaceId,
          memberId: pair.me.id,
          kind,
          sealed: input.sealed,
          updatedAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "statement.draft_saved",
          at: now,
          data: { kind },
        });
        return presentOwn(pair, kind, await rowsFor(tx, pair));
      });
    },

    async discardDraft(accountId: string, spaceId: string, kind: StatementKind): Promise<void> {
      await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        requireWriter(pair, kind);
        if (!(await statementsRepo(tx).deleteDraft(pair.me.id, kind))) return;
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "statement.draft_discarded",
          at: clock(),
          data: { kind },
        });
      });
    },

    /** Shares exactly the given parts as a new, fixed version; the draft it came from is removed. */
    async share(
      accountId: string,
      spaceId: string,
      kind: StatementKind,
      parts: Record<string, string>,
    ): Promise<OwnStatementView> {
      const { view, other, versionId } = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        requireWriter(pair, kind);
        const other = requireOther(pair, "You can share this");
        // One share at a time per space, so version numbers never collide.
        await spacesRepo(tx).lockSpace(spaceId);
        const repo = statementsRepo(tx);
        const now = clock();
        const number = await repo.nextNumber(pair.me.id, kind);
        const version = await repo.insertVersion({
          spaceId,
          memberId: pair.me.id,
          kind,
          number,
          parts,
          sharedAt: now,
        });
        await repo.deleteDraft(pair.me.id, kind);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "statement.shared",
          at: now,
          data: { subjectId: version.id, kind },
        });
        return { view: presentOwn(pair, kind, await rowsFor(tx, pair)), other, versionId: version.id };
      });
      await events.publish(spaceId);
      await reminders?.shared(spaceId, other, "statement", versionId);
      return view;
    },

    async respond(
      accountId: string,
      spaceId: string,
      versionId: string,
      input: StatementResponseInput,
    ): Promise<StatementVersionView> {
      const view = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const repo = statementsRepo(tx);
        const version = await repo.findVersion(spaceId, versionId);
        if (!version || !reaches(pair, version.memberId, version.sharedAt)) throw notFound("That statement");
        if (version.memberId === pair.me.id) {
          throw new AppError(
            "forbidden",
            "This is your own statement. The response is for the person you wrote it to.",
          );
        }
        if (version.kind !== "acknowledgment") {
          throw new AppError(
            "conflict",
            "An impact statement doesn't take a response here. You can answer it with your acknowledgment.",
          );
        }
        const now = clock();
        await repo.insertResponse({
          spaceId,
          versionId: version.id,
          memberId: pair.me.id,
          response: input.response,
          note: input.note || null,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "statement.responded",
          at: now,
          data: { subjectId: version.id },
        });
        return presentVersion(pair, version, await repo.responsesInSpace(spaceId));
      });
      await events.publish(spaceId);
      return view;
    },
  };
}

export type StatementsService = ReturnType<typeof statementsService>;
