import type { ComponentProps } from "react";
import { TextArea } from "../../ui/TextArea.tsx";
import { type CoachKind, CoachPanel } from "./CoachPanel.tsx";
import { selectWordsIn } from "./show-words.ts";

type Props = ComponentProps<typeof TextArea> & { coach: CoachKind };

/** A text area with the language coach beside it (below it on a narrow screen). */
export function CoachedTextArea({ coach, ...field }: Props) {
  return (
    <div className="coach-layout">
      <div className="coach-layout__main">
        <TextArea {...field} />
      </div>
      <div className="coach-layout__side">
        <CoachPanel
          kind={coach}
          text={field.value}
          onShowWords={(finding) => selectWordsIn(field.id, finding.start, finding.end)}
          onUseWording={(next, rewrite) => {
            field.onChange(next);
            // Back in the draft, with the new words selected, so the person sees what changed.
            requestAnimationFrame(() =>
              selectWordsIn(field.id, rewrite.start, rewrite.start + rewrite.text.length),
            );
          }}
        />
      </div>
    </div>
  );
}
