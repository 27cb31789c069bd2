import type { InsightsView } from "@mend/core/insights/contract";
import type { BreachKind } from "@mend/core/spaces/contract";
import type { RepairRole } from "@mend/core/spaces/roles";

/** Breaches that involved hiding the truth: trust after these tends to come back more slowly. */
const deceptiveBreaches: readonly BreachKind[] = ["infidelity", "lying", "withholding"];

const roleWords: Record<RepairRole, string> = {
  hurt: "How you feel counts, whatever the record says, and you set the pace. Neither chart is a test you can fail.",
  broke_trust:
    "The record follows what you do, week after week. Small things done reliably move it more than any grand gesture, and a setback is a moment to own, not to hide.",
  both: "Each of you is rebuilding something and healing from something. The record follows what each of you does; your feelings are yours, whatever it says.",
};

/**
 * Honest expectations: repair is slow and uneven, and after deception trust often settles lower
 * than it was. Said plainly, because false hope does more harm than a realistic picture.
 */
export function framingView(role: RepairRole, breachKinds: readonly BreachKind[]): InsightsView["framing"] {
  const paragraphs = [
    "Rebuilding trust usually takes months, and often longer than a year. It rarely climbs in a straight line.",
    "Dips are normal. A hard day, an anniversary or a memory that comes back can pull things down for a while. Look at the direction over many weeks rather than at any single week.",
  ];
  if (breachKinds.some((kind) => deceptiveBreaches.includes(kind))) {
    paragraphs.push(
      "When a breach involved deception, trust often comes to rest a little lower than where it was before, even when repair goes well. That is not failure: many people find that trust rebuilt with open eyes holds up better than the trust they had.",
    );
  }
  paragraphs.push(
    "These charts keep two things apart: what has happened and is on record for both of you, and how it feels, from your own check-ins. Neither is a verdict on anyone.",
    roleWords[role],
  );
  return { title: "What to expect", paragraphs };
}
