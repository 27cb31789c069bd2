import { randomBytes, randomUUID } from "node:crypto";
import { openText, sealText } from "@mend/core/vault/envelope";
import type { VaultItemKind } from "@mend/core/vault/kinds";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../src/db/database.ts";
import { spaceMembers } from "../../src/features/spaces/tables.ts";
import type { TestClient } from "./http-client.ts";

/** A vault key as a browser holds it: random, and never sent to the server. */
export const newVaultKey = (): Uint8Array => new Uint8Array(randomBytes(32));

const everyonesKey = newVaultKey();

/** What a browser sends for a new vault item: the id it made, and the text sealed under that id. */
export async function sealedItem(
  kind: VaultItemKind,
  text: string,
  key: Uint8Array = everyonesKey,
): Promise<{ id: string; sealed: string }> {
  const id = randomUUID();
  return { id, sealed: await sealText(key, { kind, itemId: id }, text) };
}

/** The same item sealed again under its own id, as an edit is. */
export const resealed = (kind: VaultItemKind, id: string, text: string, key: Uint8Array = everyonesKey) =>
  sealText(key, { kind, itemId: id }, text);

export const opened = (kind: VaultItemKind, id: string, sealed: string, key: Uint8Array = everyonesKey) =>
  openText(key, { kind, itemId: id }, sealed);

/** The member id of the signed-in client in a space, for writing a row from before the vault. */
export async function memberIdOf(db: Database, client: TestClient, spaceId: string): Promise<string> {
  const accountId = (await client.get("/api/auth/session")).body.account.id as string;
  const [member] = await db
    .select({ id: spaceMembers.id })
    .from(spaceMembers)
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.accountId, accountId)));
  if (!member) throw new Error("not a member of that space");
  return member.id;
}

/**
 * A stand-in for one person's browser: a vault key of its own, sealing and opening the way the web
 * does. The server only ever sees the envelopes.
 */
export function testVault() {
  const key = newVaultKey();
  return {
    newId: (): string => randomUUID(),
    seal: (kind: VaultItemKind, itemId: string, text: string) => sealText(key, { kind, itemId }, text),
    open: (kind: VaultItemKind, itemId: string, envelope: string) =>
      openText(key, { kind, itemId }, envelope),
  };
}

/** A readiness check as the browser sends it: the answers sealed under the id it made for the check. */
export const sealedReadiness = (answers: object, key: Uint8Array = everyonesKey) =>
  sealedItem("readiness-answers", JSON.stringify(answers), key);
