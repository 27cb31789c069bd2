import { questionsFor } from "@mend/core/readiness/questions";
import { answers } from "@mend/core/readiness/sample-answers";
import type { ReadinessAnswers } from "@mend/core/readiness/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { overlappingBoxes, type PdfPage, readPdfText } from "../../../test/support/pdf-text.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, sealedItem } from "../../../test/support/vault.ts";
import { pairWithClock } from "../agreements/test-fixtures.ts";
import { readinessChecks } from "../readiness/tables.ts";

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const margin = 56;

/** A promise near the 500-character limit, so every one wraps over several lines. */
const longPromise = (n: number) =>
  `Promise ${n}: I will tell you where I am going and when I will be back, every evening, without being asked. If my plans change I will send a message before they change rather than after, and I will not leave it to you to find out from someone else. When I am late I will say so honestly, and I will not make you chase me for it.`;
const longNote =
  "I was waiting at the door that evening and nothing came until long after the time you gave me, so from where I stood this one was not kept, even if the message was sent in the end; I would like us to talk about what happened before we count it either way.";

async function downloadPdf(client: TestClient, spaceId: string): Promise<PdfPage[]> {
  const response = await fetch(`${client.baseUrl}/api/spaces/${spaceId}/export.pdf`, {
    headers: { cookie: client.sessionCookie ?? "" },
  });
  expect(response.status).toBe(200);
  return readPdfText(new Uint8Array(await response.arrayBuffer()));
}

/** Every piece of text in reading order, one line each, so a search spans the document. */
const readingText = (pages: readonly PdfPage[]) =>
  pages.flatMap((page) => page.boxes.map((box) => box.text)).join("\n");

describe.each(databaseKinds)("the PDF export's layout, on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("says a letter is kept in the vault instead of printing its envelope", async () => {
    const { robin, spaceId } = await pairWithClock(server);
    const letter = await sealedItem("unsent-letter", JSON.stringify({ title: "", body: "Words." }));
    expect((await robin.post(`/api/spaces/${spaceId}/letters`, letter)).status).toBe(201);
    const text = readingText(await downloadPdf(robin, spaceId));
    expect(text).toContain("Kept in your vault");
    expect(text).not.toContain(letter.sealed.slice(0, 20));
  });

  it("never prints text over other text, nor outside the page, however long the promises", async () => {
    const { robin, kit, later, spaceId } = await pairWithClock(server);
    const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
    const made: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const promise = await robin.post(url("/promises"), {
        text: longPromise(n),
        schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
        timeZone: "Europe/London",
      });
      expect(promise.status).toBe(201);
      made.push(promise.body.id);
    }
    await later(9 * hourMs + 5 * 60_000);
    for (const [index, id] of made.entries()) {
      // Marks without a note: a label with nothing after it, then the next line.
      const mark = await robin.post(url(`/promises/${id}/marks`), {
        occurrence: "2026-05-04T18:00",
        outcome: index % 2 === 0 ? "kept" : "missed",
      });
      expect(mark.status).toBe(201);
      if (index % 2 === 0) {
        const respond = url(`/promises/${id}/marks/${mark.body.mark.id}/response`);
        expect((await kit.post(respond, { response: "dispute", note: longNote })).status).toBe(200);
        expect((await kit.post(respond, { response: "confirm" })).status).toBe(200);
      }
    }
    await later(dayMs);

    for (const member of [robin, kit]) {
      const pages = await downloadPdf(member, spaceId);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) {
        expect(overlappingBoxes(page.boxes).map(([a, b]) => [a.text, b.text])).toEqual([]);
        for (const box of page.boxes) {
          expect(box.left).toBeGreaterThanOrEqual(margin - 0.5);
          expect(box.right).toBeLessThanOrEqual(page.width - margin + 0.5);
          expect(box.bottom).toBeGreaterThanOrEqual(margin - 0.5 - 12);
          expect(box.top).toBeLessThanOrEqual(page.height - margin + 12);
        }
      }
      const text = readingText(pages).replaceAll("\n", " ");
      for (const n of [1, 2, 3, 4]) expect(text).toContain(longPromise(n));
    }
  });

  it("lists the answers of a check from before the vault in the order the questions are asked", async () => {
    const { robin, kit, spaceId } = await pairWithClock(server);
    const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
    const given: ReadinessAnswers = answers({ intent: "not_sure", control: ["money", "phone"] });
    // Written as a check from before the vault was: its answers are still in the clear, until its
    // taker's browser seals them, and only its taker's copy holds them.
    await server.handle.db.insert(readinessChecks).values({
      spaceId,
      memberId: await memberIdOf(server.handle.db, kit, spaceId),
      answers: given,
      completedAt: new Date(),
    });
    const asked = questionsFor("hurt").filter((question) => question.id in given);

    const json = await kit.get(url("/export.json"));
    const [check] = json.body.sections.find((s: { id: string }) => s.id === "readiness").items;
    expect(check.details.map((d: { label: string }) => d.label)).toEqual(asked.map((q) => q.text));
    const intent = asked.find((q) => q.id === "intent");
    expect(check.details[0].value).toBe(intent?.options.find((o) => o.value === "not_sure")?.label);

    const text = readingText(await downloadPdf(kit, spaceId)).replaceAll("\n", " ");
    const positions = asked.map((question) => text.indexOf(question.text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The other member's copy never holds a readiness check that isn't theirs.
    expect(readingText(await downloadPdf(robin, spaceId))).not.toContain(asked[1]?.text);
  });
});
