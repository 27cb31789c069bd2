import type {
  AcknowledgeBoundaryInput,
  BoundaryInput,
  BoundaryListView,
  BoundaryView,
} from "@mend/core/agreements/contract";
import { boundaryGuidance } from "@mend/core/agreements/wording";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { boundaryReaches, type SpaceContext, spaceContext } from "./context.ts";
import { presentBoundary } from "./presenters.ts";
import { type AgreementsRepo, agreementsRepo, type BoundaryBundle } from "./repo.ts";

const boundaryNotFound = () => notFound("That boundary");

/**
 * Personal boundaries: the owner writes, rewrites (each change a new version) and retires them;
 * the other person can only say "I've read this", by pressing a button. Opening a page records nothing.
 */
export function boundariesService(deps: { db: Database; clock: () => Date; events: SpaceEventPublisher }) {
  const { db, clock, events } = deps;

  async function view(
    repo: AgreementsRepo,
    context: SpaceContext,
    boundaryId: string,
  ): Promise<BoundaryView> {
    const [bundle] = await repo.boundariesIn(context.spaceId, { boundaryId });
    if (!bundle || !boundaryReaches(context, bundle)) throw boundaryNotFound();
    return presentBoundary(bundle, context);
  }

  /** Finds and locks a boundary, and checks that the caller is its owner and it is still active. */
  async function ownActive(
    repo: AgreementsRepo,
    context: SpaceContext,
    boundaryId: string,
  ): Promise<BoundaryBundle> {
    const [bundle] = await repo.boundariesIn(context.spaceId, { boundaryId, lock: true });
    if (!bundle || !boundaryReaches(context, bundle)) throw boundaryNotFound();
    if (bundle.boundary.ownerMemberId !== context.me.id) {
      throw new AppError(
        "forbidden",
        "A boundary belongs to the person who set it, so only they can change it.",
      );
    }
    if (bundle.boundary.retiredAt !== null) {
      throw new AppError(
        "conflict",
        "This boundary was retired, so it can't change any more. You can set a new one.",
      );
    }
    return bundle;
  }

  return {
    async list(accountId: string, spaceId: string): Promise<BoundaryListView> {
      const context = await spaceContext(db, accountId, spaceId);
      const bundles = (await agreementsRepo(db).boundariesIn(spaceId)).filter((b) =>
        boundaryReaches(context, b),
      );
      return { boundaries: bundles.map((b) => presentBoundary(b, context)), guidance: boundaryGuidance };
    },

    async create(accountId: string, spaceId: string, input: BoundaryInput): Promise<BoundaryView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const repo = agreementsRepo(tx);
        const now = clock();
        const boundary = await repo.insertBoundary({ spaceId, ownerMemberId: context.me.id, createdAt: now });
        await repo.insertBoundaryVersion({
          boundaryId: boundary.id,
          statement: input.statement,
          why: input.why ?? null,
          createdAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "boundary.created",
          at: now,
          data: { subjectId: boundary.id },
        });
        return view(repo, context, boundary.id);
      });
      await events.publish(spaceId);
      return saved;
    },

    async revise(
      accountId: string,
      spaceId: string,
      boundaryId: string,
      input: BoundaryInput,
    ): Promise<BoundaryView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const repo = agreementsRepo(tx);
        await ownActive(repo, context, boundaryId);
        const now = clock();
        await repo.insertBoundaryVersion({
          boundaryId,
          statement: input.statement,
          why: input.why ?? null,
          createdAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "boundary.revised",
          at: now,
          data: { subjectId: boundaryId },
        });
        return view(repo, context, boundaryId);
      });
      await events.publish(spaceId);
      return saved;
    },

    async retire(accountId: string, spaceId: string, boundaryId: string): Promise<BoundaryView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        const repo = agreementsRepo(tx);
        await ownActive(repo, context, boundaryId);
        const now = clock();
        await repo.retireBoundary(boundaryId, now);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "boundary.retired",
          at: now,
          data: { subjectId: boundaryId },
        });
        return view(repo, context, boundaryId);
      });
      await events.publish(spaceId);
      return saved;
    },

    /** The reader's explicit "I've read this" for the version they saw; pressing it twice changes nothing. */
    async acknowledge(
      accountId: string,
      spaceId: string,
      boundaryId: string,
      input: AcknowledgeBoundaryInput,
    ): Promise<BoundaryView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const repo = agreementsRepo(tx);
        const [bundle] = await repo.boundariesIn(spaceId, { boundaryId, lock: true });
        if (!bundle || !boundaryReaches(context, bundle)) throw boundaryNotFound();
        if (bundle.boundary.ownerMemberId === context.me.id) {
          throw new AppError(
            "forbidden",
            "This is your own boundary. The other person is the one who can say they've read it.",
          );
        }
        if (bundle.boundary.retiredAt !== null) {
          throw new AppError("conflict", "This boundary was retired, so there is nothing to acknowledge.");
        }
        const current = bundle.versions.at(-1);
        if (!current || current.id !== input.versionId) {
          throw new AppError(
            "conflict",
            "This boundary has changed since you opened it. Read the latest version, then say you've read that one.",
          );
        }
        const already = bundle.acknowledgments.some(
          (a) => a.versionId === current.id && a.memberId === context.me.id,
        );
        if (!already) {
          const now = clock();
          await repo.insertAcknowledgment({ versionId: current.id, memberId: context.me.id, at: now });
          await spacesRepo(tx).recordEvent({
            spaceId,
            memberId: context.me.id,
            kind: "boundary.acknowledged",
            at: now,
            data: { subjectId: boundaryId },
          });
        }
        return view(repo, context, boundaryId);
      });
      await events.publish(spaceId);
      return saved;
    },
  };
}

export type BoundariesService = ReturnType<typeof boundariesService>;
