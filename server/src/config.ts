import path from "node:path";
import { type SignupPolicy, signupPolicies } from "@mend/core/accounts/contract";
import { knownPushServices, pushServicePattern } from "./features/notifications/push-services.ts";
import { type ProxyTrust, parseProxyTrust } from "./http/proxy-trust.ts";

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database and its lock live when no DATABASE_URL is given. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** A harmless page the quick-exit control sends people to. */
  quickExitUrl: string;
  /** Behind TLS-terminating proxies, which X-Forwarded-* values to trust (Secure cookies, per-IP throttling). */
  trustProxy: ProxyTrust;
  safetyResourcesFile: string | undefined;
  logLevel: string;
  /** Where backups are written: a `backups` folder beside the data folder unless MEND_BACKUP_DIR says. */
  backupDir: string;
  /**
   * When the running server backs itself up into `backupDir` each day, in the server's local time
   * (MEND_BACKUP_HOUR, 03:00 unless set); undefined when MEND_BACKUPS=off.
   */
  automaticBackups: { hour: number; minute: number } | undefined;
  /** Prometheus metrics' own listener (MEND_METRICS=1), loopback unless MEND_METRICS_HOST says. */
  metrics: { host: string; port: number } | undefined;
  /** Who may create an account (MEND_SIGNUP): anyone, only people with an invitation link, or nobody. */
  signup: SignupPolicy;
  /** The address people open Mend at (MEND_PUBLIC_URL), for links the command line prints. */
  publicUrl: string;
  /**
   * Where reminder, reset-link and invitation emails are sent from: an SMTP server (MEND_SMTP_URL,
   * such as smtps://user:password@mail.example.org) and the sender (MEND_MAIL_FROM). Undefined when
   * either is missing: Mend then sends no email at all.
   */
  mail: { smtpUrl: string; from: string } | undefined;
  /**
   * Only for tests that run `mend serve` as real processes (MEND_JOB_TIMING=quick): every wait of the
   * job engine shortened to a second or so, so that a job a killed server held is retried in seconds.
   */
  quickJobs: boolean;
  /**
   * The Web Push services a device may subscribe through: the common browsers' (`knownPushServices`)
   * and any host names or `*.domain` patterns listed, comma-separated, in MEND_PUSH_SERVICES.
   */
  pushServices: string[];
}

function readPushServices(env: NodeJS.ProcessEnv): string[] {
  const added = (env.MEND_PUSH_SERVICES ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of added) {
    if (!pushServicePattern.test(entry)) {
      throw new Error(
        `MEND_PUSH_SERVICES lists "${entry}": give host names or *.domain patterns, separated by commas (for example push.example.org,*.push.example.net).`,
      );
    }
  }
  return [...knownPushServices, ...added];
}

function readMail(env: NodeJS.ProcessEnv): Config["mail"] {
  const smtpUrl = env.MEND_SMTP_URL?.trim();
  const from = env.MEND_MAIL_FROM?.trim();
  if (!smtpUrl && !from) return undefined;
  if (!smtpUrl || !from) {
    throw new Error("Set both MEND_SMTP_URL and MEND_MAIL_FROM to send email, or neither.");
  }
  if (!/^smtps?:\/\//.test(smtpUrl)) {
    throw new Error(
      "MEND_SMTP_URL starts with smtp:// or smtps:// (for example smtps://user:password@mail.example.org).",
    );
  }
  return { smtpUrl, from };
}

function parseSignupPolicy(value: string | undefined): SignupPolicy {
  if (!value) return "open";
  const policy = signupPolicies.find((known) => known === value.trim().toLowerCase());
  if (!policy) {
    throw new Error(`MEND_SIGNUP must be one of ${signupPolicies.join(", ")} (it is "${value}").`);
  }
  return policy;
}

const offWords = new Set(["off", "0", "false", "no"]);

function readAutomaticBackups(env: NodeJS.ProcessEnv): Config["automaticBackups"] {
  if (offWords.has((env.MEND_BACKUPS ?? "").trim().toLowerCase())) return undefined;
  const setting = (env.MEND_BACKUP_HOUR ?? "03:00").trim();
  const parts = /^(\d{1,2})(?::(\d{2}))?$/.exec(setting);
  const hour = Number(parts?.[1]);
  const minute = Number(parts?.[2] ?? 0);
  if (!parts || hour > 23 || minute > 59) {
    throw new Error(
      `MEND_BACKUP_HOUR is "${setting}": give a time of day such as 03:00 or 3 (server local time).`,
    );
  }
  return { hour, minute };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(env.MEND_DATA_DIR ?? "data");
  const port = Number(env.PORT ?? 8080);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    quickExitUrl: env.MEND_QUICK_EXIT_URL ?? "https://www.bbc.co.uk/weather",
    trustProxy: parseProxyTrust(env.MEND_TRUST_PROXY),
    safetyResourcesFile: env.MEND_SAFETY_RESOURCES || undefined,
    logLevel: env.LOG_LEVEL ?? "info",
    backupDir: path.resolve(env.MEND_BACKUP_DIR ?? path.join(path.dirname(dataDir), "backups")),
    automaticBackups: readAutomaticBackups(env),
    metrics:
      env.MEND_METRICS === "1" || env.MEND_METRICS === "true"
        ? { host: env.MEND_METRICS_HOST ?? "127.0.0.1", port: Number(env.MEND_METRICS_PORT ?? 9464) }
        : undefined,
    signup: parseSignupPolicy(env.MEND_SIGNUP),
    mail: readMail(env),
    publicUrl: (env.MEND_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ""),
    quickJobs: env.MEND_JOB_TIMING === "quick",
    pushServices: readPushServices(env),
    ...overrides,
  };
}
