import type { QuestionStepView } from "@mend/core/questions/contract";
import { formatDateTime } from "../../ui/dates.ts";

function StepBody({ step, who, replaced }: { step: QuestionStepView; who: string; replaced: boolean }) {
  switch (step.kind) {
    case "answer":
      return (
        <>
          <p className="thread-step__what">
            {step.replaces ? `${who} changed the answer` : `${who} answered`}
            {replaced && <span className="status-pill status-pill--quiet">An earlier version</span>}
          </p>
          <p className="written thread-step__text">{step.text}</p>
        </>
      );
    case "need_time":
      return (
        <>
          <p className="thread-step__what">
            {who} asked for time, and will answer by {formatDateTime(step.answerBy)}.
          </p>
          {step.note && <p className="written thread-step__text">{step.note}</p>}
        </>
      );
    case "need_more":
      return (
        <>
          <p className="thread-step__what">{who} needed more:</p>
          <p className="written thread-step__text">{step.followUp}</p>
        </>
      );
    case "answered":
      return <p className="thread-step__what">{who} said this answered the question.</p>;
    case "not_ready":
      return <p className="thread-step__what">{who} said they're not ready to hear more for now.</p>;
    case "set_aside":
      return <p className="thread-step__what">{who} set this question aside for now.</p>;
    case "reopened":
      return <p className="thread-step__what">{who} picked this question up again.</p>;
  }
}

/** Everything that happened to a question, oldest first. Nothing here is ever changed or removed. */
export function QuestionThread({
  thread,
  otherName,
}: {
  thread: readonly QuestionStepView[];
  otherName: string;
}) {
  const replacedIds = new Set(
    thread.flatMap((step) => (step.kind === "answer" && step.replaces ? [step.replaces] : [])),
  );
  return (
    <ol className="thread">
      {thread.map((step) => (
        <li key={step.id} className={`thread-step thread-step--${step.kind} thread-step--${step.by}`}>
          <StepBody
            step={step}
            who={step.by === "you" ? "You" : otherName}
            replaced={replacedIds.has(step.id)}
          />
          <p className="thread-step__when">{formatDateTime(step.at)}</p>
        </li>
      ))}
    </ol>
  );
}
