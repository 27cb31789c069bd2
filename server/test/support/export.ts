import { exportDocument } from "@mend/core/ending/contract";
import { expect } from "vitest";
import type { TestClient } from "./http-client.ts";

/**
 * Downloads a member's export as JSON and PDF and checks it with canary strings: every one of
 * `holds` is in their JSON copy, none of `never` is. Returns the JSON for further checks.
 */
export async function expectExport(
  client: TestClient,
  spaceId: string,
  canaries: { holds: readonly string[]; never: readonly string[] },
) {
  const json = await client.get(`/api/spaces/${spaceId}/export.json`);
  expect(json.status).toBe(200);
  expect(exportDocument.safeParse(json.body).success).toBe(true);
  for (const text of canaries.holds) expect(json.text).toContain(text);
  for (const text of canaries.never) expect(json.text).not.toContain(text);
  const pdf = await client.get(`/api/spaces/${spaceId}/export.pdf`);
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get("content-type")).toMatch(/^application\/pdf/);
  return json.body as { sections: { id: string; items: { from: string; visibility: string }[] }[] };
}
