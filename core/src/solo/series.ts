import type { RepairRole } from "../spaces/roles.ts";

/**
 * Guided series on the path for one person alone: a few prompts answered one at a time, privately.
 * Each prompt is answered once (the answer can be rewritten or removed); a series is walked when
 * every prompt has an answer.
 */
export const soloSeriesIds = ["self_trust", "how_it_happened", "self_forgiveness"] as const;
export type SoloSeriesId = (typeof soloSeriesIds)[number];

export interface SoloPrompt {
  /** Unique across all series: `<series>.<name>`. */
  id: string;
  text: string;
}

export interface SoloSeries {
  id: SoloSeriesId;
  title: string;
  about: string;
  prompts: readonly SoloPrompt[];
}

const prompts = (series: SoloSeriesId, list: [name: string, text: string][]): SoloPrompt[] =>
  list.map(([name, text]) => ({ id: `${series}.${name}`, text }));

export const soloSeries: Readonly<Record<SoloSeriesId, SoloSeries>> = {
  self_trust: {
    id: "self_trust",
    title: "Trusting your own judgment",
    about:
      "Being deceived can leave you doubting what you see and feel. These prompts look for the places where your judgment held, so you can lean on it again, one small decision at a time.",
    prompts: prompts("self_trust", [
      [
        "noticed",
        "What did you sense was wrong before you knew for certain? Write it down as you remember it.",
      ],
      [
        "talked_out_of",
        "Was there a moment someone, or you yourself, talked you out of what you felt? What was said?",
      ],
      [
        "held_up",
        "Name a recent choice you made on your own that turned out well. What told you it was right?",
      ],
      [
        "not_your_fault",
        "Being lied to says something about the person who lied. What do you want to stop blaming yourself for?",
      ],
      [
        "next_signal",
        "When something feels off in future, what will you do first, before anyone explains it away?",
      ],
    ]),
  },
  how_it_happened: {
    id: "how_it_happened",
    title: "Understanding how it happened",
    about:
      "Understanding is not excusing. Look at the choices you made, what was going on around you, and the story you told yourself, so you can see the pattern and stop it.",
    prompts: prompts("how_it_happened", [
      [
        "choices",
        "List the choices you made along the way, starting with the first small one. Say each as your own decision.",
      ],
      [
        "circumstances",
        "What was happening in your life at the time: pressures, stress, distance, opportunity? These explain the setting, not the choice.",
      ],
      [
        "told_yourself",
        "What did you tell yourself to make it feel acceptable, or to keep it hidden? Write the words as you thought them.",
      ],
      [
        "pattern",
        "Where else have you seen this in yourself: avoiding a hard talk, hiding, taking what you wanted? What connects them?",
      ],
      [
        "what_changes",
        "What will you do differently when the same pressure or thought comes back? Be concrete.",
      ],
    ]),
  },
  self_forgiveness: {
    id: "self_forgiveness",
    title: "Forgiving yourself without letting yourself off",
    about:
      "Forgiving yourself means holding yourself fully responsible and still choosing to grow, not to punish yourself forever or to decide it was not so bad. The other person's hurt stays real either way.",
    prompts: prompts("self_forgiveness", [
      ["own_it", "Say plainly what you did and who it hurt, with no 'but' after it."],
      [
        "harm_not_minimised",
        "What part of the harm are you tempted to make smaller than it was? Write it at its real size.",
      ],
      [
        "shame_or_change",
        "Which of your thoughts about yourself push you to change, and which only keep you stuck in shame?",
      ],
      [
        "repair_in_deeds",
        "What will you keep doing, whether or not you are forgiven by them, that shows the change is real?",
      ],
      [
        "kind_and_honest",
        "Write a few lines to yourself that are honest about what you did and still kind about who you can become.",
      ],
    ]),
  },
};

export const allSoloPrompts: readonly SoloPrompt[] = soloSeriesIds.flatMap((id) => soloSeries[id].prompts);

export const isSoloPrompt = (promptId: string) => allSoloPrompts.some((p) => p.id === promptId);

export const seriesOfPrompt = (promptId: string): SoloSeriesId | undefined =>
  soloSeriesIds.find((id) => soloSeries[id].prompts.some((p) => p.id === promptId));

/** The person who was hurt works on self-trust; the one who broke trust on understanding and self-forgiveness. */
export function seriesFor(role: RepairRole): SoloSeriesId[] {
  if (role === "hurt") return ["self_trust"];
  if (role === "broke_trust") return ["how_it_happened", "self_forgiveness"];
  return ["self_trust", "how_it_happened", "self_forgiveness"];
}
