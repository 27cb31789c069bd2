import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../../../server/src/db/database.ts";
import { checkOtherSpace } from "./check-other-space.ts";
import { addOtherSpaces, type OtherSpacesOptions, otherSpacesOptions } from "./other-spaces.ts";

/**
 * `BENCH_OTHER_SPACES=10000 npm run bench` runs the API and progress benches on a database that
 * already holds that many other couples' histories: the server on day 1,000 rather than day 1.
 */
function otherSpacesAsked(): number {
  const asked = process.env.BENCH_OTHER_SPACES;
  if (asked === undefined || asked === "" || asked === "0") return 0;
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`BENCH_OTHER_SPACES should be a whole number of spaces, not "${asked}".`);
  }
  return count;
}

export const otherSpacesCount = otherSpacesAsked();

/** What a bench's name adds when it runs among other spaces. */
export const amongOtherSpaces =
  otherSpacesCount > 0 ? `, with ${otherSpacesCount.toLocaleString("en")} other spaces` : "";

export interface OtherSpacesAdded {
  options: OtherSpacesOptions;
  lines: string[];
}

/** Fills a freshly migrated database with other spaces when the run asked for them. */
export async function addOtherSpacesWhenAsked(handle: DatabaseHandle): Promise<OtherSpacesAdded | undefined> {
  if (otherSpacesCount === 0) return undefined;
  const options = otherSpacesOptions(otherSpacesCount);
  const started = performance.now();
  const added = await addOtherSpaces(handle, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    options,
    lines: [
      `other spaces: ${otherSpacesCount} (${added.checkins} check-ins, ${added.marks} promise marks, ${added.appreciations} appreciations, ${added.events} events) written in ${seconds} s`,
    ],
  };
}

/** Opens one of the added spaces through `app`, so the bench never times data the app cannot read. */
export async function checkedOtherSpaces(
  app: FastifyInstance,
  added: OtherSpacesAdded | undefined,
): Promise<string[]> {
  if (!added) return [];
  return [...added.lines, await checkOtherSpace(app, added.options)];
}
