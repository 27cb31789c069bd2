import { execFileSync } from "node:child_process";
import { createECDH, createPublicKey, type ECDH, randomBytes, verify } from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { ReminderDelivery } from "@mend/core/reminders/kinds";
import { decrypt } from "http_ece";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp, testPassword } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import {
  type EngineTiming,
  type JobEngine,
  type JobLog,
  jobSchema,
  startJobEngine,
} from "../../jobs/engine.ts";
import { lateJobSender } from "../../jobs/sender.ts";
import { notificationJobs } from "./jobs.ts";

const quick: EngineTiming = { pollSeconds: 0.5, scheduleCheckSeconds: 1 };
const publicUrl = "https://mend.example";
const mail = { smtpUrl: "", from: "Mend <mend@example.org>" };

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-notifications-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Long enough for a job sent twice to have been taken twice, on a busy two-core machine. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000));

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

/** A device as a browser would make it: its own P-256 key pair and auth secret (RFC 8291). */
function newDevice(endpoint: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16).toString("base64url");
  return {
    ecdh,
    auth,
    subscription: { endpoint, keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth } },
  };
}

interface Delivered {
  path: string;
  payload: Record<string, unknown>;
  audience: string;
  signer: string;
}

/**
 * A local push service (HTTPS, with a certificate made for the test): it checks each request's VAPID
 * token (RFC 8292) against the key it names, decrypts the message with the device's private key
 * (RFC 8291), and answers 410 for devices under /gone/.
 */
async function startPushService(devices: () => Map<string, { ecdh: ECDH; auth: string }>) {
  const key = path.join(folder, "push-key.pem");
  const cert = path.join(folder, "push-cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  const delivered: Delivered[] = [];
  const refused: string[] = [];
  const server = https.createServer(
    { key: fs.readFileSync(key), cert: fs.readFileSync(cert) },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const url = request.url ?? "";
        if (url.startsWith("/gone/")) {
          refused.push(url);
          response.writeHead(410).end();
          return;
        }
        const device = devices().get(url);
        const vapid = /^vapid t=([^,]+), k=(.+)$/.exec(request.headers.authorization ?? "");
        if (!device || !vapid?.[1] || !vapid[2] || request.headers["content-encoding"] !== "aes128gcm") {
          response.writeHead(400).end();
          return;
        }
        const [header, claims, signature] = vapid[1].split(".");
        const point = Buffer.from(vapid[2], "base64url");
        const signer = createPublicKey({
          key: {
            kty: "EC",
            crv: "P-256",
            x: point.subarray(1, 33).toString("base64url"),
            y: point.subarray(33, 65).toString("base64url"),
          },
          format: "jwk",
        });
        const signed = verify(
          "sha256",
          Buffer.from(`${header}.${claims}`),
          { key: signer, dsaEncoding: "ieee-p1363" },
          Buffer.from(signature ?? "", "base64url"),
        );
        const body = JSON.parse(Buffer.from(claims ?? "", "base64url").toString("utf8")) as {
          aud: string;
          exp: number;
        };
        if (!signed || body.exp * 1000 < Date.now()) {
          response.writeHead(403).end();
          return;
        }
        const plain = decrypt(Buffer.concat(chunks), {
          version: "aes128gcm",
          privateKey: device.ecdh,
          authSecret: device.auth,
        });
        delivered.push({
          path: url,
          payload: JSON.parse(plain.toString("utf8")),
          audience: body.aud,
          signer: vapid[2],
        });
        response.writeHead(201).end();
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    agent: new https.Agent({ ca: fs.readFileSync(cert) }),
    delivered,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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

  beforeAll(async () => {
    smtp = await startMailServer();
    push = await startPushService(() => devices);
    const config = { publicUrl, mail: { ...mail, smtpUrl: smtp.url } };
    const jobs = lateJobSender();
    server = await startTestServer(kind, { config, jobs });
    // Quiet hours are read against the server's clock, and a job deferred to their end must lie in
    // the real future for the queue: the test clock starts at the real time.
    server.advance(Date.now() - server.now().getTime());
    engine = await startJobEngine(
      server.handle,
      notificationJobs({ db: server.handle.db, config, clock: server.now, jobs, pushAgent: push.agent }),
      { log, timing: quick },
    );
    jobs.attach(engine);
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

  const remind = (delivery: ReminderDelivery) => engine.send({ queue: "notify", data: delivery });

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
    await until(() => push.delivered.length >= 1 && reminders().length > 0, "the reminder");
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
    expect(reminder?.body).toContain(`${publicUrl}/`);
    // The kind travels encrypted, for the device alone; what is shown says nothing of it.
    for (const text of [reminder?.body ?? "", String(sent?.payload.title), String(sent?.payload.body)]) {
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
  });
});
