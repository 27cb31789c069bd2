import { selfCompassionNote } from "@mend/core/forgiveness/practices";
import { type ReflectionKind, reflectionKinds, topicsFor } from "@mend/core/forgiveness/reflections";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { spaceQuery } from "../spaces/api.ts";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { reflectionsQuery } from "./api.ts";
import { Guidance } from "./Guidance.tsx";
import { ReflectionForm } from "./ReflectionForm.tsx";
import { ReflectionItem } from "./ReflectionItem.tsx";

const isKind = (value: string | null): value is ReflectionKind =>
  value !== null && (reflectionKinds as readonly string[]).includes(value);

/** Self-trust, learning from the past, self-compassion and letting-go notes: private, for either person. */
export function ReflectionsPage() {
  const { spaceId = "" } = useParams();
  const space = useQuery(spaceQuery(spaceId));
  const accountId = useAccountId();
  const [params] = useSearchParams();
  useDocumentTitle("Reflections for yourself");
  const base = `/spaces/${segment(spaceId)}`;

  if (space.isPending) return <LoadingState label="Loading your reflections…" />;
  if (space.isError) return <ErrorState error={space.error} onRetry={() => void space.refetch()} />;

  const topics = topicsFor(space.data.you.role);
  const asked = params.get("topic");
  const topic = topics.find((t) => t.kind === (isKind(asked) ? asked : topics[0]?.kind)) ?? topics[0];
  if (!topic) return null;

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Reflections for yourself</h1>
      <p className="lead">
        Writing that only you will ever read: about trusting yourself again, understanding what happened, and
        being kind to yourself along the way. It's never shared and never counted as progress.
      </p>
      <Guidance section={selfCompassionNote} tone="welcome" />

      <nav className="section" aria-label="Reflection topics">
        <ul className="heal-tabs">
          {topics.map((t) => (
            <li key={t.kind}>
              <Link
                className="heal-tabs__link"
                to={`?topic=${t.kind}`}
                aria-current={t.kind === topic.kind ? "page" : undefined}
                preventScrollReset
              >
                {t.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section className="section heal-step" aria-labelledby="topic-title" key={topic.kind}>
        <h2 id="topic-title">{topic.title}</h2>
        <p>{topic.about}</p>
        {topic.kind === "letting_go" && (
          <p>
            <Link to={`${base}/letting-go`}>Try one of the letting-go practices</Link>, then keep a few lines
            here.
          </p>
        )}
        <VaultGate accountId={accountId} what="What you write here">
          <ReflectionForm spaceId={spaceId} kind={topic.kind} prompts={topic.prompts} />
          <TopicReflections accountId={accountId} spaceId={spaceId} kind={topic.kind} />
        </VaultGate>
      </section>
    </div>
  );
}

/** Only rendered while the vault is open: each reflection is opened in this tab. */
function TopicReflections({
  accountId,
  spaceId,
  kind,
}: {
  accountId: string;
  spaceId: string;
  kind: ReflectionKind;
}) {
  const reflections = useQuery(reflectionsQuery(accountId, spaceId));
  const mine = reflections.data?.filter((r) => r.kind === kind) ?? [];
  return (
    <>
      <h3 className="heal-subhead">What you've written</h3>
      {reflections.isPending && <LoadingState label="Loading what you've written…" />}
      {reflections.isError && (
        <ErrorState error={reflections.error} onRetry={() => void reflections.refetch()} />
      )}
      {reflections.isSuccess && mine.length === 0 && (
        <EmptyState title="Nothing here yet">
          <p>Whatever you keep on this topic will be listed here, for you alone.</p>
        </EmptyState>
      )}
      {mine.length > 0 && (
        <ul className="heal-list">
          {mine.map((reflection) => (
            <li key={reflection.id}>
              <ReflectionItem spaceId={spaceId} reflection={reflection} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
