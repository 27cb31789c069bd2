import type { AccountView } from "@mend/core/accounts/contract";
import type { JourneyView } from "@mend/core/method/contract";
import { derivePhases, nextSteps } from "@mend/core/method/index";
import type { Database } from "../../db/database.ts";
import { progressCache } from "../../db/progress-cache.ts";
import { readinessRepo } from "../readiness/repo.ts";
import { type OpenedProgress, openProgress } from "../spaces/progress-version.ts";
import { factsContext, spaceFacts } from "./facts.ts";
import { presentPhase } from "./presenters.ts";

export function journeyService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  // Each person's journey, remembered until the space's record moves on (see db/progress-cache.ts).
  const pages = progressCache<JourneyView>();
  return {
    async view(account: AccountView, spaceId: string): Promise<JourneyView> {
      const opened = await openProgress(db, account.id, spaceId, clock());
      return pages.view(opened.version, () => derive(opened));
    },
  };

  async function derive({ space, member, reads, now }: OpenedProgress): Promise<JourneyView> {
    const context = await factsContext(db, space.id, now, reads);
    const { roles } = context;
    const facts = await spaceFacts(context);
    const other = roles.members.find((m) => m.id !== member.id);
    const readiness = readinessRepo(db);
    // Tailored to the person's own readiness result in their browser, which alone can open it.
    const steps = nextSteps(facts, member.id, now);
    return {
      yourMemberId: member.id,
      otherMemberId: other?.id ?? null,
      phases: derivePhases(facts, now).map(presentPhase),
      yourNextStep: steps.yourNextStep,
      waitingOn: steps.waitingOn,
      readiness: {
        youCompleted: (await readiness.latestCompletion(member.id)) !== undefined,
        otherCompleted: other ? (await readiness.latestCompletion(other.id)) !== undefined : false,
      },
    };
  }
}

export type JourneyService = ReturnType<typeof journeyService>;
