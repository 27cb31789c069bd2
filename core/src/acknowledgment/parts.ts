import type { RepairRole } from "../spaces/roles.ts";

/**
 * The two statements of the Acknowledge phase: the hurt person's impact statement, and the
 * acknowledgment and apology of the person who broke trust. With a mutual breach, each writes both.
 */
export const statementKinds = ["impact", "acknowledgment"] as const;
export type StatementKind = (typeof statementKinds)[number];

export const impactParts = ["happened", "felt", "need"] as const;
export type ImpactPart = (typeof impactParts)[number];

export const acknowledgmentParts = ["whatIDid", "impact", "responsibility", "change", "amends"] as const;
export type AcknowledgmentPart = (typeof acknowledgmentParts)[number];

export type StatementPart<K extends StatementKind> = K extends "impact" ? ImpactPart : AcknowledgmentPart;

export const statementParts: { [K in StatementKind]: readonly StatementPart<K>[] } = {
  impact: impactParts,
  acknowledgment: acknowledgmentParts,
};

/** The parts a shared version cannot leave empty; the others may wait for a later version. */
export const requiredParts: { [K in StatementKind]: readonly StatementPart<K>[] } = {
  impact: ["happened", "felt"],
  acknowledgment: ["whatIDid", "impact", "responsibility"],
};

export const maxPartLength = 6000;

/** Which statements a role writes: the hurt person tells the impact, the other acknowledges it. */
export function writesStatement(role: RepairRole, kind: StatementKind): boolean {
  if (role === "both") return true;
  return kind === "impact" ? role === "hurt" : role === "broke_trust";
}

/** The statement kinds a role writes, in the order they are usually written. */
export function statementsFor(role: RepairRole): StatementKind[] {
  return statementKinds.filter((kind) => writesStatement(role, kind));
}

/**
 * A shared acknowledgment counts as an apology once it also says what will change or how amends
 * will be made: owning the harm and offering repair are what people weigh most in an apology.
 */
export function includesApology(parts: Partial<Record<AcknowledgmentPart, string>>): boolean {
  const filled = (part: AcknowledgmentPart) => (parts[part] ?? "").trim().length > 0;
  return filled("responsibility") && (filled("change") || filled("amends"));
}

export interface PartGuide {
  title: string;
  prompt: string;
  hints: readonly string[];
}

export interface StatementGuide<K extends StatementKind> {
  title: string;
  intro: string;
  parts: Record<StatementPart<K>, PartGuide>;
}

/** The guidance shown beside each part while writing. */
export const statementGuides: { [K in StatementKind]: StatementGuide<K> } = {
  impact: {
    title: "How it affected me",
    intro:
      "This is your side of what happened, in your own words. Nobody else sees it until you decide to share it, and you can take all the time you need.",
    parts: {
      happened: {
        title: "What happened, as I lived it",
        prompt: "Describe what happened from where you stood: what you found out or went through, and when.",
        hints: [
          "Begin with the moment that stays with you the most.",
          "You don't have to include every detail. Write what matters to you.",
          'Sentences that start with "I" keep the focus on your experience: "I found…", "I remember…".',
        ],
      },
      felt: {
        title: "How it felt, and how it feels now",
        prompt:
          "Name the feelings, even the ones that seem to contradict each other: anger, sadness, fear, confusion, feeling smaller than before.",
        hints: [
          "What changed in how you see yourself, the other person, or the two of you?",
          "What is hardest now, from one day to the next?",
        ],
      },
      need: {
        title: "What I need now",
        prompt: "What would help you feel safer or more heard? It can be small and practical.",
        hints: [
          "For example: honest answers to some questions, openness about something specific, or time.",
          "Needs shift as things move. You can share a new version later.",
        ],
      },
    },
  },
  acknowledgment: {
    title: "My acknowledgment and apology",
    intro:
      "Say what you did and what it did to them, plainly. An acknowledgment lands best with no excuses, softening or blame beside it. Nobody sees your draft until you share it.",
    parts: {
      whatIDid: {
        title: "What I did",
        prompt:
          "Name what you did, specifically: the actions, how long they went on, and what you hid or said to cover them.",
        hints: [
          'Use "I" and name the act: "I lied to you about…" rather than "mistakes were made".',
          "Leave your reasons out for now. If they want to understand why, they can ask.",
        ],
      },
      impact: {
        title: "What it did to you",
        prompt:
          "Describe how your actions affected them, as far as you understand it, including what they have told you.",
        hints: [
          "If they shared how it affected them, put what you read there into your own words.",
          "Don't guess at feelings they haven't described. Say what you know, and ask about the rest.",
        ],
      },
      responsibility: {
        title: "My responsibility",
        prompt: 'Say that it was your choice and yours to answer for, without a "but" after it.',
        hints: [
          'Watch for words that hand part of the blame back: "if", "but", "you also".',
          "Regret belongs here too: say what exactly you are sorry for.",
        ],
      },
      change: {
        title: "What will change",
        prompt:
          "What will you do differently, and from when? Make it concrete enough that they could notice it.",
        hints: [
          "A small promise you keep is worth more than a big one you can't.",
          "You can turn these into promises or agreements in Mend later.",
        ],
      },
      amends: {
        title: "How I will make amends",
        prompt: "What will you do to repair some of the harm? Ask them what would help, too.",
        hints: [
          "Amends are offered freely, not traded for forgiveness.",
          "It's fine to say you don't know yet and that you will ask.",
        ],
      },
    },
  },
};
