import type { ECDH } from "node:crypto";
import net, { type AddressInfo } from "node:net";
import type { ReminderDelivery } from "@mend/core/reminders/kinds";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp, testPassword } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { untilJobsFinished } from "../../../test/support/jobs.ts";
import { newDevice, startPushService } from "../../../test/support/push-service.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import {
  type EngineTiming,
  type JobEngine,
  type JobLog,
  jobSchema,
  startJobEngine,
} from "../../jobs/engine.ts";
import { type JobSender, lateJobSender } from "../../jobs/sender.ts";
import { digestClaimMinutes, digestGatheringMinutes, digestJob, notificationJobs } from "./jobs.ts";
import { type Mailer, smtpMailer } from "./mail.ts";
import { knownPushServices } from "./push-services.ts";

const quick: EngineTiming = { pollSeconds: 0.5, scheduleCheckSeconds: 1 };
const publicUrl = "https://mend.example";
const mail = { smtpUrl: "", from: "Mend <mend@example.org>" };

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface ReceivedMail {
  to: string[];
  subject: string;
  body: string;
}

/** Quoted-printable as nodemailer writes long lines: soft breaks and =XX escapes. */
const unquote = (text: string) =>
  text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A real SMTP server on a free port that keeps every message it is given. */
async function startMailServer() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const split = raw.indexOf("\r\n\r\n");
        const head = raw.slice(0, split);
        mails.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          subject: /^Subject: (.*)$/m.exec(head)?.[1]?.trim() ?? "",
          body: /quoted-printable/i.test(head) ? unquote(raw.slice(split + 4)) : raw.slice(split + 4),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(r)) };
}

/** An SMTP address where nothing listens: every send fails, as when the mail server is down. */
async function closedSmtpUrl() {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}

/** What the job log said, to check that no line carries content. */
function recordingLog(): JobLog & { lines: string[] } {
  const lines: string[] = [];
  const record = (fields: unknown, message?: string) =>
    lines.push(`${message ?? ""} ${JSON.stringify(fields)}`);
  return { lines, error: record, warn: record } as unknown as JobLog & { lines: string[] };
}

const preferences = (overrides: Record<string, unknown> = {}) => ({
  kinds: ["promise-due"],
  push: true,
  email: true,
  quietHours: null,
  detail: "discreet",
  timeZone: "Europe/London",
  ...overrides,
});

