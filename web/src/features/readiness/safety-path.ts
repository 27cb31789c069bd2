import { useQuery } from "@tanstack/react-query";
import { journeyQuery } from "../journey/api.ts";

/**
 * Whether this person's latest readiness check put them on the safety path: true, false, or undefined
 * while not yet known. Only the person's own screens ask; the other person's never change with it.
 * Anything that nudges toward the other person waits for a plain `false`, so it never flashes up first.
 */
export function useOnSafetyPath(spaceId: string): boolean | undefined {
  const journey = useQuery(journeyQuery(spaceId));
  return journey.data ? journey.data.readiness.yourPath === "safety" : undefined;
}
