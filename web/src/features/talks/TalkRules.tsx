import type { TalkView } from "@mend/core/talks/contract";
import { groundRuleLabels } from "@mend/core/talks/rules";

/** The ground rules both agreed to, from the list and in their own words. */
export function TalkRules({ talk, open = false }: { talk: TalkView; open?: boolean }) {
  const count = talk.groundRules.length + talk.customRules.length;
  if (count === 0) return null;
  return (
    <details className="disclosure talk-rules" open={open}>
      <summary>Ground rules ({count})</summary>
      <ul>
        {talk.groundRules.map((rule) => (
          <li key={rule}>{groundRuleLabels[rule]}</li>
        ))}
        {talk.customRules.map((rule) => (
          <li key={rule} className="written">
            {rule}
          </li>
        ))}
      </ul>
    </details>
  );
}
