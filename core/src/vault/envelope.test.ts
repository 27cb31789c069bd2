import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { openBytes, openText, sealBytes, sealText } from "./envelope.ts";
import { VaultError } from "./errors.ts";
import type { VaultAddress } from "./kinds.ts";
import { loadSodium } from "./sodium.ts";

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

const key = hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const entry: VaultAddress = { kind: "journal-entry", itemId: "7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e" };
const text = "Kept for me alone: a walk by the river, 🌧️ and all.";
/**
 * Sealed once with the nonce a0a1…b7 and checked against an independent XChaCha20-Poly1305
 * (@noble/ciphers) when it was made: it pins the format (prefix, nonce first, tag last, base64url)
 * and the associated data, so a change to either breaks this test rather than people's vaults.
 */
const knownEnvelope =
  "mv1.oKGio6SlpqeoqaqrrK2ur7CxsrO0tba3Dol6aZc7y95BAkipEFzMrl6Qv02Kcau1dmDpnsfXllPx9cNZIzRQ7FV04vF0jCAOxEhC2bsEvImjMkpYF2gJvilCNzqsoQo9";

async function refusal(opening: Promise<unknown>): Promise<string> {
  const error = await opening.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(VaultError);
  return (error as VaultError).reason;
}

describe("the library under the envelope", () => {
  test("XChaCha20-Poly1305 gives the answer of draft-irtf-cfrg-xchacha-03, appendix A.3.1", async () => {
    const sodium = await loadSodium();
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
      hex("50515253c0c1c2c3c4c5c6c7"),
      null,
      hex("404142434445464748494a4b4c4d4e4f5051525354555657"),
      hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"),
    );
    expect(toHex(sealed)).toBe(
      "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e" +
        "c0875924c1c7987947deafd8780acf49",
    );
  });
});

describe("the vault envelope, version 1", () => {
  test("opens the known-answer envelope to its text", async () => {
    expect(await openText(key, entry, knownEnvelope)).toBe(text);
  });

  test("seals to the documented shape: prefix, 24-byte nonce, ciphertext, 16-byte tag", async () => {
    const sealed = await sealText(key, entry, text);
    const sodium = await loadSodium();
    expect(sealed.startsWith("mv1.")).toBe(true);
    const payload = sodium.from_base64(sealed.slice(4), sodium.base64_variants.URLSAFE_NO_PADDING);
    expect(payload.length).toBe(24 + sodium.from_string(text).length + 16);
    expect(sealed).not.toContain("river");
  });

  test("a fresh nonce every time: the same text twice seals to two different envelopes", async () => {
    const first = await sealText(key, entry, text);
    const second = await sealText(key, entry, text);
    expect(first).not.toBe(second);
    expect(await openText(key, entry, first)).toBe(text);
    expect(await openText(key, entry, second)).toBe(text);
  });

  test("any text round-trips, empty and emoji included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), async (anyText) => {
        expect(await openText(key, entry, await sealText(key, entry, anyText))).toBe(anyText);
      }),
      { numRuns: 100 },
    );
  });

  test("bytes round-trip too (wrapped keys)", async () => {
    const secret = hex("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");
    const address: VaultAddress = { kind: "vault-key-by-password", itemId: "account-1" };
    expect(toHex(await openBytes(key, address, await sealBytes(key, address, secret)))).toBe(toHex(secret));
  });
});

describe("what the envelope refuses, loudly", () => {
  test("a changed byte anywhere in nonce, ciphertext or tag", async () => {
    const sodium = await loadSodium();
    const payload = sodium.from_base64(knownEnvelope.slice(4), sodium.base64_variants.URLSAFE_NO_PADDING);
    for (let index = 0; index < payload.length; index++) {
      const tampered = payload.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      const envelope = `mv1.${sodium.to_base64(tampered, sodium.base64_variants.URLSAFE_NO_PADDING)}`;
      expect(await refusal(openText(key, entry, envelope))).toBe("refused");
    }
  });

  test("an envelope moved to another item, or read as another kind", async () => {
    expect(
      await refusal(
        openText(key, { ...entry, itemId: "7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4f" }, knownEnvelope),
      ),
    ).toBe("refused");
    expect(await refusal(openText(key, { ...entry, kind: "unsent-letter" }, knownEnvelope))).toBe("refused");
  });

  test("the wrong key", async () => {
    const otherKey = key.map((byte) => byte ^ 0x80);
    expect(await refusal(openText(otherKey, entry, knownEnvelope))).toBe("refused");
  });

  test("cut short, not base64url, not an envelope, or from a version it does not know", async () => {
    expect(await refusal(openText(key, entry, knownEnvelope.slice(0, 40)))).toBe("malformed");
    expect(await refusal(openText(key, entry, "mv1."))).toBe("malformed");
    expect(await refusal(openText(key, entry, "mv1.***"))).toBe("malformed");
    expect(await refusal(openText(key, entry, "a walk by the river"))).toBe("malformed");
    expect(await refusal(openText(key, entry, `mv2.${knownEnvelope.slice(4)}`))).toBe("unsupported_version");
  });

  test("authentic bytes that are not UTF-8 are not shown as text with replacement marks", async () => {
    const sealed = await sealBytes(key, entry, hex("c328ff"));
    expect(await refusal(openText(key, entry, sealed))).toBe("malformed");
  });

  test("plain text is never passed through as if it were sealed", async () => {
    expect(await refusal(openText(key, entry, ""))).toBe("malformed");
  });

  test("a key of the wrong length, or an address no item can have, is a programming error", async () => {
    await expect(sealText(key.subarray(0, 16), entry, text)).rejects.toThrow(TypeError);
    await expect(sealText(key, { ...entry, itemId: "" }, text)).rejects.toThrow(TypeError);
    await expect(sealText(key, { ...entry, itemId: "a\u0000b" }, text)).rejects.toThrow(TypeError);
    await expect(sealText(key, { kind: "letter" as "unsent-letter", itemId: "x" }, text)).rejects.toThrow(
      TypeError,
    );
  });
});
