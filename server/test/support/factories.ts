import { randomBytes } from "node:crypto";
import type { CreateSpaceInput } from "@mend/core/spaces/contract";
import type { TestClient } from "./http-client.ts";

export const testPassword = "a long and quiet evening";

export async function signUp(client: TestClient, displayName = "Robin") {
  const email = `${displayName.toLowerCase()}-${randomBytes(4).toString("hex")}@example.org`;
  const response = await client.post("/api/auth/signup", { email, password: testPassword, displayName });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${response.text}`);
  return {
    email,
    account: response.body.account as { id: string; displayName: string },
    recoveryCodes: response.body.recoveryCodes as string[],
  };
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
