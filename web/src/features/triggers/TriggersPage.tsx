import type { TriggerView } from "@mend/core/triggers/contract";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { ownTriggerNotesQuery, triggersQuery } from "./api.ts";
import { LogTriggerForm } from "./LogTriggerForm.tsx";
import { TriggerList } from "./TriggerList.tsx";

// The chart library is fetched only when a pattern is shown.
const TriggerPattern = lazy(() =>
  import("./TriggerPattern.tsx").then((m) => ({ default: m.TriggerPattern })),
);

export function TriggersPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Hard moments");
  const space = useQuery(spaceQuery(spaceId));
  const triggers = useQuery(triggersQuery(spaceId));
  const accountId = useAccountId();

  if (space.isPending || triggers.isPending) return <LoadingState label="Loading your log…" />;
  if (space.isError || triggers.isError) {
    return (
      <div className="page page--narrow">
        <h1>Hard moments</h1>
        <ErrorState
          error={space.error ?? triggers.error}
          onRetry={() => void Promise.all([space.refetch(), triggers.refetch()])}
        />
      </div>
    );
  }

  const name = otherPersonName(space.data);
  const logs = space.data.you.role !== "broke_trust";
  const canShare = space.data.other !== null;
  const base = `/spaces/${segment(spaceId)}`;
  const mine = triggers.data.filter((t) => t.author === "you");
  const theirs = triggers.data.filter((t) => t.author === "other");

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Hard moments</h1>
      <p className="lead">
        {logs
          ? "When something brings the pain back, a moment, a place, a date, you can note it here. It stays private unless you choose to share it, and over the weeks it shows whether the hard moments are easing."
          : `When ${name} chooses to share a hard moment, it appears here. Seeing them helps you understand what brings the pain back, and when a word from you might help.`}
      </p>
      <p>
        <Link to={`${base}/reassurance`}>
          {logs ? `Struggling right now? Ask ${name} for reassurance` : "Requests for reassurance"}
        </Link>
      </p>

      {logs && (
        <section className="section" aria-labelledby="log-title">
          <h2 id="log-title">Note a hard moment</h2>
          {/* The notes are sealed in this tab, so logging and reading your log wait for the vault. */}
          <VaultGate accountId={accountId} what="Your log, with its notes,">
            <LogTriggerForm accountId={accountId} spaceId={spaceId} otherName={name} canShare={canShare} />
            <h2 id="mine-title">Your log</h2>
            {mine.length === 0 ? (
              <EmptyState title="Nothing logged yet" />
            ) : (
              <OwnTriggers
                accountId={accountId}
                spaceId={spaceId}
                triggers={mine}
                otherName={name}
                canShare={canShare}
              />
            )}
          </VaultGate>
        </section>
      )}

      {(theirs.length > 0 || !logs) && (
        <section className="section" aria-labelledby="theirs-title">
          <h2 id="theirs-title">What {name} has shared</h2>
          {theirs.length === 0 ? (
            <EmptyState title={`${name} hasn't shared any hard moments`}>
              <p>
                That may mean there haven't been any, or that they'd rather keep them private. Both are fine.
              </p>
            </EmptyState>
          ) : (
            <TriggerList spaceId={spaceId} triggers={theirs} otherName={name} canShare={false} />
          )}
        </section>
      )}

      <section className="section" aria-labelledby="pattern-title">
        <h2 id="pattern-title">The pattern over the weeks</h2>
        <p className="muted">
          Fewer and milder moments over time is what healing often looks like, with bad weeks along the way.
          {logs ? ` It counts all of yours; ${name} sees only what you share.` : ""}
        </p>
        <Suspense fallback={<LoadingState label="Drawing the pattern…" />}>
          <TriggerPattern spaceId={spaceId} otherName={name} />
        </Suspense>
      </section>
    </div>
  );
}

/** Only rendered while the vault is open: the notes of your own triggers are opened in this tab. */
function OwnTriggers({
  accountId,
  spaceId,
  triggers,
  otherName,
  canShare,
}: {
  accountId: string;
  spaceId: string;
  triggers: readonly TriggerView[];
  otherName: string;
  canShare: boolean;
}) {
  const notes = useQuery(ownTriggerNotesQuery(accountId, spaceId));
  if (notes.isPending) return <LoadingState label="Opening your notes…" />;
  if (notes.isError) return <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />;
  return (
    <TriggerList
      spaceId={spaceId}
      triggers={triggers}
      otherName={otherName}
      canShare={canShare}
      notes={notes.data}
    />
  );
}
