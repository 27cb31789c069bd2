import { breachViewLabels } from "@mend/core/spaces/contract";
import { type BreachView, breachViews } from "@mend/core/spaces/roles";
import type { ReactNode } from "react";
import { type Choice, RadioGroup } from "../../ui/ChoiceGroup.tsx";

interface Props {
  id: string;
  /** The other person's name, so "The other person did" can say who. */
  otherName: string;
  value: BreachView | null;
  onChange: (value: BreachView) => void;
  error?: string | undefined;
  hint: ReactNode;
}

const roleHints: Record<BreachView, string> = {
  me: "You'll get the steps for the one rebuilding trust.",
  them: "You'll get the steps for the one who was hurt.",
  both: "You'll each get both sets of steps.",
  complicated: "You'll each get both sets of steps, and can untangle it as you go.",
};

/** "Who broke trust, as you see it?" — the same question for the person who starts a space and the one who joins. */
export function BreachViewChoices({ id, otherName, value, onChange, error, hint }: Props) {
  const name = otherName.trim();
  const choices: Choice<BreachView>[] = breachViews.map((view) => ({
    value: view,
    label: view === "them" && name ? `${name} did` : breachViewLabels[view],
    hint: roleHints[view],
  }));
  return (
    <RadioGroup
      id={id}
      legend="Who broke trust, as you see it?"
      hint={hint}
      choices={choices}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
