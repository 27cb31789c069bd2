import type { NextSteps as Steps } from "@mend/core/method/index";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState } from "../../ui/States.tsx";
import { toolNames, toolPath } from "./tools.ts";

type Step = NonNullable<Steps["yourNextStep"]>;

/** Where a step is done: its own page, the tool that helps with it, or the phase it belongs to. */
function stepLink(
  step: Step,
  spaceId: string,
): { to: string; label: string } | { comingSoon: string } | undefined {
  const base = `/spaces/${segment(spaceId)}`;
  switch (step.id) {
    case "safety":
      return { to: `${base}/safety`, label: "Open the safety page" };
    case "readiness_check":
      return { to: `${base}/readiness`, label: "Take the private check" };
    case "deciding":
      return { to: `${base}/deciding`, label: "Open the deciding tool" };
    case "own_path":
      return { to: `${base}/own-path`, label: "Open your own path" };
  }
  if (step.tool) {
    const path = toolPath(step.tool, spaceId);
    if (path) return { to: path, label: `Open ${toolNames[step.tool]}` };
    if (step.phase) return { to: `${base}/phases/${step.phase}`, label: "Read about this step" };
    return { comingSoon: toolNames[step.tool] };
  }
  if (step.phase) return { to: `${base}/phases/${step.phase}`, label: "Read about this step" };
  return undefined;
}

/** The steps as tailored in this tab to the person's own readiness result (see SpaceJourneySection). */
export function NextSteps({
  steps,
  onSafetyPath,
  spaceId,
  otherName,
}: {
  steps: Steps;
  onSafetyPath: boolean;
  spaceId: string;
  otherName: string;
}) {
  const step = steps.yourNextStep;
  const link = step ? stepLink(step, spaceId) : undefined;
  return (
    <div className="next-steps">
      <div className="next-step next-step--yours">
        <h3 className="next-step__title">Your next step</h3>
        {step ? (
          <>
            <p>{step.text}</p>
            {link && "to" in link && (
              <Link className="button button--primary" to={link.to}>
                {link.label}
              </Link>
            )}
            {link && "comingSoon" in link && (
              <p className="muted">{link.comingSoon} is coming soon to Mend.</p>
            )}
          </>
        ) : (
          <p>Nothing for you to do right now. Take a breath; there's no rush.</p>
        )}
      </div>
      {/* On the safety path, not a word about the other person: nothing to wait for, nothing to ask. */}
      {!onSafetyPath && steps.waitingOn.length > 0 && (
        <div className="next-step">
          <h3 className="next-step__title">Up to {otherName}</h3>
          <ul className="plain-list">
            {steps.waitingOn.map((waiting) => (
              <li key={waiting.id}>{waiting.text}</li>
            ))}
          </ul>
        </div>
      )}
      {!onSafetyPath && steps.waitingOn.length === 0 && (
        <EmptyState title={`Nothing waiting on ${otherName}`} />
      )}
    </div>
  );
}
