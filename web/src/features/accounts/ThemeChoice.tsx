import { type ThemeChoice as Choice, chooseTheme, useThemeChoice } from "../../app/theme.ts";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";

const choices = [
  { value: "system", label: "Same as this device", hint: "Light or dark, following your device's setting." },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
] as const satisfies ReadonlyArray<{ value: Choice; label: string; hint?: string }>;

/** Light, dark or the device's own setting; it changes at once and is remembered in this browser. */
export function ThemeChoice() {
  const choice = useThemeChoice();
  return (
    <section className="section" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <RadioGroup
        id="theme"
        legend="Colours"
        hint="This is remembered in this browser only."
        choices={choices}
        value={choice}
        onChange={chooseTheme}
      />
    </section>
  );
}
