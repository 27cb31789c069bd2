import {
  responseLabels,
  type StatementResponseView,
  type StatementVersionView,
} from "@mend/core/acknowledgment/contract";
import type { StatementKind } from "@mend/core/acknowledgment/parts";
import type { ReactNode } from "react";
import { formatDateTime } from "../../ui/dates.ts";
import { partGuide, partsOf } from "./parts.ts";

function Parts({ kind, version }: { kind: StatementKind; version: StatementVersionView }) {
  const parts = version.parts as Record<string, string>;
  return (
    <dl className="statement-parts">
      {partsOf(kind).map((part) => (
        <div key={part} className="statement-parts__row">
          <dt>{partGuide(kind, part).title}</dt>
          <dd>
            {parts[part] ? (
              <span className="written">{parts[part]}</span>
            ) : (
              <span className="muted">Not included in this version.</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ResponseLine({
  response,
  otherName,
}: {
  response: StatementResponseView;
  otherName: string;
}) {
  return (
    <li className={`statement-response statement-response--${response.response}`}>
      <p className="statement-response__what">
        <strong>{response.by === "you" ? "You" : otherName}:</strong> {responseLabels[response.response]}
        <span className="statement-response__when"> · {formatDateTime(response.at)}</span>
      </p>
      {response.note && <p className="written statement-response__note">{response.note}</p>}
    </li>
  );
}

interface Props {
  kind: StatementKind;
  versions: readonly StatementVersionView[];
  otherName: string;
  /** Over each acknowledgment version's responses: "How it reached Sam", or "Your responses". */
  responsesTitle: string;
  /** The heading level the version titles sit at. */
  level?: 3 | 4;
  /** Shown under the latest version: the response form, for instance. */
  afterLatest?: ReactNode;
}

/**
 * Shared versions, newest first. The newest is open; earlier ones fold away but stay readable,
 * because a shared version is never changed or removed.
 */
export function StatementVersions({
  kind,
  versions,
  otherName,
  responsesTitle,
  level = 3,
  afterLatest,
}: Props) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <ol className="statement-versions" reversed>
      {[...versions].reverse().map((version, index) => {
        const responses = version.kind === "acknowledgment" ? version.responses : [];
        const body = (
          <>
            <Parts kind={kind} version={version} />
            {version.kind === "acknowledgment" && (
              <div className="statement-responses">
                <p className="statement-responses__title">{responsesTitle}</p>
                {responses.length === 0 ? (
                  <p className="muted">No response yet.</p>
                ) : (
                  <ul className="statement-response-list">
                    {responses.map((response) => (
                      <ResponseLine key={response.id} response={response} otherName={otherName} />
                    ))}
                  </ul>
                )}
              </div>
            )}
          </>
        );
        const title = `Version ${version.number}`;
        const when = `shared ${formatDateTime(version.sharedAt)}`;
        return (
          <li key={version.id} className="statement-version">
            {index === 0 ? (
              <>
                <Heading className="statement-version__title">
                  {title} <span className="statement-version__when">· {when} · the latest</span>
                </Heading>
                {body}
                {afterLatest}
              </>
            ) : (
              <details className="disclosure statement-version__earlier">
                <summary>
                  {title} <span className="statement-version__when">· {when}</span>
                </summary>
                {body}
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
