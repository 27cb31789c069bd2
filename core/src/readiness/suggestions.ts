import { type RoleText, sameForAll } from "./role-text.ts";

/**
 * "repair" and "deciding" suggestions are the only ones that speak of the relationship's future; the
 * safety path never includes them.
 */
export type SuggestionKind = "safety" | "professional_help" | "self_care" | "deciding" | "repair";

export interface SuggestionText {
  kind: SuggestionKind;
  text: RoleText;
}

const s = (kind: SuggestionKind, text: RoleText): SuggestionText => ({ kind, text });

export const suggestionTexts = {
  emergency: s("safety", sameForAll("If you are in danger right now, call your local emergency number.")),
  safety_page: s(
    "safety",
    sameForAll(
      "The safety page has ideas for what you can do now, and help lines you can call in confidence.",
    ),
  ),
  safe_device: s(
    "safety",
    sameForAll(
      "If the other person can see your phone or computer, look for help from a device they can't reach.",
    ),
  ),
  safety_support: s(
    "professional_help",
    sameForAll(
      "An advocate or counselor who knows about abuse can support you on your own, at your own pace.",
    ),
  ),
  safety_available: s(
    "safety",
    sameForAll("If anything about your safety worries you, the safety page is there whenever you want it."),
  ),
  counselor_deciding: s(
    "professional_help",
    sameForAll(
      "A counselor can help you think this through, on your own or together, without pushing either way.",
    ),
  ),
  counselor_repair: s(
    "professional_help",
    sameForAll(
      "A counselor who works with trust and betrayal can help, especially when things feel stuck or too heavy to carry. It's fine to meet a few and choose one you feel safe with.",
    ),
  ),
  own_support: s(
    "self_care",
    sameForAll(
      "Your health matters. Support just for you, from a doctor, a counselor or a trusted friend, helps whatever you decide.",
    ),
  ),
  addiction_help: s("professional_help", {
    broke_trust:
      "Getting treatment for the addiction is likely the first step. A doctor or a specialist service can help you begin.",
    hurt: "Support groups for people close to someone with an addiction can help you, whatever the other person does.",
    both: "Treatment for the addiction, and support for the person living alongside it, are likely the first steps.",
  }),
  bring_to_light: s("professional_help", {
    broke_trust:
      "Think about what it would take to bring what is hidden into the open, perhaps with a counselor's help. Trust can only grow on what is known.",
    hurt: "You're allowed to trust your sense that something is missing, and to ask about it when you feel ready.",
    both: "Bringing what is hidden into the open, perhaps with a counselor's help, needs to come before anything else.",
  }),
  deciding_page: s(
    "deciding",
    sameForAll(
      "The page on deciding can help you weigh staying and leaving. Either can be the right choice.",
    ),
  ),
  self_care: s(
    "self_care",
    sameForAll(
      "Look after yourself through this: rest, people who are on your side, and time that is just yours.",
    ),
  ),
  first_step: s("repair", {
    broke_trust: "When you're ready, start by putting into words what you did and what it did to them.",
    hurt: "When you're ready, you can start by putting into words how this has affected you.",
    both: "When you're ready, start by putting into words what happened, from each side.",
  }),
} as const satisfies Record<string, SuggestionText>;

export type SuggestionId = keyof typeof suggestionTexts;
