import type { SharedStatementView } from "@mend/core/acknowledgment/contract";
import { type StatementKind, statementGuides, writesStatement } from "@mend/core/acknowledgment/parts";
import { VaultError } from "@mend/core/vault/errors";
import { useQuery } from "@tanstack/react-query";
import { type ComponentProps, useState } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSession } from "../accounts/session.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { VaultClosedError } from "../vault/items.ts";
import { VaultGate } from "../vault/VaultGate.tsx";
import { statementsQuery, useOpenedDraft } from "./api.ts";
import { RespondForm } from "./RespondForm.tsx";
import { StatementEditor } from "./StatementEditor.tsx";
import { StatementVersions } from "./StatementVersions.tsx";

export function AcknowledgmentPage() {
  return <StatementPage kind="acknowledgment" />;
}

export function ImpactStatementPage() {
  return <StatementPage kind="impact" />;
}

function titles(kind: StatementKind, name: string) {
  return kind === "acknowledgment"
    ? {
        own: statementGuides.acknowledgment.title,
        theirs: `${name}'s acknowledgment`,
        both: "Acknowledgment and apology",
      }
    : {
        own: statementGuides.impact.title,
        theirs: `How it affected ${name}`,
        both: "How it affected each of you",
      };
}

function StatementPage({ kind }: { kind: StatementKind }) {
  const { spaceId = "" } = useParams();
  const space = useQuery(spaceQuery(spaceId));
  const statements = useQuery(statementsQuery(spaceId));
  useSpaceStream(spaceId);
  const [resets, setResets] = useState(0);
  const accountId = useSession().data?.account?.id;
  const [shared, setShared] = useState<number | null>(null);

  const name = space.data ? otherPersonName(space.data) : "";
  const own = statements.data?.own.find((item) => item.kind === kind);
  const theirs = statements.data?.theirs.find((item) => item.kind === kind);
  const heading = titles(kind, name);
  const title =
    own && statements.data?.you.role === "both" ? heading.both : own ? heading.own : heading.theirs;
  useDocumentTitle(statements.data && space.data ? title : "Acknowledgment");

  if (space.isPending || statements.isPending) return <LoadingState label="Loading…" />;
  if (space.isError || statements.isError) {
    return (
      <div className="page page--narrow">
        <h1>We couldn't open this page</h1>
        <ErrorState
          error={space.error ?? statements.error}
          onRetry={() => void Promise.all([space.refetch(), statements.refetch()])}
        />
      </div>
    );
  }

  const base = `/spaces/${segment(spaceId)}`;
  const guide = statementGuides[kind];
  const latest = own?.versions.at(-1);
  const lastResponse = latest?.kind === "acknowledgment" ? latest.responses.at(-1) : undefined;

  return (
    <div className="page page--wide">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>{title}</h1>
      {own && <p className="lead">{guide.intro}</p>}
      {shared !== null && (
        <Notice>
          Version {shared} is shared. {name} can read it now.
        </Notice>
      )}

      {own && (
        <section className="section" aria-labelledby="own-title">
          {lastResponse && latest && (
            <div
              className={`callout ${lastResponse.response === "heard" ? "callout--welcome" : "callout--care"}`}
            >
              <h2 className="callout__title">
                {lastResponse.response === "heard"
                  ? `${name} said version ${latest.number} reached them`
                  : lastResponse.response === "partly"
                    ? `${name} said version ${latest.number} partly reached them`
                    : `${name} said version ${latest.number} hasn't reached them yet`}
              </h2>
              {lastResponse.note && <p className="written">{lastResponse.note}</p>}
              <p>
                {lastResponse.response === "heard"
                  ? "That matters. You can still share a new version if something more comes to light."
                  : "Your draft below starts from your latest version, so you can add what is missing and share it again when you're ready."}
              </p>
            </div>
          )}
          <h2 id="own-title">{latest ? "Your next version" : "Your draft"}</h2>
          {accountId && (
            <VaultGate accountId={accountId} what="Your draft">
              <OpenedEditor
                key={`${own.versions.length}-${resets}`}
                accountId={accountId}
                spaceId={spaceId}
                own={own}
                otherName={name}
                onDiscarded={() => setResets((n) => n + 1)}
                onShared={(number) => {
                  setShared(number);
                  window.scrollTo({ top: 0 });
                }}
              />
            </VaultGate>
          )}
        </section>
      )}

      {own && (
        <section className="section" aria-labelledby="own-versions-title">
          <h2 id="own-versions-title">What you have shared</h2>
          {own.versions.length === 0 ? (
            <EmptyState title="Nothing shared yet">
              <p>Each version you share stays here, and {name} sees the same list.</p>
            </EmptyState>
          ) : (
            <StatementVersions
              kind={kind}
              versions={own.versions}
              otherName={name}
              responsesTitle={`How it reached ${name}`}
            />
          )}
        </section>
      )}

      {(theirs || (statements.data.other && writesStatement(statements.data.other.role, kind)) || !own) && (
        <TheirStatement
          kind={kind}
          theirs={theirs}
          spaceId={spaceId}
          name={name}
          headingLevel={own ? "section" : "page"}
        />
      )}

      <p className="statement-elsewhere">
        {kind === "acknowledgment" ? (
          <Link to={`${base}/impact-statement`}>
            {statements.data.own.some((item) => item.kind === "impact")
              ? "Your impact statement"
              : `How it affected ${name}`}
          </Link>
        ) : (
          <Link to={`${base}/acknowledgment`}>
            {statements.data.own.some((item) => item.kind === "acknowledgment")
              ? "Your acknowledgment and apology"
              : `${name}'s acknowledgment`}
          </Link>
        )}
      </p>
    </div>
  );
}

