import type { ApologyAnalysis, CoachFinding, CoachRewrite, MessageAnalysis } from "@mend/core/coach/index";
import { labelInfo } from "@mend/core/coach/labels";
import { useId, useMemo } from "react";
import { useCoach } from "./use-coach.ts";
import { useDebouncedValue } from "./use-debounced-value.ts";

export type CoachKind = "apology" | "message";

interface Props {
  /** An apology is also checked for its six parts; anything else is read as a message. */
  kind: CoachKind;
  /** The draft as written. It is read here, in the browser, and never sent anywhere. */
  text: string;
  /** Shows the finding's words in the draft itself (for example, by selecting them in the text area). */
  onShowWords?: (finding: CoachFinding) => void;
  /**
   * Takes a rewrite the person chose with "Use this wording": `next` is the whole draft with it in.
   * Without this, rewrites are still shown, to copy by hand. Nothing is ever changed unasked.
   */
  onUseWording?: (next: string, rewrite: CoachRewrite) => void;
  /** Where a finding sits when the draft is made of several fields: "In “What I did”". */
  placeOf?: (finding: CoachFinding) => string | undefined;
  title?: string;
  /** How long typing must pause before the draft is read again; 0 when `text` is already settled. */
  delayMs?: number;
  /** The panel's id, so a note elsewhere on the page can lead to it. */
  id?: string;
}

export type CoachAnalysis = ApologyAnalysis | MessageAnalysis;

/** Reads a settled draft with the coach, once its rules have arrived; null for an empty draft. */
export function useCoachAnalysis(
  kind: CoachKind,
  text: string,
): { ready: boolean; analysis: CoachAnalysis | null } {
  const coach = useCoach();
  const analysis = useMemo(() => {
    if (coach === null || text.trim().length === 0) return null;
    return kind === "apology" ? coach.analyzeApology(text) : coach.analyzeMessage(text);
  }, [coach, kind, text]);
  return { ready: coach !== null, analysis };
}

const contextChars = 36;

/** The words around a finding, with the finding itself marked, on one line. */
function InContext({ text, finding }: { text: string; finding: CoachFinding }) {
  // The quote stays within the paragraph the words are in: a draft made of several fields is read as one text.
  const lineStart = text.lastIndexOf("\n", finding.start - 1) + 1;
  const lineEnd = text.indexOf("\n", finding.end);
  const paragraphEnd = lineEnd === -1 ? text.length : lineEnd;
  let from = Math.max(lineStart, finding.start - contextChars);
  let to = Math.min(paragraphEnd, finding.end + contextChars);
  // Start and stop at word boundaries, so the quote doesn't begin halfway through a word.
  if (from > lineStart) {
    const space = text.indexOf(" ", from);
    from = space === -1 || space >= finding.start ? finding.start : space + 1;
  }
  if (to < paragraphEnd) {
    const space = text.lastIndexOf(" ", to);
    to = space > finding.end ? space : to;
  }
  const flat = (value: string) => value.replace(/\s+/g, " ");
  const effect = labelInfo[finding.label].effect;
  return (
    <p className="coach-quote">
      {from > lineStart && "…"}
      {flat(text.slice(from, finding.start))}
      <mark className={`coach-mark coach-mark--${effect}`}>{flat(finding.text)}</mark>
      {flat(text.slice(finding.end, to))}
      {to < paragraphEnd && "…"}
    </p>
  );
}

const things = (count: number) => `${count} ${count === 1 ? "thing" : "things"}`;

function summaryOf(empty: boolean, hurts: number, helps: number): string {
  if (empty) return "Start writing, and it will point out words that help and words that may get in the way.";
  if (hurts + helps === 0) return "Nothing to point out in these words.";
  const parts = [
    hurts > 0 ? `${things(hurts)} worth another look` : null,
    helps > 0 ? `${things(helps)} working well` : null,
  ].filter((part) => part !== null);
  return `${parts.join(", ")}.`;
}

