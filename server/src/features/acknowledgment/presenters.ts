import type {
  OwnStatementView,
  SharedStatementView,
  StatementResponseView,
  StatementsView,
  StatementVersionView,
} from "@mend/core/acknowledgment/contract";
import { type StatementKind, statementsFor } from "@mend/core/acknowledgment/parts";
import type { AcknowledgmentResponseValue } from "@mend/core/method/facts";
import { type Pair, partyOf, reaches } from "../spaces/pair.ts";
import type { DraftRow, ResponseRow, VersionRow } from "./repo.ts";

const text = (parts: Record<string, string>, part: string) => parts[part] ?? "";

/** Only parts that are text are kept: a draft kept in the clear is shown back exactly as it was saved. */
function draftParts(parts: Record<string, string>, names: readonly string[]) {
  return Object.fromEntries(
    names.flatMap((name) => (typeof parts[name] === "string" ? [[name, parts[name]]] : [])),
  );
}

function presentResponse(pair: Pair, row: ResponseRow): StatementResponseView | undefined {
  const by = partyOf(pair, row.memberId);
  if (!by) return undefined;
  return {
    id: row.id,
    by,
    response: row.response as AcknowledgmentResponseValue,
    ...(row.note ? { note: row.note } : {}),
    at: row.at.toISOString(),
  };
}

export function presentVersion(
  pair: Pair,
  row: VersionRow,
  responses: readonly ResponseRow[],
): StatementVersionView {
  const base = { id: row.id, number: row.number, sharedAt: row.sharedAt.toISOString() };
  if (row.kind === "impact") {
    const { parts } = row;
    return {
      ...base,
      kind: "impact",
      parts: { happened: text(parts, "happened"), felt: text(parts, "felt"), need: text(parts, "need") },
    };
  }
  const { parts } = row;
  return {
    ...base,
    kind: "acknowledgment",
    parts: {
      whatIDid: text(parts, "whatIDid"),
      impact: text(parts, "impact"),
      responsibility: text(parts, "responsibility"),
      change: text(parts, "change"),
      amends: text(parts, "amends"),
    },
    responses: responses
      .filter((r) => r.versionId === row.id)
      .flatMap((r) => {
        const view = presentResponse(pair, r);
        return view ? [view] : [];
      }),
  };
}

export interface StatementRows {
  drafts: readonly DraftRow[];
  versions: readonly VersionRow[];
  responses: readonly ResponseRow[];
}

export function presentOwn(pair: Pair, kind: StatementKind, rows: StatementRows): OwnStatementView {
  const draft = rows.drafts.find((d) => d.memberId === pair.me.id && d.kind === kind);
  const versions = rows.versions.filter((v) => v.memberId === pair.me.id && v.kind === kind);
  const can = { saveDraft: true, share: pair.other !== undefined };
  const draftView = (names: readonly string[]) =>
    draft
      ? {
          id: draft.id,
          sealed: draft.sealed,
          parts: draft.parts ? draftParts(draft.parts, names) : null,
          updatedAt: draft.updatedAt.toISOString(),
        }
      : null;
  if (kind === "impact") {
    return {
      kind,
      draft: draftView(["happened", "felt", "need"]),
      versions: versions
        .map((v) => presentVersion(pair, v, rows.responses))
        .filter((v) => v.kind === "impact"),
      can,
    };
  }
  return {
    kind,
    draft: draftView(["whatIDid", "impact", "responsibility", "change", "amends"]),
    versions: versions
      .map((v) => presentVersion(pair, v, rows.responses))
      .filter((v) => v.kind === "acknowledgment"),
    can,
  };
}

/** The other person's shared versions that reach the caller; drafts are never even looked at. */
export function presentTheirs(pair: Pair, rows: Omit<StatementRows, "drafts">): SharedStatementView[] {
  const other = pair.other;
  if (!other) return [];
  const out: SharedStatementView[] = [];
  const visible = rows.versions
    .filter((v) => v.memberId === other.id && reaches(pair, v.memberId, v.sharedAt))
    .map((v) => presentVersion(pair, v, rows.responses));
  const impact = visible.filter((v) => v.kind === "impact");
  if (impact.length > 0) out.push({ kind: "impact", versions: impact });
  const acknowledgment = visible.filter((v) => v.kind === "acknowledgment");
  if (acknowledgment.length > 0)
    out.push({ kind: "acknowledgment", versions: acknowledgment, can: { respond: true } });
  return out;
}

export function presentStatements(pair: Pair, rows: StatementRows): StatementsView {
  return {
    you: { role: pair.roles.own },
    other: pair.other ? { role: pair.roles.other } : null,
    own: statementsFor(pair.roles.own).map((kind) => presentOwn(pair, kind, rows)),
    theirs: presentTheirs(pair, rows),
  };
}
