import type { GuidancePage } from "@mend/core/safety/index";

export function GuidanceSections({ page }: { page: GuidancePage }) {
  return (
    <>
      {page.sections.map((section) => (
        <section key={section.id} className="section" aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`}>{section.heading}</h2>
          <ul>
            {section.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
