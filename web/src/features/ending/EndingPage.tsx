import { aboutEnding, afterEnding, type EndingSection, endConfirmation } from "@mend/core/ending/content";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { endingQuery, useEndRepair } from "./api.ts";
import { EndingSummary } from "./EndingNotice.tsx";
import { ExportLinks } from "./ExportLinks.tsx";

function Section({ section, children }: { section: EndingSection; children?: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${section.id}-title`}>
      <h2 id={`${section.id}-title`}>{section.title}</h2>
      {section.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {children}
    </section>
  );
}

export function EndingPage() {
  const { spaceId = "" } = useParams();
  const ending = useQuery(endingQuery(spaceId));
  const end = useEndRepair(spaceId);
  const [confirming, setConfirming] = useState(false);
  const ended = ending.data?.status === "ending";
  useDocumentTitle(ended ? afterEnding.title : "Ending the repair");
  const base = `/spaces/${segment(spaceId)}`;

  // Extra content placed after each section of the core text.
  const after: Record<string, ReactNode> = {
    your_data: <ExportLinks spaceId={spaceId} />,
    leave_now: (
      <ul className="heal-links">
        <li>
          <Link to={`${base}/safety`}>Help lines and the safety page</Link>
        </li>
        <li>
          <Link to={base}>Leave the space (at the bottom of the space's home page)</Link>
        </li>
        <li>
          <Link to="/account">Delete your account</Link>
        </li>
      </ul>
    ),
  };

  if (ending.isPending) return <LoadingState label="Loading…" />;
  if (ending.isError) {
    return (
      <div className="page page--narrow">
        <h1>Ending the repair</h1>
        <ErrorState error={ending.error} onRetry={() => void ending.refetch()} />
      </div>
    );
  }

  const shown = ended ? aboutEnding.filter((s) => s.id === "your_data" || s.id === "leave_now") : aboutEnding;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      {ending.data.status === "ending" ? (
        <>
          <h1>{afterEnding.title}</h1>
          <div className="callout callout--care heal-ending">
            <EndingSummary ending={ending.data} />
          </div>
        </>
      ) : (
        <>
          <h1>Ending the repair</h1>
          <p className="lead">
            Whatever has brought you here, you're allowed to stop. This page explains what ending means before
            you decide. Nothing happens until you confirm.
          </p>
        </>
      )}

      {shown.map((section) => (
        <Section key={section.id} section={section}>
          {after[section.id]}
        </Section>
      ))}

      {!ended && (
        <section className="section section--quiet" aria-labelledby="end-title">
          <h2 id="end-title">{endConfirmation.confirm}</h2>
          <p>{endConfirmation.body}</p>
          <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
            {endConfirmation.confirm}
          </button>
        </section>
      )}

      <ConfirmDialog
        open={confirming && !ended}
        title={endConfirmation.title}
        confirmLabel={endConfirmation.confirm}
        cancelLabel={endConfirmation.cancel}
        pendingLabel="Ending…"
        pending={end.isPending}
        error={
          end.error
            ? isApiError(end.error)
              ? end.error.message
              : "That didn't work. Please try again."
            : null
        }
        onConfirm={() => end.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onCancel={() => {
          end.reset();
          setConfirming(false);
        }}
      >
        <p>{endConfirmation.body}</p>
      </ConfirmDialog>
    </div>
  );
}
