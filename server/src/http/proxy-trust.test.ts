import { describe, expect, it } from "vitest";
import { fastifyTrustProxy, parseProxyTrust } from "./proxy-trust.ts";

type TrustFunction = (address: string, hop: number) => boolean;

describe("MEND_TRUST_PROXY", () => {
  it("reads a number of proxies, their addresses, or nothing", () => {
    expect(parseProxyTrust(undefined)).toEqual({ hops: 0 });
    expect(parseProxyTrust("0")).toEqual({ hops: 0 });
    expect(parseProxyTrust("1")).toEqual({ hops: 1 });
    expect(parseProxyTrust("true")).toEqual({ hops: 1 });
    expect(parseProxyTrust(" 2 ")).toEqual({ hops: 2 });
    expect(parseProxyTrust("10.0.0.5, 10.1.0.0/16")).toEqual({ addresses: ["10.0.0.5", "10.1.0.0/16"] });
  });

  it("refuses a setting it cannot read instead of trusting every proxy", () => {
    expect(() => parseProxyTrust("yes please")).toThrow(/MEND_TRUST_PROXY must be/);
  });

  it("believes exactly the configured number of hops, and only from a nearby proxy", () => {
    const one = fastifyTrustProxy({ hops: 1 }) as TrustFunction;
    expect(one("127.0.0.1", 0)).toBe(true);
    expect(one("10.0.0.7", 0)).toBe(true);
    expect(one("10.0.0.7", 1)).toBe(false);
    // A client reaching Mend directly from the internet is not a proxy.
    expect(one("203.0.113.7", 0)).toBe(false);
    const two = fastifyTrustProxy({ hops: 2 }) as TrustFunction;
    expect(two("::1", 0)).toBe(true);
    expect(two("198.51.100.4", 1)).toBe(true);
    expect(two("198.51.100.9", 2)).toBe(false);
    expect(fastifyTrustProxy({ hops: 0 })).toBe(false);
  });
});
