import type { HelpView } from "@mend/core/insights/contract";

/** The guide to finding a counselor, one collapsible part per topic. */
export function CounselorGuide({ guide }: { guide: HelpView["counselorGuide"] }) {
  return (
    <section className="section" aria-labelledby="guide-title">
      <h2 id="guide-title">{guide.title}</h2>
      <p>{guide.intro}</p>
      <div className="guide">
        {guide.sections.map((section) => (
          <details key={section.id} className="disclosure">
            <summary>{section.title}</summary>
            <ul className="plain-list">
              {section.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
