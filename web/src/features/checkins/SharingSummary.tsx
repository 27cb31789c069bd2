import type { ShareableSection, Sharing } from "@mend/core/checkins/fields";
import { sectionNames } from "./ShareSwitch.tsx";

/** "a, b and c" */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

interface Props {
  otherName: string;
  sharing: Sharing;
  /** The parts this check-in has (the five-part ratings belong to weekly ones only). */
  sections: ShareableSection[];
}

/** Just before saving: everything the other person will see, and what stays with the author. */
export function SharingSummary({ otherName, sharing, sections }: Props) {
  const shared = sections.filter((section) => sharing[section]).map((section) => sectionNames[section]);
  const kept = [
    ...sections.filter((section) => !sharing[section]).map((section) => sectionNames[section]),
    "your note",
    "your answers to the private questions",
  ];
  return (
    <section className="sharing-summary" aria-labelledby="sharing-summary-title" aria-live="polite">
      <h2 id="sharing-summary-title" className="sharing-summary__title">
        What {otherName} will see
      </h2>
      {shared.length > 0 ? (
        <p>
          {otherName} will see {listInWords(shared)}, if you filled {shared.length === 1 ? "it" : "them"} in.
        </p>
      ) : (
        <p>Nothing. {otherName} won't see this check-in at all, or know that you made it.</p>
      )}
      <p className="muted">Staying with you: {listInWords(kept)}. You can change what you share later.</p>
    </section>
  );
}
