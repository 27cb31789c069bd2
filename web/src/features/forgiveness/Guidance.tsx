import type { GuidanceSection } from "@mend/core/forgiveness/practices";

interface Props {
  section: Pick<GuidanceSection, "id" | "title" | "paragraphs">;
  /** A callout sets the guidance apart from the page around it. */
  tone?: "plain" | "info" | "care" | "welcome";
}

/** A heading and a few paragraphs of guidance, written in core so every screen says the same thing. */
export function Guidance({ section, tone = "plain" }: Props) {
  const titleId = `${section.id}-title`;
  if (tone === "plain") {
    return (
      <section className="section" aria-labelledby={titleId}>
        <h2 id={titleId}>{section.title}</h2>
        {section.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    );
  }
  return (
    <section className={`callout callout--${tone}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="callout__title">
        {section.title}
      </h2>
      {section.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}
