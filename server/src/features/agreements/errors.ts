import type { Refusal } from "@mend/core/agreements/lifecycle";
import { AppError, notFound } from "../../http/errors.ts";

export const agreementNotFound = () => notFound("That agreement");

/** A refusal from the state machine: the wrong person gets 403, the wrong moment 409. */
export const refused = (refusal: Refusal) =>
  new AppError(refusal.kind === "not_allowed" ? "forbidden" : "conflict", refusal.message);
