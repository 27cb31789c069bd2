import { type StatementKind, statementParts } from "@mend/core/acknowledgment/parts";
import type { SpaceReads } from "../../db/space-reads.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { readSharedVersions, readStatementResponses } from "./repo.ts";

/**
 * Every shared version of a statement, part by part as the reader sees it, and the notes left in reply.
 * A version names no reader: it was shared with whoever was the other person at the time. Drafts are
 * never read.
 */
export async function statementTexts(reads: SpaceReads): Promise<ExchangedText[]> {
  const versions = await reads.read(readSharedVersions);
  const authors = new Map(versions.map((version) => [version.id, version.memberId]));
  const parts = versions.flatMap((version) =>
    statementParts[version.kind as StatementKind].flatMap((part) => {
      const text = version.parts[part];
      return text ? [{ at: version.sharedAt, text, from: version.memberId }] : [];
    }),
  );
  const notes = (await reads.read(readStatementResponses)).flatMap((response) => {
    const to = authors.get(response.versionId);
    return response.note && to ? [{ at: response.at, text: response.note, from: response.memberId, to }] : [];
  });
  return [...parts, ...notes];
}
