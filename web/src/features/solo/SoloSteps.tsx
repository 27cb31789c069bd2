import type { SoloStepView } from "@mend/core/solo/contract";
import { soloStepTexts } from "@mend/core/solo/index";

export function stepStatus(step: SoloStepView): string {
  if (step.progress && !step.done) return `${step.progress.done} of ${step.progress.of}`;
  return step.done ? "Done" : "Not started";
}

/** The steps of the path with what the person has done on each; each links to its place on the page. */
export function SoloSteps({ steps, linkTo }: { steps: SoloStepView[]; linkTo: (id: string) => string }) {
  return (
    <ol className="solo-steps">
      {steps.map((step) => (
        <li key={step.id} className={`solo-steps__item${step.done ? " solo-steps__item--done" : ""}`}>
          <a href={linkTo(step.id)} className="solo-steps__link">
            {soloStepTexts[step.id].title}
          </a>
          <span className="solo-steps__status">
            {step.done && <span aria-hidden="true">✓ </span>}
            {stepStatus(step)}
          </span>
        </li>
      ))}
    </ol>
  );
}
