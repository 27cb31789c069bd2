import type { AccountView } from "@mend/core/accounts/contract";
import type {
  DecidingView,
  DecisionInput,
  OwnDecisionView,
  SharedDecisionPartView,
} from "@mend/core/deciding/contract";
import { type DecisionPart, decisionParts, pathsFor, pathText } from "@mend/core/deciding/index";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import type { Database } from "../../db/database.ts";
import { notFound, validationFailed } from "../../http/errors.ts";
import { readinessRepo } from "../readiness/repo.ts";
import { type PrivateEntryRow, privateEntriesRepo } from "../solo/repo.ts";
import { reaches, requirePair, type Sides } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";

type DecisionBody = Pick<
  DecisionInput,
  "path" | "timeFrame" | "revisitOn" | "wants" | "fears" | "mustChange"
>;

const sharedPartsOf = (row: PrivateEntryRow) =>
  decisionParts.filter((part) => row.sharedParts[part] !== undefined);

function presentOwn(row: PrivateEntryRow): OwnDecisionView {
  const body = row.body as DecisionBody;
  return {
    id: row.id,
    path: body.path,
    timeFrame: body.timeFrame,
    revisitOn: body.revisitOn,
    wants: body.wants,
    fears: body.fears,
    mustChange: body.mustChange,
    decidedAt: row.createdAt.toISOString(),
    sharedParts: sharedPartsOf(row),
  };
}

/** What one shared part says. The path part carries the time frame and revisit date with it. */
function partText(body: DecisionBody, part: DecisionPart, relationship: RelationshipKind): string {
  switch (part) {
    case "path":
      return `${pathText(body.path, relationship).label}: for ${body.timeFrame.amount} ${body.timeFrame.unit}, looking at it again on ${body.revisitOn}.`;
    case "wants":
      return body.wants;
    case "fears":
      return body.fears;
    case "must_change":
      return body.mustChange;
  }
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
      const text = partText(row.body as DecisionBody, part, relationship);
      return [{ decisionId: row.id, part, text, sharedAt }];
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
 * entries; recording again keeps the earlier ones. A part is shared only by its author's choice,
 * and taking it back tells nobody.
 */
export function decidingService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function ownDecision(tx: Database, accountId: string, spaceId: string, decisionId: string) {
    const { member } = await requireMembership(tx, accountId, spaceId);
    const row = await privateEntriesRepo(tx).findOwn(decisionId, member.id, "decision");
    if (!row || row.spaceId !== spaceId) throw notFound("That decision");
    return row;
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

    async record(account: AccountView, spaceId: string, input: DecisionInput): Promise<OwnDecisionView> {
      return db.transaction(async (tx) => {
        const { space, member } = await requireMembership(tx, account.id, spaceId);
        if (!pathsFor(space.relationship as RelationshipKind).includes(input.path)) {
          throw validationFailed("Choose one of the paths shown for this relationship.", {
            path: "Choose one of the paths shown for this relationship.",
          });
        }
        const now = clock();
        const body: DecisionBody = {
          path: input.path,
          timeFrame: input.timeFrame,
          revisitOn: input.revisitOn,
          wants: input.wants,
          fears: input.fears,
          mustChange: input.mustChange,
        };
        return presentOwn(
          await privateEntriesRepo(tx).insert({
            spaceId,
            memberId: member.id,
            kind: "decision",
            body,
            createdAt: now,
            updatedAt: now,
          }),
        );
      });
    },

    async share(
      account: AccountView,
      spaceId: string,
      decisionId: string,
      part: DecisionPart,
      shared: boolean,
    ): Promise<OwnDecisionView> {
      return db.transaction(async (tx) => {
        const row = await ownDecision(tx, account.id, spaceId, decisionId);
        const now = clock();
        const { [part]: _was, ...others } = row.sharedParts;
        // Sharing again keeps the first time; taking it back removes it with nothing left behind.
        const sharedParts = shared
          ? { ...others, [part]: row.sharedParts[part] ?? now.toISOString() }
          : others;
        return presentOwn(await privateEntriesRepo(tx).update(row.id, { sharedParts, updatedAt: now }));
      });
    },

    async remove(account: AccountView, spaceId: string, decisionId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await ownDecision(tx, account.id, spaceId, decisionId);
        await privateEntriesRepo(tx).remove(row.id);
      });
    },
  };
}

export type DecidingService = ReturnType<typeof decidingService>;
