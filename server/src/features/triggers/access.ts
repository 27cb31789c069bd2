import { AppError } from "../../http/errors.ts";
import type { Pair } from "../spaces/pair.ts";

/** Triggers and reassurance requests belong to the person who was hurt (both people, with a mutual breach). */
export function requireHurt(pair: Pair, what: string): void {
  if (pair.roles.own === "broke_trust") {
    throw new AppError(
      "forbidden",
      `${what} is for the person who was hurt, for the moments the pain comes back.`,
    );
  }
}
