import { inputsFromFacts, type MaintenanceInputs } from "@mend/core/maintenance/rules";
import { type FactsContext, spaceFacts } from "../journey/facts.ts";
import { reachesEveryone } from "../spaces/pair.ts";
import { maintenanceRepo } from "./repo.ts";

/** The same context as the journey's facts: maintenance reads them first. */
export type MaintenanceContext = FactsContext;

/**
 * What one feature adds to the maintenance rule's inputs. Phases, check-in dates, promise outcomes
 * and agreement breaches already arrive through the journey's shared facts (`factsSources`), so a
 * feature that feeds those needs nothing here. Add a source for what facts don't carry, such as
 * trust ratings from shared check-ins. Only things both members can see belong here: the result,
 * warnings included, is shown to both.
 */
export type MaintenanceSource = (
  context: MaintenanceContext,
) => Promise<Partial<Omit<MaintenanceInputs, "phases">>>;

/** Monthly conversations held by the two people in the space now. */
const reviewsSource: MaintenanceSource = async ({ db, spaceId, roles }) => ({
  reviews: (await maintenanceRepo(db).reviewsOf(spaceId))
    .filter((row) => row.memberId !== null && reachesEveryone(roles.members, row.memberId, row.heldAt))
    .map((row) => row.heldAt),
});

/** Every feature that feeds the maintenance rule, one line each. */
export const maintenanceSources: MaintenanceSource[] = [reviewsSource];

type ListKey = Exclude<keyof MaintenanceInputs, "phases">;

export async function gatherMaintenanceInputs(
  context: MaintenanceContext,
  sources: MaintenanceSource[] = maintenanceSources,
): Promise<MaintenanceInputs> {
  const facts = await spaceFacts(context);
  const patches: Awaited<ReturnType<MaintenanceSource>>[] = [];
  // One at a time: this runs inside the transaction that marks a monthly conversation.
  for (const source of sources) patches.push(await source(context));
  const inputs = inputsFromFacts(facts, context.now);
  const all = <K extends ListKey>(key: K) =>
    [inputs, ...patches].flatMap((part) => [...(part[key] ?? [])]) as NonNullable<MaintenanceInputs[K]>;
  return {
    phases: inputs.phases,
    checkins: all("checkins"),
    reviews: all("reviews"),
    trustRatings: all("trustRatings"),
    promiseOutcomes: all("promiseOutcomes"),
    breaches: all("breaches"),
  };
}
