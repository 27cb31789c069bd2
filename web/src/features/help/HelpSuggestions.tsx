import type { HelpView } from "@mend/core/insights/contract";

type Suggestion = HelpView["suggestions"][number];

/** Suggestions of professional help, each with what was noticed and what kind of help fits. */
export function HelpSuggestions({ suggestions }: { suggestions: Suggestion[] }) {
  return (
    <ul className="suggestions">
      {suggestions.map((suggestion) => (
        <li key={`${suggestion.rule}-${suggestion.perspective}`} className="suggestion">
          <h3 className="suggestion__title">{suggestion.title}</h3>
          {!suggestion.shared && <p className="privacy-tag">Only you can see this</p>}
          <p>{suggestion.why}</p>
          <p className="suggestion__recommend">
            <span className="suggestion__label">What could help: </span>
            {suggestion.recommendation}
          </p>
        </li>
      ))}
    </ul>
  );
}
