import type {
  LogTransparencyInput,
  RespondInput,
  TransparencyActView,
  TransparencyListView,
} from "@mend/core/agreements/promise-contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { type SpaceContext, spaceContext } from "../agreements/context.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import { reaches } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { presentAct } from "./presenters.ts";
import { promisesRepo } from "./repo.ts";

const actNotFound = () => notFound("That note");

/** Proactive transparency: plans or news shared before being asked, logged as a kept act by either person. */
export function transparencyService(deps: { db: Database; clock: () => Date; events: SpaceEventPublisher }) {
  const { db, clock, events } = deps;

  async function view(tx: Database, context: SpaceContext, actId: string): Promise<TransparencyActView> {
    const [act] = await promisesRepo(tx).actsIn(context.spaceId, { actId });
    if (!act || !reaches(context, act.row.memberId, act.row.at)) throw actNotFound();
    return presentAct(act, context);
  }

  return {
    async list(accountId: string, spaceId: string): Promise<TransparencyListView> {
      const context = await spaceContext(db, accountId, spaceId);
      const acts = (await promisesRepo(db).actsIn(spaceId)).filter((a) =>
        reaches(context, a.row.memberId, a.row.at),
      );
      return { acts: acts.map((a) => presentAct(a, context)) };
    },

    async log(accountId: string, spaceId: string, input: LogTransparencyInput): Promise<TransparencyActView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const now = clock();
        const act = await promisesRepo(tx).insertAct({
          spaceId,
          memberId: context.me.id,
          note: input.note,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "transparency.shared",
          at: now,
          data: { subjectId: act.id },
        });
        return view(tx, context, act.id);
      });
      await events.publish(spaceId);
      return saved;
    },

    async respond(
      accountId: string,
      spaceId: string,
      actId: string,
      input: RespondInput,
    ): Promise<TransparencyActView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const repo = promisesRepo(tx);
        const [act] = await repo.actsIn(spaceId, { actId, lock: true });
        if (!act || !reaches(context, act.row.memberId, act.row.at)) throw actNotFound();
        if (act.row.memberId === context.me.id) {
          throw new AppError("forbidden", "You shared this, so it's the other person who can confirm it.");
        }
        const now = clock();
        await repo.insertResponse({
          actId,
          memberId: context.me.id,
          response: input.response === "confirm" ? "confirmed" : "disputed",
          note: input.note ?? null,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: input.response === "confirm" ? "transparency.confirmed" : "transparency.disputed",
          at: now,
          data: { subjectId: actId },
        });
        return view(tx, context, actId);
      });
      await events.publish(spaceId);
      return saved;
    },
  };
}

export type TransparencyService = ReturnType<typeof transparencyService>;
