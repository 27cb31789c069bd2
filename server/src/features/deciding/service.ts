import type { AccountView } from "@mend/core/accounts/contract";
import type {
  DecidingView,
  DecisionInput,
  DecisionWords,
  OwnDecisionView,
  SharedDecisionPartView,
} from "@mend/core/deciding/contract";
import { type DecisionPart, decisionParts, decisionPartText, pathsFor } from "@mend/core/deciding/index";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { readinessRepo } from "../readiness/repo.ts";
import { heldWords } from "../solo/presenters.ts";
import { type PrivateEntryRow, privateEntriesRepo } from "../solo/repo.ts";
import { reaches, requirePair, type Sides } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";

const sharedPartsOf = (row: PrivateEntryRow) =>
  decisionParts.filter((part) => row.sharedParts[part] !== undefined);

function presentOwn(row: PrivateEntryRow): OwnDecisionView {
  return {
    id: row.id,
    ...heldWords(row),
    decidedAt: row.createdAt.toISOString(),
    sharedParts: sharedPartsOf(row),
  };
}

/**
 * What a shared part says: the words its author's browser sent when sharing it, or, for a decision from
 * before the vault that its author has not opened since, the same words made from what the server holds.
 */
function sharedText(row: PrivateEntryRow, part: DecisionPart, relationship: RelationshipKind) {
  const sent = row.sharedTexts[part];
  if (sent !== undefined) return sent;
  return row.body === null ? undefined : decisionPartText(row.body as DecisionWords, part, relationship);
}

/**
 * Only the parts the other person shared, each while the caller was here: never the rest of the
 * decision, nor whether any unshared decision exists.
 */
function sharedWithCaller(
  sides: Sides,
  relationship: RelationshipKind,
  rows: PrivateEntryRow[],
): SharedDecisionPartView[] {
  return rows.flatMap((row) =>
    decisionParts.flatMap((part) => {
      const sharedAt = row.sharedParts[part];
      if (sharedAt === undefined || !reaches(sides, row.memberId, new Date(sharedAt))) return [];
      const text = sharedText(row, part, relationship);
      return text === undefined ? [] : [{ decisionId: row.id, part, text, sharedAt }];
    }),
  );
}

/** What the other person shared with a member from their decisions, for that member's export. */
export async function decisionPartsSharedWith(
  db: Database,
  spaceId: string,
  memberId: string,
): Promise<SharedDecisionPartView[]> {
  const members = await spacesRepo(db).activeMembers(spaceId);
  const me = members.find((m) => m.id === memberId);
  const other = members.find((m) => m.id !== memberId);
  const space = await spacesRepo(db).findSpace(spaceId);
  if (!me || !other || !space) return [];
  const rows = await privateEntriesRepo(db).decisionsOf(other.id);
  return sharedWithCaller({ me, other }, space.relationship as RelationshipKind, rows);
}

/**
 * Deciding whether to stay, leave or take time: each person's private tool. Decisions are private
 * entries, sealed whole in their author's browser; recording again keeps the earlier ones. A part is
 * shared only by its author's choice, with the words their browser opened for it, and taking it back
 * removes those words and tells nobody.
 */
export function decidingService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function ownDecision(tx: Database, accountId: string, spaceId: string, decisionId: string) {
    const { space, member } = await requireMembership(tx, accountId, spaceId);
    const row = await privateEntriesRepo(tx).findOwn(decisionId, member.id, "decision");
    if (!row || row.spaceId !== spaceId) throw notFound("That decision");
    return { row, relationship: space.relationship as RelationshipKind };
  }

  return {
    async view(account: AccountView, spaceId: string): Promise<DecidingView> {
      const pair = await requirePair(db, account.id, spaceId);
      const relationship = pair.space.relationship as RelationshipKind;
      // Only when: what the check found is worked out in the person's browser from their sealed answers.
      const takenAt = await readinessRepo(db).latestCompletion(pair.me.id);
      const repo = privateEntriesRepo(db);
      return {
        relationship,
        paths: pathsFor(relationship),
        readiness: takenAt ? { takenAt: takenAt.toISOString() } : null,
        decisions: (await repo.decisionsOf(pair.me.id)).map(presentOwn),
        sharedWithYou: pair.other
          ? sharedWithCaller(pair, relationship, await repo.decisionsOf(pair.other.id))
          : [],
      };
    },

    /** The path chosen is checked in the browser against the paths shown: the server never reads it. */
    async record(account: AccountView, spaceId: string, input: DecisionInput): Promise<OwnDecisionView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const now = clock();
        const row = await privateEntriesRepo(tx).insert({
          id: input.id,
          spaceId,
          memberId: member.id,
          kind: "decision",
          sealed: input.sealed,
          revisitOn: input.revisitOn,
          createdAt: now,
          updatedAt: now,
        });
        if (!row) {
          throw new AppError(
            "conflict",
            "A decision with this id already exists. Record it again to try once more.",
          );
        }
        return presentOwn(row);
      });
    },

    async share(
      account: AccountView,
      spaceId: string,
      decisionId: string,
      part: DecisionPart,
      text: string | undefined,
    ): Promise<OwnDecisionView> {
      return db.transaction(async (tx) => {
        const { row } = await ownDecision(tx, account.id, spaceId, decisionId);
        const now = clock();
        const { [part]: _was, ...otherParts } = row.sharedParts;
        const { [part]: _wasText, ...otherTexts } = row.sharedTexts;
        // Sharing again keeps the first time; taking it back removes it and its words, leaving nothing.
        const shared =
          text === undefined
            ? { sharedParts: otherParts, sharedTexts: otherTexts }
            : {
                sharedParts: { ...otherParts, [part]: row.sharedParts[part] ?? now.toISOString() },
                sharedTexts: { ...otherTexts, [part]: text },
              };
        return presentOwn(await privateEntriesRepo(tx).update(row.id, { ...shared, updatedAt: now }));
      });
    },

    /**
     * Seals a decision from before the vault, as its author's browser sends it. The words of the parts
     * they share are kept beside the envelope, made from the plain words in the same step, so the other
     * person still reads them; nothing else of the words is kept.
     */
    async seal(
      account: AccountView,
      spaceId: string,
      decisionId: string,
      sealed: string,
    ): Promise<OwnDecisionView> {
      return db.transaction(async (tx) => {
        const { row, relationship } = await ownDecision(tx, account.id, spaceId, decisionId);
        const sharedTexts = Object.fromEntries(
          sharedPartsOf(row).flatMap((part) => {
            const text = sharedText(row, part, relationship);
            return text === undefined ? [] : [[part, text]];
          }),
        );
        const upgraded = await privateEntriesRepo(tx).sealPlain(row.id, row.memberId, sealed, sharedTexts);
        if (!upgraded) throw new AppError("conflict", "This decision is already sealed in your vault.");
        return presentOwn(upgraded);
      });
    },

    async remove(account: AccountView, spaceId: string, decisionId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { row } = await ownDecision(tx, account.id, spaceId, decisionId);
        await privateEntriesRepo(tx).remove(row.id);
      });
    },
  };
}

export type DecidingService = ReturnType<typeof decidingService>;
