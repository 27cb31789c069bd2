import { describe, expect, test } from "vitest";
import { VaultError } from "./errors.ts";
import {
  accountKdf,
  deriveAccountKeys,
  deriveRecoveryCodeKeys,
  fromBase64Url,
  newSalt,
  newVaultKey,
  toBase64Url,
  unwrapVaultKey,
  wrapVaultKey,
} from "./keys.ts";

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

const salt = hex("f0e1d2c3b4a5968778695a4b3c2d1e0f");

describe("keys from a password", () => {
  /**
   * The master key behind these was checked against a second, independent Argon2id (the server's
   * @node-rs/argon2, hashRaw with the same settings) when the vectors were made; the subkeys pin the
   * split, so a browser and `mend account create` always derive the same keys from the same password.
   */
  test("known answer: Argon2id at 64 MiB and 3 passes, then the two subkeys", async () => {
    const keys = await deriveAccountKeys("correct horse battery staple", salt, accountKdf);
    expect(toHex(await fromBase64Url(keys.authSecret))).toBe(
      "c813f54e9e99b555d0b4dabb3fa37addbcfa005d82690cd42bc90add359c4ca1",
    );
    expect(toHex(keys.keyEncryptionKey)).toBe(
      "55ce01f872c93a793efad7d5375a0d0e20d328ef0448ab0529d856988b092ad5",
    );
  });

  test("the same words in another Unicode form derive the same keys", async () => {
    const composed = await deriveAccountKeys("caf\u00e9 au lait tous les jours", salt, accountKdf);
    const decomposed = await deriveAccountKeys("cafe\u0301 au lait tous les jours", salt, accountKdf);
    expect(decomposed.authSecret).toBe(composed.authSecret);
  });

  test("another salt, another account's keys", async () => {
    const here = await deriveAccountKeys("correct horse battery staple", salt, accountKdf);
    const there = await deriveAccountKeys("correct horse battery staple", await newSalt(), accountKdf);
    expect(there.authSecret).not.toBe(here.authSecret);
  });

  test("refuses settings weaker than Mend's floor, or large enough to hang the tab", async () => {
    for (const params of [
      { memoryKiB: 19_456, passes: 3 },
      { memoryKiB: 65_536, passes: 2 },
      { memoryKiB: 65_536.5, passes: 3 },
      { memoryKiB: 4_194_304, passes: 3 },
      { memoryKiB: 65_536, passes: 100 },
    ]) {
      await expect(deriveAccountKeys("correct horse battery staple", salt, params)).rejects.toMatchObject({
        reason: "unsafe_parameters",
      });
    }
  });
});

describe("keys from a recovery code", () => {
  test("known answer; case, spaces and dashes do not matter", async () => {
    const typed = await deriveRecoveryCodeKeys("3F9A-0c1b 2d3e-4f50-6172-8394-a5b6-c7d8");
    const plain = await deriveRecoveryCodeKeys("3f9a0c1b2d3e4f5061728394a5b6c7d8");
    expect(typed.authSecret).toBe("MBvc4iRd83ApWOQJ5jVa29TZCKQtQQnNIX5gsW9Wvl0");
    expect(await toBase64Url(typed.keyEncryptionKey)).toBe("zArFmYwB1aBLXnpVRLMIDYdZBA6TSUtBxl20crzV_LQ");
    expect(plain.authSecret).toBe(typed.authSecret);
  });
});

describe("the vault key, wrapped", () => {
  test("unwraps with the key that wrapped it, for the same account and wrapper", async () => {
    const kek = (await deriveRecoveryCodeKeys("00000000000000000000000000000001")).keyEncryptionKey;
    const vaultKey = await newVaultKey();
    const wrapped = await wrapVaultKey(kek, vaultKey, "account-a", "recovery-code");
    expect(toHex(await unwrapVaultKey(kek, wrapped, "account-a", "recovery-code"))).toBe(toHex(vaultKey));
  });

  test("a wrong code, another account's row or the other wrapper's slot is refused", async () => {
    const kek = (await deriveRecoveryCodeKeys("00000000000000000000000000000001")).keyEncryptionKey;
    const wrongKek = (await deriveRecoveryCodeKeys("00000000000000000000000000000002")).keyEncryptionKey;
    const wrapped = await wrapVaultKey(kek, await newVaultKey(), "account-a", "recovery-code");
    for (const opening of [
      unwrapVaultKey(wrongKek, wrapped, "account-a", "recovery-code"),
      unwrapVaultKey(kek, wrapped, "account-b", "recovery-code"),
      unwrapVaultKey(kek, wrapped, "account-a", "password"),
    ]) {
      await expect(opening).rejects.toBeInstanceOf(VaultError);
    }
  });
});
