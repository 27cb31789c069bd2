import { lettingGoPractices, type Practice } from "@mend/core/forgiveness/practices";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useAccountId, useVaultState, VaultGate } from "../vault/VaultGate.tsx";
import { type OpenedReflection, reflectionsQuery } from "./api.ts";
import { ReflectionForm } from "./ReflectionForm.tsx";
import { ReflectionItem } from "./ReflectionItem.tsx";

/** Short guided exercises. Nothing is recorded unless the person chooses to keep a note afterwards. */
export function LettingGoPage() {
  const { spaceId = "" } = useParams();
  const accountId = useAccountId();
  // The notes are kept in the vault; the practices themselves are for anyone, open or locked.
  const vaultOpen = useVaultState(accountId) === "open";
  const reflections = useQuery({ ...reflectionsQuery(accountId, spaceId), enabled: vaultOpen });
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
      <VaultGate accountId={accountId} what="Each note from these practices">
        {null}
      </VaultGate>
      {reflections.isError && (
        <ErrorState error={reflections.error} onRetry={() => void reflections.refetch()} />
      )}
      {lettingGoPractices.map((practice) => (
        <PracticeSection
          key={practice.id}
          spaceId={spaceId}
          practice={practice}
          vaultOpen={vaultOpen}
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
  vaultOpen,
  notes,
}: {
  spaceId: string;
  practice: Practice;
  vaultOpen: boolean;
  notes: OpenedReflection[];
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
        {vaultOpen ? (
          <ReflectionForm
            spaceId={spaceId}
            kind="letting_go"
            fixedPrompt={{ id: practice.id, text: practice.afterwards }}
            label={practice.afterwards}
          />
        ) : (
          <p>Notes are kept in your vault: open it at the top of this page to keep one.</p>
        )}
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
