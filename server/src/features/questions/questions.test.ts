import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { testVault } from "../../../test/support/vault.ts";
import { spaceReads } from "../../db/space-reads.ts";
import { spaceMembers } from "../spaces/tables.ts";
import { questionEvidence, questionFacts } from "./evidence.ts";
import { questionDrafts } from "./tables.ts";

const hour = 3_600_000;
const secret = "CANARY-a-question-not-yet-sent";

describe.each(databaseKinds)("the question ledger on %s", (kind) => {
  let server: TestServer;
  // Robin broke trust and answers; Kit was hurt and asks.
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  let now = Date.parse("2026-05-04T09:00:00Z");
  const url = (path = "") => `/api/spaces/${spaceId}/questions${path}`;
  const vault = testVault();
  /** A draft question as the asker's browser sends it: sealed under its id. */
  const draftOf = async (content: Record<string, string>, id = vault.newId()) => ({
    id,
    sealed: await vault.seal("draft", id, JSON.stringify(content)),
  });
  /** Lets time pass in steps short enough that both people's sessions stay alive. */
  const passTime = async (ms: number) => {
    for (let left = ms; left > 0; left -= 20 * 60_000) {
      const step = Math.min(left, 20 * 60_000);
      server.advance(step);
      now += step;
      // Reading does not keep a session alive; the people's own activity does.
      await robin.post("/api/auth/activity");
      await kit.post("/api/auth/activity");
    }
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  async function ask(text = "When did it start?", detail = "facts") {
    const response = await kit.post(url(), { text, detail, topic: "timeline" });
    expect(response.status).toBe(201);
    return response.body as { id: string };
  }

  describe("who may see and do what", () => {
    it("answers 404 to someone outside the space, for the list and for a real question", async () => {
      const question = await ask();
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      await buildSpace(stranger);
      expect((await stranger.get(url())).status).toBe(404);
      expect((await stranger.get(url(`/${question.id}`))).status).toBe(404);
      expect((await stranger.post(url(`/${question.id}/answers`), { text: "x" })).status).toBe(404);
      expect((await stranger.post(url(`/${question.id}/set-aside`))).status).toBe(404);
    });

    it("leaves asking to the person who was hurt", async () => {
      expect(
        (await robin.post(url("/drafts"), await draftOf({ text: "Why?", detail: "facts" }))).status,
      ).toBe(403);
      const response = await robin.post(url(), { text: "Why?", detail: "facts" });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/person who was hurt/);
    });

    it("needs the other person in the space before a question can be sent", async () => {
      const solo = server.client();
      await signUp(solo, "Alone");
      const space = await buildSpace(solo, { view: "them" });
      expect(
        (
          await solo.post(
            `/api/spaces/${space.id}/questions/drafts`,
            await draftOf({ text: "When?", detail: "facts" }),
          )
        ).status,
      ).toBe(201);
      expect(
        (await solo.post(`/api/spaces/${space.id}/questions`, { text: "When?", detail: "facts" })).status,
      ).toBe(409);
    });
  });

  describe("drafts", () => {
    it("keeps the sealed draft for its writer only: the other person's list has no trace of it", async () => {
      const before = await robin.get(url());
      const sent = await draftOf({ text: secret, detail: "more" });
      const draft = await kit.post(url("/drafts"), sent);
      expect(draft.status).toBe(201);
      expect(draft.body).toEqual({
        ...sent,
        text: null,
        detail: null,
        topic: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const [row] = await server.handle.db
        .select()
        .from(questionDrafts)
        .where(eq(questionDrafts.id, sent.id));
      expect(row).toMatchObject({ sealed: sent.sealed, text: null, detail: null, topic: null });
      const after = await robin.get(url());
      expect(after.body).toEqual(before.body);
      expect(after.body.drafts).toEqual([]);
      expect(after.text).not.toContain(sent.sealed);
      expect((await robin.get(url("/open"))).text).not.toContain(sent.sealed);
      const kitView = await kit.get(url());
      const kept = kitView.body.drafts.find((d: { id: string }) => d.id === sent.id);
      expect(JSON.parse(await vault.open("draft", kept.id, kept.sealed))).toEqual({
        text: secret,
        detail: "more",
      });
    });

    it("refuses a question in the clear, or anything but an envelope, with a 400 and stores nothing", async () => {
      const before = JSON.stringify(await server.handle.db.select().from(questionDrafts));
      const refused = [
        await kit.post(url("/drafts"), { text: "PLAIN-CANARY", detail: "facts" }),
        await kit.post(url("/drafts"), {
          ...(await draftOf({ text: "x", detail: "facts" })),
          text: "PLAIN-CANARY",
        }),
        await kit.post(url("/drafts"), { id: vault.newId(), sealed: "PLAIN-CANARY" }),
        await kit.post(url("/drafts"), {
          id: "draft-1",
          sealed: (await draftOf({ text: "x", detail: "facts" })).sealed,
        }),
      ];
      for (const response of refused) expect(response.status).toBe(400);
      expect(JSON.stringify(await server.handle.db.select().from(questionDrafts))).toBe(before);
    });

    it("refuses an id already taken with a 409", async () => {
      const first = await draftOf({ text: "x", detail: "facts" });
      expect((await kit.post(url("/drafts"), first)).status).toBe(201);
      const again = await kit.post(url("/drafts"), await draftOf({ text: "y", detail: "facts" }, first.id));
      expect(again.status).toBe(409);
      const [row] = await server.handle.db
        .select()
        .from(questionDrafts)
        .where(eq(questionDrafts.id, first.id));
      expect(row?.sealed).toBe(first.sealed);
      expect((await kit.request("DELETE", url(`/drafts/${first.id}`))).status).toBe(204);
    });

    it("changes (sealed again under the same id) and throws away only your own drafts", async () => {
      const draft = (await kit.post(url("/drafts"), await draftOf({ text: "Draft", detail: "facts" }))).body;
      const hijack = await draftOf({ text: "Hijack", detail: "facts" }, draft.id);
      expect((await robin.request("PUT", url(`/drafts/${draft.id}`), { sealed: hijack.sealed })).status).toBe(
        404,
      );
      const resealed = await draftOf({ text: "Who knew?", detail: "more", topic: "secrecy" }, draft.id);
      const changed = await kit.request("PUT", url(`/drafts/${draft.id}`), { sealed: resealed.sealed });
      expect(changed.body).toMatchObject({ id: draft.id, sealed: resealed.sealed });
      expect(JSON.parse(await vault.open("draft", draft.id, changed.body.sealed))).toEqual({
        text: "Who knew?",
        detail: "more",
        topic: "secrecy",
      });
      expect(
        (await kit.request("PUT", url(`/drafts/${draft.id}`), { text: "PLAIN", detail: "facts" })).status,
      ).toBe(400);
      expect((await robin.request("DELETE", url(`/drafts/${draft.id}`))).status).toBe(404);
      expect((await kit.request("DELETE", url(`/drafts/${draft.id}`))).status).toBe(204);
    });

    it("gives a draft kept before sealing back in the clear, then forgets its words once its writer seals it", async () => {
      const [kitMember] = await server.handle.db
        .select({ id: spaceMembers.id })
        .from(spaceMembers)
        .where(eq(spaceMembers.spaceId, spaceId))
        .orderBy(spaceMembers.joinedAt)
        .offset(1);
      if (!kitMember) throw new Error("no member");
      const [legacy] = await server.handle.db
        .insert(questionDrafts)
        .values({
          spaceId,
          memberId: kitMember.id,
          text: "LEGACY-CANARY?",
          detail: "facts",
          topic: "timeline",
          createdAt: new Date(),
          updatedAt: new Date(),
        })
        .returning();
      if (!legacy) throw new Error("no legacy draft");
      const shown = (await kit.get(url())).body.drafts.find((d: { id: string }) => d.id === legacy.id);
      expect(shown).toMatchObject({
        sealed: null,
        text: "LEGACY-CANARY?",
        detail: "facts",
        topic: "timeline",
      });
      expect((await robin.get(url())).text).not.toContain("LEGACY-CANARY");
      const sealed = await draftOf({ text: shown.text, detail: shown.detail, topic: shown.topic }, legacy.id);
      expect((await kit.request("PUT", url(`/drafts/${legacy.id}`), { sealed: sealed.sealed })).status).toBe(
        200,
      );
      const [row] = await server.handle.db
        .select()
        .from(questionDrafts)
        .where(eq(questionDrafts.id, legacy.id));
      expect(row).toMatchObject({ sealed: sealed.sealed, text: null, detail: null, topic: null });
      expect(JSON.stringify(row)).not.toContain("LEGACY-CANARY");
      expect((await kit.request("DELETE", url(`/drafts/${legacy.id}`))).status).toBe(204);
    });

    it("sends a draft as written and removes the draft", async () => {
      const draft = (
        await kit.post(url("/drafts"), await draftOf({ text: "Is there any contact now?", detail: "facts" }))
      ).body;
      const sent = await kit.post(url(), {
        text: "Is there any contact now?",
        detail: "facts",
        topic: "contact_now",
        draftId: draft.id,
      });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({
        askedBy: "you",
        status: "awaiting_answer",
        detail: "facts",
        topic: "contact_now",
      });
      expect((await kit.get(url())).body.drafts.some((d: { id: string }) => d.id === draft.id)).toBe(false);
      const seen = await robin.get(url(`/${sent.body.id}`));
      expect(seen.body).toMatchObject({
        askedBy: "other",
        detail: "facts",
        can: { answer: true, needTime: true, review: false },
      });
    });
  });

  describe("answering and reviewing", () => {
    let questionId: string;
    beforeAll(async () => {
      questionId = (await ask("How long did it go on?", "more")).id;
    });

    it("lets only the person asked answer", async () => {
      const own = await kit.post(url(`/${questionId}/answers`), { text: "Answering myself" });
      expect(own.status).toBe(403);
      expect((await robin.post(url(`/${questionId}/review`), { verdict: "answered" })).status).toBe(403);
      const answered = await robin.post(url(`/${questionId}/answers`), { text: "From March to July." });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({
        status: "awaiting_review",
        currentAnswer: { text: "From March to July." },
      });
    });

    it('lets only the asker say whether it answered them, and asks for the follow-up with "I need more"', async () => {
      expect((await robin.post(url(`/${questionId}/review`), { verdict: "answered" })).status).toBe(403);
      const bare = await kit.post(url(`/${questionId}/review`), { verdict: "need_more" });
      expect(bare.status).toBe(400);
      expect((await kit.get(url(`/${questionId}`))).body.status).toBe("awaiting_review");
      const more = await kit.post(url(`/${questionId}/review`), {
        verdict: "need_more",
        followUp: "Did it stop in July?",
      });
      expect(more.body).toMatchObject({ status: "awaiting_answer" });
      expect(more.body.thread.at(-1)).toMatchObject({
        kind: "need_more",
        by: "you",
        followUp: "Did it stop in July?",
      });
      await robin.post(url(`/${questionId}/answers`), { text: "Yes, the last message was in July." });
      const done = await kit.post(url(`/${questionId}/review`), { verdict: "answered" });
      expect(done.body.status).toBe("resolved");
    });

    it("keeps every version of an edited answer, visible to both", async () => {
      const current = (await robin.get(url(`/${questionId}`))).body.currentAnswer;
      const stale = await robin.post(url(`/${questionId}/answers`), {
        text: "Edited",
        replaces: "not-the-latest",
      });
      expect(stale.status).toBe(409);
      const edited = await robin.post(url(`/${questionId}/answers`), {
        text: "The last message was on 3 July.",
        replaces: current.id,
      });
      expect(edited.body).toMatchObject({
        status: "awaiting_review",
        currentAnswer: { text: "The last message was on 3 July." },
      });
      const seen = (await kit.get(url(`/${questionId}`))).body;
      const answers = seen.thread.filter((s: { kind: string }) => s.kind === "answer");
      expect(answers.map((a: { text: string }) => a.text)).toEqual([
        "From March to July.",
        "Yes, the last message was in July.",
        "The last message was on 3 July.",
      ]);
      expect(answers[2].replaces).toBe(current.id);
    });
  });

  describe("time to answer", () => {
    let questionId: string;
    beforeAll(async () => {
      questionId = (await ask("Who else knew?")).id;
    });

    it("accepts a promised date only in the future and within a month, changing nothing otherwise", async () => {
      const past = await robin.post(url(`/${questionId}/need-time`), {
        answerBy: new Date(now - hour).toISOString(),
      });
      expect(past.status).toBe(400);
      expect(past.body.error.fields.answerBy).toMatch(/after now/);
      const far = await robin.post(url(`/${questionId}/need-time`), {
        answerBy: new Date(now + 40 * 24 * hour).toISOString(),
      });
      expect(far.status).toBe(400);
      expect((await kit.get(url(`/${questionId}`))).body.thread).toEqual([]);
      expect(
        (await kit.post(url(`/${questionId}/need-time`), { answerBy: new Date(now + hour).toISOString() }))
          .status,
      ).toBe(403);
    });

    it("shows a missed date as overdue to both, on the home page list too", async () => {
      const answerBy = new Date(now + hour).toISOString();
      const promised = await robin.post(url(`/${questionId}/need-time`), {
        answerBy,
        note: "I want to get it right.",
      });
      expect(promised.body).toMatchObject({ answerBy, overdue: false });
      await passTime(hour + 60_000);
      expect((await kit.get(url(`/${questionId}`))).body).toMatchObject({ overdue: true, answerBy });
      const open = await robin.get(url("/open"));
      expect(Object.keys(open.body).sort()).toEqual(["open", "overdue", "questions", "yourTurn"]);
      expect(open.body.overdue).toBe(1);
      expect(open.body.questions.find((q: { id: string }) => q.id === questionId)).toMatchObject({
        overdue: true,
        yourTurn: true,
      });
      const members = await server.handle.db
        .select()
        .from(spaceMembers)
        .where(eq(spaceMembers.spaceId, spaceId));
      const robinId = members.find((m) => m.view === "me")?.id ?? "";
      expect(
        (await questionFacts(spaceReads(server.handle.db, spaceId), new Date(now))).get(robinId)
          ?.questionsOverdue,
      ).toEqual([new Date(answerBy)]);
      await robin.post(url(`/${questionId}/answers`), { text: "My brother." });
      expect((await robin.get(url("/open"))).body.overdue).toBe(0);
      const evidence =
        (await questionEvidence(spaceReads(server.handle.db, spaceId), new Date(now))).get(robinId) ?? [];
      expect(evidence).toContainEqual({
        kind: "question_overdue",
        at: new Date(answerBy),
        sourceId: questionId,
      });
      expect(evidence.filter((e) => e.kind === "question_answered")).toHaveLength(1);
    });
  });

  describe("setting aside and coming back", () => {
    it("lets either person set a question aside, and only the asker or whoever set it aside pick it up", async () => {
      const byKit = (await ask("Where did you meet?")).id;
      expect((await kit.post(url(`/${byKit}/set-aside`))).body).toMatchObject({
        status: "set_aside",
        setAsideBy: "you",
      });
      expect((await robin.post(url(`/${byKit}/answers`), { text: "x" })).status).toBe(409);
      expect((await robin.post(url(`/${byKit}/reopen`))).status).toBe(403);
      expect((await kit.post(url(`/${byKit}/reopen`))).body.status).toBe("awaiting_answer");

      const byRobin = (await ask("What did you tell them about me?")).id;
      expect((await robin.post(url(`/${byRobin}/set-aside`))).body).toMatchObject({ setAsideBy: "you" });
      expect((await kit.get(url(`/${byRobin}`))).body).toMatchObject({
        setAsideBy: "other",
        can: { reopen: true },
      });
      expect((await robin.post(url(`/${byRobin}/reopen`))).body.status).toBe("awaiting_answer");
    });

    it("holds further answers while the asker isn't ready to hear more", async () => {
      const id = (await ask("Did you love them?", "more")).id;
      const answer = (await robin.post(url(`/${id}/answers`), { text: "No." })).body.currentAnswer;
      expect((await kit.post(url(`/${id}/review`), { verdict: "not_ready" })).body.status).toBe("not_ready");
      expect((await robin.post(url(`/${id}/answers`), { text: "More", replaces: answer.id })).status).toBe(
        409,
      );
      expect((await robin.post(url(`/${id}/reopen`))).status).toBe(403);
      expect((await kit.post(url(`/${id}/reopen`))).body.status).toBe("awaiting_answer");
    });
  });

  describe("shared history is append-only", () => {
    it("refuses to change or delete sent questions and their steps in the database itself", async () => {
      await expect(server.handle.db.execute(sql`update questions set text = 'changed'`)).rejects.toThrow();
      await expect(server.handle.db.execute(sql`delete from questions`)).rejects.toThrow();
      await expect(
        server.handle.db.execute(sql`update question_steps set text = 'changed'`),
      ).rejects.toThrow();
      await expect(server.handle.db.execute(sql`delete from question_steps`)).rejects.toThrow();
    });
  });
});