interface TheirProps {
  kind: StatementKind;
  theirs: SharedStatementView | undefined;
  spaceId: string;
  name: string;
  /** On a page of your own statement, theirs is one section; otherwise it is the page. */
  headingLevel: "section" | "page";
}

function TheirStatement({ kind, theirs, spaceId, name, headingLevel }: TheirProps) {
  const latest = theirs?.versions.at(-1);
  const intro =
    kind === "acknowledgment"
      ? `Read it in your own time. When you're ready, say how it reached you; ${name} will see your response and can write a new version.`
      : `This is ${name}'s side of what happened and how it affected them, in their own words.`;
  return (
    <section className="section" aria-labelledby="theirs-title">
      <h2 id="theirs-title" className={headingLevel === "page" ? "visually-hidden" : undefined}>
        What {name} shared
      </h2>
      {!theirs || !latest ? (
        <EmptyState title={`${name} hasn't shared anything here yet`}>
          <p>
            {kind === "acknowledgment"
              ? `When ${name} shares an acknowledgment, it will appear here, and you can say how it reached you.`
              : `When ${name} shares how it affected them, it will appear here.`}
          </p>
        </EmptyState>
      ) : (
        <>
          <p>{intro}</p>
          <StatementVersions
            kind={kind}
            versions={theirs.versions}
            otherName={name}
            responsesTitle="Your responses"
            afterLatest={
              theirs.kind === "acknowledgment" &&
              theirs.can.respond &&
              latest.kind === "acknowledgment" && (
                <RespondForm
                  key={latest.id}
                  spaceId={spaceId}
                  versionId={latest.id}
                  versionNumber={latest.number}
                  otherName={name}
                  current={latest.responses.filter((r) => r.by === "you").at(-1)}
                />
              )
            }
          />
        </>
      )}
    </section>
  );
}

/** The editor, once the draft is opened in this tab: a draft that will not open says why, never shows garbage. */
function OpenedEditor(props: Omit<ComponentProps<typeof StatementEditor>, "draftParts">) {
  const opened = useOpenedDraft(props.accountId, props.spaceId, props.own);
  if (opened.isPending) return <LoadingState label="Opening your draft…" />;
  if (opened.isError) {
    return (
      <p role="alert" className="form-error">
        {opened.error instanceof VaultError || opened.error instanceof VaultClosedError
          ? opened.error.message
          : "Your draft could not be opened just now. Reload the page to try again."}
      </p>
    );
  }
  return <StatementEditor {...props} draftParts={opened.data} />;
}