describe.each(databaseKinds)("reminders reaching a person on %s", (kind) => {
  let server: TestServer;
  let engine: JobEngine;
  let smtp: Awaited<ReturnType<typeof startMailServer>>;
  let push: Awaited<ReturnType<typeof startPushService>>;
  const devices = new Map<string, { ecdh: ECDH; auth: string }>();
  const log = recordingLog();
  /** The SMTP server every email goes through; a test may point it elsewhere for a while. */
  let mailVia: Mailer | undefined;
  const mailer: Mailer = {
    send: (message) => (mailVia ? mailVia.send(message) : Promise.reject(new Error("No mail server."))),
  };
  const pointMailAt = (smtpUrl: string) => {
    mailVia = smtpMailer({ mail: { ...mail, smtpUrl } });
  };
  let pushQueuingFails = false;
  /** What a digest job of another app server is built from. */
  let digestDeps: Parameters<typeof digestJob>[0];

  beforeAll(async () => {
    smtp = await startMailServer();
    pointMailAt(smtp.url);
    push = await startPushService(() => devices);
    // The local push service is allowed here as an operator would add one with MEND_PUSH_SERVICES.
    const config = {
      publicUrl,
      mail: { ...mail, smtpUrl: smtp.url },
      pushServices: [...knownPushServices, "127.0.0.1"],
    };
    const engineJobs = lateJobSender();
    // Queuing a push can be made to fail once: where a server could die between recording a
    // reminder and queuing its pushes.
    const jobs: JobSender = {
      send(request) {
        if (request.queue === "push" && pushQueuingFails) {
          pushQueuingFails = false;
          return Promise.reject(new Error("The server died here."));
        }
        return engineJobs.send(request);
      },
    };
    server = await startTestServer(kind, { config, jobs });
    digestDeps = { db: server.handle.db, config, clock: server.now, jobs, mailer };
    // Quiet hours are read against the server's clock, and a job deferred to their end must lie in
    // the real future for the queue: the test clock starts at the real time.
    server.advance(Date.now() - server.now().getTime());
    engine = await startJobEngine(
      server.handle,
      notificationJobs({
        db: server.handle.db,
        config,
        clock: server.now,
        jobs,
        mailer,
        pushAgent: push.agent,
        channelRetry: { limit: 3, delaySeconds: 1 },
      }),
      { log, timing: quick },
    );
    engineJobs.attach(engine);
  });
  afterAll(async () => {
    await engine?.stop();
    await server?.close();
    await smtp?.close();
    await push?.close();
  });

  async function subscribe(client: TestClient, name: string) {
    const device = newDevice(`${push.origin}/${name}`);
    devices.set(`/${name}`, device);
    const response = await client.post("/api/account/notifications/devices", device.subscription, {
      "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    });
    expect(response.status).toBe(204);
  }

  async function save(client: TestClient, body: object) {
    const response = await client.request("PUT", "/api/account/notifications", body);
    expect(response.status).toBe(200);
    return response.body;
  }

  /**
   * Every job due so far has run to its end, and so has each job it queued: a reminder sent twice, or
   * a digest run twice, would have been one more job still to finish.
   */
  const settle = () => untilJobsFinished(server.handle);

  const remind = (delivery: ReminderDelivery) => engine.send({ queue: "notify", data: delivery });

  /**
   * Lets the digest's gathering period pass, in two steps with the people active in between, so that
   * their sessions (which end after half an hour idle) stay open.
   */
  async function letGatheringPass(...people: TestClient[]) {
    for (const step of [16, digestGatheringMinutes + 1 - 16]) {
      server.advance(step * 60_000);
      for (const person of people) expect((await person.post("/api/auth/activity", {})).status).toBe(204);
    }
  }

  /** Lets the gathering period pass, then runs the digest as its schedule would. */
  async function gatherAndDigest(...people: TestClient[]) {
    await letGatheringPass(...people);
    await engine.send({ queue: "digest", data: {} });
  }

  const waiting = async (accountId: string) =>
    (
      await server.handle.executeSql(
        "select key, kind from reminder_digest_items where account_id = $1 order by key",
        [accountId],
      )
    ).rows;

  const accountOf = async (client: TestClient) =>
    (await client.get("/api/auth/session")).body.account as { id: string; email: string };

  it("emails a reset link that works, answering alike whether or not the address has an account", async () => {
    const client = server.client();
    const { email } = await signUp(client, "Sam");
    const config = await client.get("/api/config");
    expect(config.body.email).toBe(true);
    const before = smtp.mails.length;
    const known = await server.client().post("/api/auth/reset-link", { email });
    const unknown = await server.client().post("/api/auth/reset-link", { email: "nobody@example.org" });
    expect([known.status, known.text]).toEqual([204, ""]);
    expect([unknown.status, unknown.text]).toEqual([204, ""]);
    const resets = () => smtp.mails.slice(before).filter((m) => m.subject.includes("new password"));
    await until(() => resets().length > 0, "the reset email");
    await settle();
    expect(resets().map((m) => m.to)).toEqual([[email]]);
    const link = /https:\/\/mend\.example\/reset#([A-Za-z0-9_-]+)/.exec(resets()[0]?.body ?? "");
    expect(link?.[1]).toBeDefined();
    const reset = await server
      .client()
      .post("/api/auth/reset-password", { token: link?.[1], newPassword: "a brand new evening walk" });
    expect(reset.status).toBeLessThan(300);
    const login = await server
      .client()
      .post("/api/auth/login", { email, password: "a brand new evening walk" });
    expect(login.status).toBe(200);
    const old = await server.client().post("/api/auth/login", { email, password: testPassword });
    expect(old.status).toBe(400);
  });

  it("emails an invitation link that works, naming nobody", async () => {
    const robin = server.client();
    await signUp(robin, "Robin");
    const space = await buildSpace(robin);
    const before = smtp.mails.length;
    const sent = await robin.post(`/api/spaces/${space.id}/invitations/email`, { email: "kit@example.org" });
    expect(sent.status).toBe(204);
    const invitations = () => smtp.mails.slice(before).filter((m) => m.to.includes("kit@example.org"));
    await until(() => invitations().length > 0, "the invitation email");
    const [invitation] = invitations();
    expect(invitation?.subject).toBe("An invitation to Mend");
    expect(invitation?.body).not.toMatch(/Robin|Kit/);
    const token = /https:\/\/mend\.example\/join\/([A-Za-z0-9_-]+)/.exec(invitation?.body ?? "")?.[1];
    const kit = server.client();
    await signUp(kit, "Kit");
    const joined = await kit.post("/api/invitations/accept", { token, view: "them" });
    expect(joined.status).toBe(200);
    // Two people now: nobody more can be invited, by link or by email.
    const full = await robin.post(`/api/spaces/${space.id}/invitations/email`, { email: "else@example.org" });
    expect(full.status).toBe(409);
  });

  it("sends a reminder once on each channel, saying nothing of names or content, and lets email be stopped without signing in", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinId = (await robin.get("/api/auth/session")).body.account.id as string;
    const kitId = (await kit.get("/api/auth/session")).body.account.id as string;
    const robinEmail = (await robin.get("/api/auth/session")).body.account.email as string;
    const kitSeesBefore = (await kit.get(`/api/spaces/${space.id}`)).text;

    expect((await robin.get("/api/account/notifications")).body).toMatchObject({
      kinds: [],
      detail: "discreet",
      quietHours: { start: "22:00", end: "08:00" },
      timeZone: null,
    });
    await save(robin, preferences());
    await subscribe(robin, "robin-phone");
    // Kit has a device but has switched no kind on.
    await save(kit, preferences({ kinds: [] }));
    await subscribe(kit, "kit-phone");
    expect((await kit.get(`/api/spaces/${space.id}`)).text).toBe(kitSeesBefore);

    const mailsBefore = smtp.mails.length;
    const delivery = {
      accountId: robinId,
      spaceId: space.id,
      kind: "promise-due",
      key: "promise-due:p1:2026-12-07",
    } as const;
    await remind(delivery);
    await remind(delivery);
    await remind({ ...delivery, accountId: kitId });
    const reminders = () =>
      smtp.mails.slice(mailsBefore).filter((m) => m.subject.startsWith("Mend: something"));
    await until(() => push.delivered.length >= 1, "the push reminder");
    await until(async () => (await waiting(robinId)).length === 1, "the reminder to wait for the digest");
    await gatherAndDigest(robin, kit);
    await until(() => reminders().length > 0, "the digest");
    await settle();

    expect(push.delivered.map((d) => d.path)).toEqual(["/robin-phone"]);
    const [sent] = push.delivered;
    expect(sent?.payload).toEqual({
      title: "Mend",
      body: "Something is waiting for you",
      kind: "promise-due",
      url: "/",
    });
    expect(sent?.audience).toBe(push.origin);
    expect(sent?.signer).toBe((await robin.get("/api/account/notifications/push-key")).body.publicKey);

    expect(reminders().map((m) => m.to)).toEqual([[robinEmail]]);
    const [reminder] = reminders();
    expect(reminder?.subject).toBe("Mend: something is waiting for you");
    expect(reminder?.body).toMatch(/^Something is waiting for you in Mend\.\r?\n/);
    expect(reminder?.body).not.toMatch(/\d+ (things|reminders)|^- /m);
    expect(reminder?.body).toContain(`${publicUrl}/`);
    expect(await waiting(robinId)).toEqual([]);
    // The kind travels encrypted, for the device alone; what is shown says nothing of it.
    // Links are left out: their random tokens may spell anything ("…PkIt…").
    const withoutLinks = (reminder?.body ?? "").replace(/https?:\/\/\S+/g, "");
    for (const text of [withoutLinks, String(sent?.payload.title), String(sent?.payload.body)]) {
      expect(text).not.toMatch(/Robin|Kit|partner|promise/i);
    }
    expect(JSON.stringify(sent?.payload)).not.toMatch(/Robin|Kit|example/);

    const emailOff = /https:\/\/mend\.example(\/email-off\?t=[A-Za-z0-9._-]+)/.exec(
      reminder?.body ?? "",
    )?.[1];
    expect(emailOff).toBeDefined();
    const stranger = server.client();
    const page = await stranger.request("GET", emailOff ?? "");
    expect(page.status).toBe(200);
    expect((await robin.get("/api/account/notifications")).body.email).toBe(true);
    expect((await stranger.request("POST", `${emailOff}x`)).status).toBe(400);
    const off = await fetch(server.baseUrl + (emailOff ?? ""), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(off.status).toBe(200);
    expect(await off.text()).toContain("Reminder emails are off");
    expect((await robin.get("/api/account/notifications")).body.email).toBe(false);

    // The more detailed line still names no one.
    await save(robin, preferences({ email: false, detail: "more" }));
    await remind({ ...delivery, key: "promise-due:p1:2026-12-08" });
    await until(() => push.delivered.length >= 2, "the detailed reminder");
    expect(push.delivered[1]?.payload).toMatchObject({ title: "Mend", body: "One of your promises is due" });

    expect(log.lines.join("\n")).not.toMatch(/Robin|Kit|example\.org|mend\.example/);
  });

  it("sends nothing for a kind switched off or a space left, waits out quiet hours, and forgets a device its push service has dropped", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinId = (await robin.get("/api/auth/session")).body.account.id as string;
    await subscribe(robin, "robin-tablet");
    const pushesBefore = push.delivered.length;
    const mailsBefore = smtp.mails.length;

    await save(robin, preferences({ kinds: ["checkin-due"], email: true }));
    await remind({ accountId: robinId, spaceId: space.id, kind: "promise-due", key: "off:1" });

    // Quiet from this hour to two hours on, in UTC: the reminder is sent again for when they end.
    const hour = server.now().getUTCHours();
    const pad = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;
    await save(
      robin,
      preferences({
        kinds: ["checkin-due"],
        quietHours: { start: pad(hour), end: pad(hour + 2) },
        timeZone: "UTC",
      }),
    );
    await remind({ accountId: robinId, spaceId: space.id, kind: "checkin-due", key: "quiet:1" });
    const expectedEnd = new Date(server.now());
    expectedEnd.setUTCHours(hour + 2, 0, 0, 0);
    await until(async () => {
      const { rows } = await server.handle.executeSql(
        `select start_after from ${jobSchema}.job where name = 'notify' and state = 'created'`,
        [],
      );
      return rows.some(
        (row) => new Date((row as { start_after: string }).start_after).getTime() === expectedEnd.getTime(),
      );
    }, "the reminder to wait for the end of quiet hours");
    await settle();
    expect(push.delivered.length).toBe(pushesBefore);
    expect(smtp.mails.length).toBe(mailsBefore);

    await save(robin, preferences({ kinds: ["checkin-due"], email: false }));
    const gone = newDevice(`${push.origin}/gone/old-laptop`);
    expect((await robin.post("/api/account/notifications/devices", gone.subscription)).status).toBe(204);
    expect((await robin.get("/api/account/notifications")).body.pushDevices).toBe(2);
    await remind({ accountId: robinId, spaceId: space.id, kind: "checkin-due", key: "gone:1" });
    await until(() => push.refused.length > 0 && push.delivered.length > pushesBefore, "both devices");
    await until(
      async () => (await robin.get("/api/account/notifications")).body.pushDevices === 1,
      "the dropped device to be forgotten",
    );

    // Once Robin has left the space, its reminders no longer reach them.
    const reached = push.delivered.length;
    expect((await robin.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);
    await remind({ accountId: robinId, spaceId: space.id, kind: "checkin-due", key: "left:1" });
    await settle();
    expect(push.delivered.length).toBe(reached);
    const { rows } = await server.handle.executeSql(
      "select key from notification_deliveries where account_id = $1 order by key",
      [robinId],
    );
    expect(rows).toEqual([{ key: "gone:1" }]);
  });

  it("gathers reminders that come close together into one email that says each kind and names no one", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinAccount = await accountOf(robin);
    await save(robin, preferences({ kinds: ["promise-due", "checkin-due"], push: false, detail: "more" }));
    const digests = () => smtp.mails.filter((m) => m.to.includes(robinAccount.email));

    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "promise-due", key: "burst:1" });
    await until(async () => (await waiting(robinAccount.id)).length === 1, "the first reminder to wait");
    server.advance(10 * 60_000);
    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "checkin-due", key: "burst:2" });
    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "promise-due", key: "burst:3" });
    await until(async () => (await waiting(robinAccount.id)).length === 3, "all three reminders to wait");

    // Ten minutes after the first one, the digest is still gathering.
    await engine.send({ queue: "digest", data: {} });
    await settle();
    expect(digests()).toEqual([]);

    await gatherAndDigest(robin);
    await until(() => digests().length > 0, "the digest");
    await engine.send({ queue: "digest", data: {} });
    await settle();
    expect(digests().length).toBe(1);
    const [digest] = digests();
    expect(digest?.subject).toBe("Mend: something is waiting for you");
    expect(digest?.body.split(/\r?\n/).slice(0, 3)).toEqual([
      "Waiting for you in Mend:",
      "- One of your promises is due",
      "- It's time for your check-in",
    ]);
    expect(digest?.body).toContain(`${publicUrl}/email-off?t=`);
    expect(digest?.body).not.toMatch(/Robin|Kit|partner|\b[23]\b/);
    expect(await waiting(robinAccount.id)).toEqual([]);
  });

  it("holds the digest through quiet hours, and drops what waits when email is turned off", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinAccount = await accountOf(robin);
    await save(robin, preferences({ push: false }));
    const digests = () => smtp.mails.filter((m) => m.to.includes(robinAccount.email));

    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "promise-due", key: "night:1" });
    await until(async () => (await waiting(robinAccount.id)).length === 1, "the reminder to wait");
    await letGatheringPass(robin);
    const hour = server.now().getUTCHours();
    const pad = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;
    await save(
      robin,
      preferences({ push: false, quietHours: { start: pad(hour), end: pad(hour + 2) }, timeZone: "UTC" }),
    );
    await engine.send({ queue: "digest", data: {} });
    await settle();
    expect(digests()).toEqual([]);
    expect(await waiting(robinAccount.id)).toEqual([{ key: "night:1", kind: "promise-due" }]);

    await save(robin, preferences({ push: false }));
    await engine.send({ queue: "digest", data: {} });
    await until(() => digests().length === 1, "the digest once quiet hours are over");
    await until(async () => (await waiting(robinAccount.id)).length === 0, "the sent reminder to go");
    const emailOff = /https:\/\/mend\.example(\/email-off\?t=[A-Za-z0-9._-]+)/.exec(
      digests()[0]?.body ?? "",
    )?.[1];

    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "promise-due", key: "night:2" });
    await until(async () => (await waiting(robinAccount.id)).length === 1, "the next reminder to wait");
    const off = await server.client().request("POST", emailOff ?? "");
    expect(off.status).toBe(200);
    expect(await waiting(robinAccount.id)).toEqual([]);
    await gatherAndDigest(robin);
    await settle();
    expect(digests().length).toBe(1);
  });

  it("keeps the waiting reminders when the mail server fails, and the retry sends them", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinAccount = await accountOf(robin);
    await save(robin, preferences({ push: false }));
    const digests = () => smtp.mails.filter((m) => m.to.includes(robinAccount.email));
    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "promise-due", key: "down:1" });
    await until(async () => (await waiting(robinAccount.id)).length === 1, "the reminder to wait");

    const failuresBefore = log.lines.filter((line) => line.includes('"queue":"digest"')).length;
    pointMailAt(await closedSmtpUrl());
    try {
      await gatherAndDigest(robin);
      await until(
        () => log.lines.filter((line) => line.includes('"queue":"digest"')).length > failuresBefore,
        "the digest to fail",
      );
      expect(await waiting(robinAccount.id)).toEqual([{ key: "down:1", kind: "promise-due" }]);
      expect(digests()).toEqual([]);
    } finally {
      pointMailAt(smtp.url);
    }
    await until(() => digests().length === 1, "the retry to send the digest");
    // The reminders go once the mail server has taken the email, a moment after it arrives there.
    await until(async () => (await waiting(robinAccount.id)).length === 0, "the sent reminders to go");
    expect(digests()).toHaveLength(1);
  });

  it("records no reminder whose pushes could not be queued, so the reminder handed over again still reaches the device once", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinAccount = await accountOf(robin);
    await save(robin, preferences({ email: false }));
    await subscribe(robin, "robin-laptop");
    const reached = () => push.delivered.filter((d) => d.path === "/robin-laptop").length;
    const recorded = async () =>
      (
        await server.handle.executeSql("select key from notification_deliveries where account_id = $1", [
          robinAccount.id,
        ])
      ).rows;
    const delivery = {
      accountId: robinAccount.id,
      spaceId: space.id,
      kind: "promise-due",
      key: "died:1",
    } as const;
    const failuresBefore = log.lines.filter((line) => line.includes('"queue":"notify"')).length;

    pushQueuingFails = true;
    await remind(delivery);
    await until(
      () => log.lines.filter((line) => line.includes('"queue":"notify"')).length > failuresBefore,
      "the reminder job to fail",
    );
    expect(await recorded()).toEqual([]);
    expect(reached()).toBe(0);

    // The scan hands the same reminder over again (as it does after a crash); it is sent once.
    await remind(delivery);
    await remind(delivery);
    await until(() => reached() > 0, "the push");
    await settle();
    expect(reached()).toBe(1);
    expect(await recorded()).toEqual([{ key: "died:1" }]);
  });

  it("sends a digest whose run died before sending once its claim lapses, and not before", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinAccount = await accountOf(robin);
    await save(robin, preferences({ push: false }));
    const digests = () => smtp.mails.filter((m) => m.to.includes(robinAccount.email));
    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "promise-due", key: "lost:1" });
    await until(async () => (await waiting(robinAccount.id)).length === 1, "the reminder to wait");
    await letGatheringPass(robin);

    // Another app server's run claims the reminder and dies while talking to the mail server.
    let sending = false;
    const dying = digestJob({
      ...digestDeps,
      mailer: {
        send: () => {
          sending = true;
          return new Promise<void>(() => {});
        },
      },
    });
    void dying.run({});
    await until(() => sending, "the dying run to start sending");
    const claimed = async () =>
      (
        await server.handle.executeSql(
          "select key from reminder_digest_items where account_id = $1 and claimed_at is not null",
          [robinAccount.id],
        )
      ).rows;
    expect(await claimed()).toEqual([{ key: "lost:1" }]);

    // While its claim holds, no other run sends the reminder.
    server.advance((digestClaimMinutes - 1) * 60_000);
    await engine.send({ queue: "digest", data: {} });
    await settle();
    expect(digests()).toEqual([]);

    server.advance(2 * 60_000);
    await engine.send({ queue: "digest", data: {} });
    await until(() => digests().length > 0, "the digest after the claim lapsed");
    await engine.send({ queue: "digest", data: {} });
    await settle();
    expect(digests().length).toBe(1);
    expect(digests()[0]?.subject).toBe("Mend: something is waiting for you");
    expect(await waiting(robinAccount.id)).toEqual([]);
  });

  it("tries a push that fails a few times, then drops it, logging only the queue and the kind of failure", async () => {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const robinAccount = await accountOf(robin);
    await save(robin, preferences({ email: false }));
    // A device the push service does not know: it answers 400 to every try.
    const unknown = newDevice(`${push.origin}/unknown/robin-watch`);
    expect((await robin.post("/api/account/notifications/devices", unknown.subscription)).status).toBe(204);
    const failedPushes = async () =>
      (
        await server.handle.executeSql(
          `select retry_count from ${jobSchema}.job where name = 'push' and state = 'failed' order by created_on`,
          [],
        )
      ).rows;
    const before = (await failedPushes()).length;

    await remind({ accountId: robinAccount.id, spaceId: space.id, kind: "promise-due", key: "flaky:1" });
    await until(async () => (await failedPushes()).length > before, "the push to be dropped");
    expect((await failedPushes()).slice(before)).toEqual([{ retry_count: 3 }]);
    // A device that fails is kept: only a push service saying it is gone removes it.
    expect((await robin.get("/api/account/notifications")).body.pushDevices).toBe(1);
    const pushFailures = log.lines.filter((line) => line.includes('"queue":"push"'));
    expect(pushFailures.length).toBeGreaterThanOrEqual(4);
    expect(pushFailures.join("\n")).not.toMatch(/unknown|robin|127\.0\.0\.1|example/i);
  });

  it("refuses settings and devices it cannot use with a clear 400", async () => {
    const client = server.client();
    await signUp(client, "Alex");
    for (const bad of [
      preferences({ kinds: ["gossip"] }),
      preferences({ quietHours: { start: "25:00", end: "08:00" } }),
      preferences({ timeZone: "Mars/Olympus" }),
      preferences({ detail: "everything" }),
    ]) {
      const response = await client.request("PUT", "/api/account/notifications", bad);
      expect(response.status).toBe(400);
    }
    const insecure = newDevice("http://127.0.0.1/device").subscription;
    expect((await client.post("/api/account/notifications/devices", insecure)).status).toBe(400);

    // Only the browsers' push services (and those the operator adds) are ever sent to.
    for (const elsewhere of [
      "https://internal.example.org/hook",
      "https://fcm.googleapis.com.example.org/fcm/send/x",
      "https://notify.windows.com.example.org/w/x",
    ]) {
      const refused = await client.post(
        "/api/account/notifications/devices",
        newDevice(elsewhere).subscription,
      );
      expect(refused.status, elsewhere).toBe(400);
      expect(refused.body.error.message).toContain("notification service");
    }
    expect((await client.get("/api/account/notifications")).body.pushDevices).toBe(0);
    for (const known of [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://db5p.notify.windows.com/w/?token=abc",
      "https://web.push.apple.com/abc",
    ]) {
      const accepted = await client.post("/api/account/notifications/devices", newDevice(known).subscription);
      expect(accepted.status, known).toBe(204);
    }
    expect((await client.get("/api/account/notifications")).body.pushDevices).toBe(4);
  });
});
