import path from "node:path";
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
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.MEND_DATA_DIR ?? "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    quickExitUrl: env.MEND_QUICK_EXIT_URL ?? "https://www.bbc.co.uk/weather",
    trustProxy: parseProxyTrust(env.MEND_TRUST_PROXY),
    safetyResourcesFile: env.MEND_SAFETY_RESOURCES || undefined,
    logLevel: env.LOG_LEVEL ?? "info",
    ...overrides,
  };
}
