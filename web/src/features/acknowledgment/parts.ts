import {
  type AcknowledgmentPart,
  type ImpactPart,
  type StatementKind,
  statementGuides,
  statementParts,
} from "@mend/core/acknowledgment/parts";

export type AnyPart = ImpactPart | AcknowledgmentPart;

export const partsOf = (kind: StatementKind): readonly AnyPart[] => statementParts[kind];

export function partGuide(kind: StatementKind, part: AnyPart) {
  const parts = statementGuides[kind].parts as Record<
    AnyPart,
    { title: string; prompt: string; hints: readonly string[] }
  >;
  return parts[part];
}

export const partFieldId = (kind: StatementKind, part: AnyPart) => `statement-${kind}-${part}`;

/** Every part, present or not, so a form and a request always carry the whole statement. */
export function completeParts(
  kind: StatementKind,
  parts: Partial<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(partsOf(kind).map((part) => [part, parts[part] ?? ""]));
}

export interface PartSpan {
  part: AnyPart;
  start: number;
  end: number;
}

/**
 * The statement as one text, so the coach reads it whole (an apology's parts can sit anywhere in
 * it), with where each part begins so a finding can be traced back to its own field.
 */
export function joinParts(
  kind: StatementKind,
  parts: Record<string, string>,
): { text: string; spans: PartSpan[] } {
  const spans: PartSpan[] = [];
  let text = "";
  for (const part of partsOf(kind)) {
    const value = parts[part] ?? "";
    if (value.trim().length === 0) continue;
    if (text.length > 0) text += "\n\n";
    spans.push({ part, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text, spans };
}

export const spanAt = (spans: readonly PartSpan[], offset: number) =>
  spans.find((span) => offset >= span.start && offset <= span.end);
