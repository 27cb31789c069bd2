import { unsentLetterGuide } from "@mend/core/forgiveness/practices";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { noticeFrom } from "../accounts/navigation-state.ts";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { lettersQuery } from "./api.ts";

export const untitled = "A letter without a title";

export function LettersPage() {
  const { spaceId = "" } = useParams();
  const accountId = useAccountId();
  const notice = noticeFrom(useLocation().state);
  const base = `/spaces/${segment(spaceId)}`;
  useDocumentTitle("Unsent letters");

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Unsent letters</h1>
      {notice && <Notice>{notice}</Notice>}
      {unsentLetterGuide.paragraphs.map((paragraph, index) => (
        <p key={paragraph} className={index === 0 ? "lead" : undefined}>
          {paragraph}
        </p>
      ))}
      <p>
        <Link className="button button--primary" to={`${base}/letters/new`}>
          Write a new letter
        </Link>
      </p>

      <section className="section" aria-labelledby="letters-title">
        <h2 id="letters-title">Your letters</h2>
        <VaultGate accountId={accountId} what="Each letter">
          <LetterList accountId={accountId} spaceId={spaceId} base={base} />
        </VaultGate>
      </section>
    </div>
  );
}

/** Only rendered while the vault is open: each letter is opened in this tab to show its title. */
function LetterList({ accountId, spaceId, base }: { accountId: string; spaceId: string; base: string }) {
  const letters = useQuery(lettersQuery(accountId, spaceId));
  return (
    <>
      {letters.isPending && <LoadingState label="Loading your letters…" />}
      {letters.isError && <ErrorState error={letters.error} onRetry={() => void letters.refetch()} />}
      {letters.data && letters.data.length === 0 && (
        <EmptyState title="No letters kept here">
          <p>Any letter you write and keep will be listed here, for your eyes only.</p>
        </EmptyState>
      )}
      {letters.data && letters.data.length > 0 && (
        <ul className="heal-list">
          {letters.data.map((letter) => (
            <li key={letter.id} className="heal-item heal-item--link">
              <Link className="heal-item__title" to={`${base}/letters/${segment(letter.id)}`}>
                {letter.title ?? untitled}
              </Link>
              <p className="heal-item__meta">Last changed {formatDateTime(letter.updatedAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
