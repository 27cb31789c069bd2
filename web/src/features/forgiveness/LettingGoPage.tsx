import type { ReflectionView } from "@mend/core/forgiveness/contract";
import { lettingGoPractices, type Practice } from "@mend/core/forgiveness/practices";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { reflectionsQuery } from "./api.ts";
import { ReflectionForm } from "./ReflectionForm.tsx";
import { ReflectionItem } from "./ReflectionItem.tsx";

/** Short guided exercises. Nothing is recorded unless the person chooses to keep a note afterwards. */
export function LettingGoPage() {
  const { spaceId = "" } = useParams();
  const reflections = useQuery(reflectionsQuery(spaceId));
  useDocumentTitle("Letting-go practices");
  const base = `/spaces/${segment(spaceId)}`;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Letting-go practices</h1>
      <p className="lead">
        A few short exercises for heavy moments. Try whichever fits today. Nothing is saved unless you keep a
        note at the end, and a note is only ever for you.
      </p>
      {reflections.isError && (
        <ErrorState error={reflections.error} onRetry={() => void reflections.refetch()} />
      )}
      {lettingGoPractices.map((practice) => (
        <PracticeSection
          key={practice.id}
          spaceId={spaceId}
          practice={practice}
          notes={reflections.data?.filter((r) => r.kind === "letting_go" && r.promptId === practice.id) ?? []}
        />
      ))}
      <p className="section">
        <Link to={`${base}/reflections?topic=letting_go`}>See all your letting-go notes</Link>
      </p>
    </div>
  );
}

function PracticeSection({
  spaceId,
  practice,
  notes,
}: {
  spaceId: string;
  practice: Practice;
  notes: ReflectionView[];
}) {
  const titleId = `${practice.id}-title`;
  return (
    <section className="section panel heal-practice" aria-labelledby={titleId}>
      <h2 id={titleId}>{practice.title}</h2>
      <p className="heal-practice__time">About {practice.minutes} minutes</p>
      <p>{practice.intro}</p>
      <ol className="heal-practice__steps">
        {practice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <details className="disclosure heal-practice__after">
        <summary>
          Afterwards: keep a note for yourself<span className="visually-hidden"> ({practice.title})</span>
        </summary>
        <ReflectionForm
          spaceId={spaceId}
          kind="letting_go"
          fixedPrompt={{ id: practice.id, text: practice.afterwards }}
          label={practice.afterwards}
        />
        {notes.length > 0 && (
          <ul className="heal-list">
            {notes.map((note) => (
              <li key={note.id}>
                <ReflectionItem spaceId={spaceId} reflection={note} />
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
