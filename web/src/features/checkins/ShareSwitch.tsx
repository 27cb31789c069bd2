import type { ShareableSection } from "@mend/core/checkins/fields";

/** How each shareable part is named, in "Share with Sam: …" and in lists of what is shared. */
export const sectionNames: Record<ShareableSection, string> = {
  trustNow: "your trust rating",
  elements: "your ratings of the five parts of trust",
  emotions: "your feelings",
  signs: "the signs you noticed",
  need: "what you need from them",
};

/** What the other person will, or won't, see of each part: said plainly beside every switch. */
function consequence(section: ShareableSection, on: boolean, otherName: string): string {
  if (!on) {
    return section === "need"
      ? `Private: this stays with you and won't reach ${otherName}.`
      : `Private: only you will see this. ${otherName} won't know you answered it.`;
  }
  switch (section) {
    case "trustNow":
      return `${otherName} will see the number you choose.`;
    case "elements":
      return `${otherName} will see all five of these ratings.`;
    case "emotions":
      return `${otherName} will see the feelings you pick and how strong each one was.`;
    case "signs":
      return `${otherName} will see which of these you ticked.`;
    case "need":
      return `${otherName} will see what you write here.`;
  }
}

interface Props {
  /** Prefix for the input's id; the section name is added. */
  idPrefix: string;
  section: ShareableSection;
  otherName: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Shows the part's name beside the switch, for a list of switches away from their questions. */
  named?: boolean;
}

/** An on/off switch for one part of a check-in, with what it means for the other person beside it. */
export function ShareSwitch({ idPrefix, section, otherName, checked, onChange, disabled, named }: Props) {
  const id = `${idPrefix}-share-${section}`;
  return (
    <div className={`share${checked ? " share--on" : ""}`}>
      <div className="share__control">
        <input
          className="share__switch"
          type="checkbox"
          role="switch"
          id={id}
          checked={checked}
          aria-checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-effect`}
        />
        <label className="share__label" htmlFor={id}>
          Share with {otherName}
          <span className={named ? undefined : "visually-hidden"}>: {sectionNames[section]}</span>
        </label>
      </div>
      <p className="share__effect" id={`${id}-effect`}>
        {consequence(section, checked, otherName)}
      </p>
    </div>
  );
}
