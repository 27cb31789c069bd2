import proxyAddr from "@fastify/proxy-addr";
import type { FastifyServerOptions } from "fastify";

/**
 * Which `X-Forwarded-*` values to believe. Each proxy appends the address it received the request
 * from, so only the last `hops` entries were written by proxies; anything to their left came from
 * the client and is never used. A hop count only holds while the nearest proxy is on this machine or
 * a private network: a client reaching Mend directly from anywhere else is not believed at all.
 * A proxy elsewhere is named by its addresses instead.
 */
export type ProxyTrust = { hops: number } | { addresses: string[] };

const privateNetworks = proxyAddr.compile(["loopback", "linklocal", "uniquelocal"]);

/** Reads `MEND_TRUST_PROXY`: unset or 0 (no proxy), a number of proxies, or their addresses/subnets. */
export function parseProxyTrust(setting: string | undefined): ProxyTrust {
  const value = setting?.trim() ?? "";
  if (value === "" || value === "false") return { hops: 0 };
  // Older settings said only "on"; one proxy is what that meant.
  if (value === "true") return { hops: 1 };
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const addresses = value.split(",").map((address) => address.trim());
  try {
    proxyAddr.compile(addresses);
  } catch {
    throw new Error(
      `MEND_TRUST_PROXY must be a number of proxies (like 1) or their addresses (like 10.0.0.5,10.1.0.0/16); got "${value}".`,
    );
  }
  return { addresses };
}

export function fastifyTrustProxy(trust: ProxyTrust): FastifyServerOptions["trustProxy"] {
  if ("addresses" in trust) return trust.addresses;
  const { hops } = trust;
  if (hops === 0) return false;
  return (address: string, hop: number) => hop < hops && (hop > 0 || privateNetworks(address, hop));
}
