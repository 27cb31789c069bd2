import { type SharedThing, sharedWithYouKey } from "@mend/core/reminders/keys";
import type { ReminderDelivery } from "@mend/core/reminders/kinds";
import type { JobLog } from "../../jobs/engine.ts";
import type { JobSender } from "../../jobs/sender.ts";

/**
 * Hands one reminder over to what reaches people (the "notify" queue), which checks the person's
 * own choices and quiet hours and sends it once per account and key. Rejects when it could not be
 * queued. What is handed over names a kind and ids only: never what anyone wrote.
 */
export type HandOver = (delivery: ReminderDelivery) => Promise<void>;

/** The queue that reaches people: its jobs carry a `ReminderDelivery`. */
export const notifyQueue = "notify";

/** Hands reminders to the "notify" queue (through `lateJobSender` where the engine starts later). */
export function handOverToNotify(jobs: JobSender): HandOver {
  return (delivery) => jobs.send({ queue: notifyQueue, data: delivery });
}

/**
 * What a write path uses after its transaction has committed: the change is saved whatever
 * happens here, so a hand-over that fails is logged (by kind only, never the delivery) and the
 * request still succeeds.
 */
export interface SharedReminders {
  /** The other person deliberately shared `thing` with the person `to` (undefined: nobody to tell). */
  shared(
    spaceId: string,
    to: { accountId: string } | undefined,
    thing: SharedThing,
    id: string,
  ): Promise<void>;
  /** Any other reminder a deliberate act of the other person makes due at once. */
  handOver(delivery: ReminderDelivery): Promise<void>;
}

export function sharedReminders(handOver: HandOver | undefined, log: JobLog): SharedReminders {
  const afterCommit = async (delivery: ReminderDelivery) => {
    if (!handOver) return;
    try {
      await handOver(delivery);
    } catch (error) {
      log.warn(
        {
          reminder: {
            kind: delivery.kind,
            error: error instanceof Error ? error.constructor.name : "unknown",
          },
        },
        "A reminder could not be handed over; what was saved stays saved.",
      );
    }
  };
  return {
    async shared(spaceId, to, thing, id) {
      if (!to) return;
      await afterCommit({
        accountId: to.accountId,
        spaceId,
        kind: "shared-with-you",
        key: sharedWithYouKey(thing, id),
      });
    },
    handOver: afterCommit,
  };
}