/**
 * The language coach beside a draft. It updates a moment after typing stops, marks the exact words
 * that help or get in the way, says why and offers another way to put it. It only ever advises:
 * nothing here can stop the draft being saved or sent.
 */
export function CoachPanel({
  kind,
  text,
  onShowWords,
  onUseWording,
  placeOf,
  title = "Language coach",
  delayMs = 300,
  id,
}: Props) {
  const debounced = useDebouncedValue(text, delayMs);
  const settled = delayMs > 0 ? debounced : text;
  const titleId = useId();
  const { ready, analysis } = useCoachAnalysis(kind, settled);

  const findings: CoachFinding[] = analysis?.findings ?? [];
  const hurts = findings.filter((f) => labelInfo[f.label].effect === "hurts");
  const helps = findings.filter((f) => labelInfo[f.label].effect === "helps");

  const coach = useCoach();
  // While the person is still typing, the draft may no longer hold the words a rewrite was made for.
  const current = settled === text;
  const offer = (rewrite: CoachRewrite) =>
    coach && (
      <div className="coach-rewrite">
        <p className="coach-rewrite__text">
          <span className="coach-finding__try">In your words: </span>
          <q>{coach.rewritePreview(settled, rewrite)}</q>
        </p>
        {onUseWording && current && (
          <button
            type="button"
            className="button button--secondary coach-rewrite__use"
            onClick={() => onUseWording(coach.applyRewrite(settled, rewrite), rewrite)}
          >
            Use this wording
          </button>
        )}
      </div>
    );

  const item = (finding: CoachFinding) => {
    const info = labelInfo[finding.label];
    const place = placeOf?.(finding);
    return (
      <li key={`${finding.label}-${finding.start}`} className={`coach-finding coach-finding--${info.effect}`}>
        <p className="coach-finding__name">
          <span>{info.name}</span>
          {place && <span className="coach-finding__place"> · {place}</span>}
        </p>
        <InContext text={settled} finding={finding} />
        <p className="coach-finding__why">{finding.why}</p>
        <p className="coach-finding__suggestion">
          <span className="coach-finding__try">{info.effect === "hurts" ? "Try: " : "To build on it: "}</span>
          {finding.suggestion}
        </p>
        {finding.rewrite && offer(finding.rewrite)}
        {onShowWords && (
          <button
            type="button"
            className="link-button coach-finding__show"
            onClick={() => onShowWords(finding)}
          >
            Show these words in my draft
          </button>
        )}
      </li>
    );
  };

  return (
    <aside className="coach" aria-labelledby={titleId} id={id} tabIndex={id ? -1 : undefined}>
      <h2 className="coach__title" id={titleId}>
        {title}
      </h2>
      <p className="coach__note">
        It reads your words on this device only, and it never stops you from saving or sending.
      </p>
      <p className="coach__summary" aria-live="polite">
        {!ready && settled.trim().length > 0
          ? "Getting the coach ready…"
          : summaryOf(analysis === null, hurts.length, helps.length)}
      </p>

      {hurts.length > 0 && (
        <>
          <h3 className="coach__heading">Worth another look</h3>
          <ul className="coach__list">{hurts.map(item)}</ul>
        </>
      )}
      {helps.length > 0 && (
        <>
          <h3 className="coach__heading">Working well</h3>
          <ul className="coach__list">{helps.map(item)}</ul>
        </>
      )}

      {analysis?.kind === "apology" && (
        <>
          <h3 className="coach__heading">The parts of an apology</h3>
          <p className="coach__hint">The ones nearer the top tend to matter most to the person hearing it.</p>
          <ul className="coach-checklist">
            {analysis.parts.map((part) => (
              <li
                key={part.part}
                className={`coach-checklist__item${part.present ? " coach-checklist__item--present" : ""}`}
              >
                <span className="coach-checklist__mark" aria-hidden="true">
                  {part.present ? "✓" : "○"}
                </span>
                <span>
                  <span className="coach-checklist__name">{part.name}</span>
                  <span className="visually-hidden">{part.present ? ": there" : ": not there yet"}</span>
                  <span className="coach-checklist__about">{part.description}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
