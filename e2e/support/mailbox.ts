import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect } from "@playwright/test";
import { SMTPServer } from "smtp-server";

/** One email as the test mail server received it: who it went to, its subject and its plain text. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Quoted-printable as nodemailer writes long lines: soft breaks and =XX escapes. */
function unquote(text: string): string {
  return text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function parse(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4);
  return {
    to,
    subject: /^Subject: (.*)$/m.exec(head)?.[1]?.trim() ?? "",
    text: /quoted-printable/i.test(head) ? unquote(body) : body,
  };
}

/**
 * A real SMTP server (no login, no TLS) standing in for the one a person running Mend would name. Every
 * message is written to its own file in `folder`, so tests in any worker can read the mail of the
 * people they made (each has an address of their own, so tests never read each other's mail).
 */
export async function startMailServer(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  fs.mkdirSync(folder, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase());
        const mail = parse(Buffer.concat(chunks).toString("utf8"), to);
        received += 1;
        // Written whole under a temporary name, then renamed: a reader never sees half a message.
        const file = path.join(folder, `${String(received).padStart(6, "0")}.json`);
        fs.writeFileSync(`${file}.part`, JSON.stringify(mail));
        fs.renameSync(`${file}.part`, file);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function mailFolder(): string {
  const folder = process.env.MEND_E2E_MAIL_DIR;
  if (!folder) throw new Error("The end-to-end setup did not say where received email is kept.");
  return folder;
}

/** Every email received so far for this address, oldest first. */
export function mailTo(address: string): ReceivedMail[] {
  const folder = mailFolder();
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")) as ReceivedMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits for the one email Mend sends to this address (the server sends it from its queue, soon after). */
export async function theOnlyMailTo(address: string): Promise<ReceivedMail> {
  await expect
    .poll(() => mailTo(address).length, { message: `an email to ${address}`, timeout: 30_000 })
    .toBe(1);
  const [mail] = mailTo(address);
  if (!mail) throw new Error(`No email reached ${address}.`);
  return mail;
}

/** The first address in an email's text that starts with `start`. */
export function linkIn(mail: ReceivedMail, start: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(start));
  if (!link) throw new Error(`The email "${mail.subject}" has no link starting ${start}:\n${mail.text}`);
  return link;
}
