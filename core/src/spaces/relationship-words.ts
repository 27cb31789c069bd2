/**
 * The one place where the kind of relationship changes what Mend says. Mend is for partners, for a
 * parent and their adult child, for siblings and for friends; most of its words fit all of them and
 * are written that way. What cannot be said the same way for everyone is here, per kind, and every
 * page and server text that needs it reads it from here. `romanceOnlyWords` is what must never reach
 * anyone but partners; a test renders the guidance for each kind against it.
 */
import type { RelationshipKind } from "./contract.ts";

export interface RelationshipWords {
  /** Whether romantic and physical intimacy may be spoken of (the closeness ladder, time-together ideas). */
  romantic: boolean;
  /** Who a counselor for the two of them works with, as a plural: "couples", "families". */
  counselingFor: string;
  /** The kind of counseling that sees both of them together, as a title: "Couples sessions". */
  jointSessions: string;
  /** Which approaches to ask a counselor about, with research behind them. */
  approaches: string;
  /** People in this kind of relationship who keep it in good shape, for research comparisons. */
  steadyPairs: string;
  /** Examples of the betrayals people recover from, as a list ending "or another betrayal". */
  betrayals: string;
}

export const relationshipWords: Record<RelationshipKind, RelationshipWords> = {
  partner: {
    romantic: true,
    counselingFor: "couples",
    jointSessions: "Couples sessions",
    approaches:
      "Ask which couples approach they trained in. Methods with research behind them include Emotionally Focused Therapy, the Gottman Method and Integrative Behavioral Couple Therapy.",
    steadyPairs: "couples who do well",
    betrayals: "an affair, lies or another betrayal",
  },
  family: {
    romantic: false,
    counselingFor: "families",
    jointSessions: "Family sessions",
    approaches:
      "Ask how they work with two members of a family together, adults included, and what research stands behind their approach. Family therapists are trained for exactly this.",
    steadyPairs: "people who get on well",
    betrayals: "lies, broken promises or another betrayal",
  },
  friend: {
    romantic: false,
    counselingFor: "two people together",
    jointSessions: "Sessions together",
    approaches:
      "Ask whether they see two friends together; many counselors do, and say so when asked. Ask what research stands behind their approach.",
    steadyPairs: "people who get on well",
    betrayals: "lies, broken promises or another betrayal",
  },
  other: {
    romantic: false,
    counselingFor: "two people together",
    jointSessions: "Sessions together",
    approaches:
      "Ask whether they see two people together, whatever their relationship, and what research stands behind their approach.",
    steadyPairs: "people who get on well",
    betrayals: "lies, broken promises or another betrayal",
  },
};

export const wordsFor = (kind: RelationshipKind): RelationshipWords => relationshipWords[kind];

/**
 * Words that assume romance. Only partners may meet them; for a parent and child, siblings or
 * friends they read as wrong, or worse. Whole words, any case.
 */
export const romanceOnlyWords: readonly RegExp[] = [
  /\bpartners?\b/i,
  /\bcouples?\b(?! of\b)/i,
  /\bromanc/i,
  /\bromantic/i,
  /\bintima(te|cy)\b/i,
  /\bsex(ual|ually)?\b/i,
  /\bkiss(es|ing)?\b/i,
  /\bdate night/i,
  /\bmarriage\b/i,
  /\bmarried\b/i,
  /\bspouses?\b/i,
  /\bhusbands?\b/i,
  /\bwi(fe|ves)\b/i,
  /\bgetting back together\b/i,
  /\bin bed\b/i,
];

/** The romance-only words found in `text`, as written there. */
export function romanceOnlyWordsIn(text: string): string[] {
  return romanceOnlyWords.flatMap((pattern) => {
    const found = new RegExp(pattern.source, "gi");
    return [...text.matchAll(found)].map((match) => match[0]);
  });
}
