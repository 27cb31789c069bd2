import { randomBytes } from "node:crypto";
import type { CreateSpaceInput } from "@mend/core/spaces/contract";
import { accountKdf, deriveAccountKeys, fromBase64Url, newSalt, toBase64Url } from "@mend/core/vault/keys";
import { makeRecoveryCodes } from "@mend/core/vault/recovery-codes";
import type { KeySettings } from "@mend/core/vault/wire";
import type { TestClient } from "./http-client.ts";

export const testPassword = "a long and quiet evening";

/** Signs up (the old way: the password itself) and makes recovery codes as the sign-up page does. */
export async function signUp(client: TestClient, displayName = "Robin") {
  const email = `${displayName.toLowerCase()}-${randomBytes(4).toString("hex")}@example.org`;
  const response = await client.post("/api/auth/signup", { email, password: testPassword, displayName });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${response.text}`);
  const account = response.body.account as { id: string; displayName: string };
  const recoveryCodes = await makeCodesLikeBrowser(client, account.id, testPassword, null);
  return { email, account, recoveryCodes };
}

/** Makes ten recovery codes as the browser does (wrapping `vaultKey` if given) and has the server keep them. */
export async function makeCodesLikeBrowser(
  client: TestClient,
  accountId: string,
  password: string,
  vaultKey: Uint8Array | null,
): Promise<string[]> {
  const { codes, stored } = await makeRecoveryCodes(accountId, vaultKey);
  const kept = await client.post("/api/account/recovery-codes", { password, codes: stored });
  if (kept.status !== 200) throw new Error(`making recovery codes failed: ${kept.status} ${kept.text}`);
  return codes;
}

export const spaceInput = (overrides: Partial<CreateSpaceInput> = {}): CreateSpaceInput => ({
  relationship: "partner",
  view: "me",
  breachKinds: ["lying"],
  otherName: "Kit",
  ...overrides,
});

export async function buildSpace(client: TestClient, overrides: Partial<CreateSpaceInput> = {}) {
  const response = await client.post("/api/spaces", spaceInput(overrides));
  if (response.status !== 201) throw new Error(`space creation failed: ${response.status} ${response.text}`);
  return response.body as { id: string };
}

export async function invite(client: TestClient, spaceId: string) {
  const response = await client.post(`/api/spaces/${spaceId}/invitations`);
  if (response.status !== 201) throw new Error(`invitation failed: ${response.status} ${response.text}`);
  return response.body as { id: string; token: string; expiresAt: string };
}

/** Two people sharing one space: the usual starting point for tests of anything two people do. */
export async function buildPair(first: TestClient, second: TestClient) {
  await signUp(first, "Robin");
  await signUp(second, "Kit");
  const space = await buildSpace(first);
  const { token } = await invite(first, space.id);
  const joined = await second.post("/api/invitations/accept", { token, view: "them" });
  if (joined.status !== 200) throw new Error(`join failed: ${joined.status} ${joined.text}`);
  return space;
}

/** Asks the server for an email's key settings and derives the keys as the browser does (vault/keys.ts). */
export async function deriveLikeBrowser(client: TestClient, email: string, password: string) {
  const settings = await client.post("/api/auth/key-settings", { email });
  if (settings.status !== 200) throw new Error(`key settings failed: ${settings.status} ${settings.text}`);
  const { upgradeOpen, ...keySettings } = settings.body as KeySettings & { upgradeOpen: boolean };
  const keys = await deriveAccountKeys(password, await fromBase64Url(keySettings.salt), keySettings);
  return { ...keys, keySettings, upgradeOpen };
}

/** New key settings for a new password, as a browser makes them, with the keys they derive. */
export async function newPasswordKeysFor(password: string) {
  const settings: KeySettings = { salt: await toBase64Url(await newSalt()), ...accountKdf };
  const keys = await deriveAccountKeys(password, await fromBase64Url(settings.salt), settings);
  return { settings, ...keys };
}
