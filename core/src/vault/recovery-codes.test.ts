import { describe, expect, test } from "vitest";
import { VaultError } from "./errors.ts";
import { deriveRecoveryCodeKeys, fromBase64Url, newVaultKey, toBase64Url } from "./keys.ts";
import { makeRecoveryCodes, recoveryCodeProof, vaultKeyFromRecoveryCode } from "./recovery-codes.ts";
import {
  newRecoveryCode,
  newRecoveryCodes,
  recoveryCodeProof as proofSchema,
  recoveryCodeCount,
} from "./wire.ts";

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

describe("recovery codes made in the browser", () => {
  test("ten codes that look as they always have, each different", async () => {
    const { codes, stored } = await makeRecoveryCodes("account-a", null);
    expect(codes).toHaveLength(recoveryCodeCount);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
    expect(new Set(codes).size).toBe(recoveryCodeCount);
    expect(stored.every((one) => newRecoveryCode.safeParse(one).success)).toBe(true);
    expect(newRecoveryCodes.safeParse(stored).success).toBe(true);
    expect(newRecoveryCodes.safeParse([...stored.slice(1), stored[1]]).success).toBe(false);
  });

  test("without a vault key the codes wrap nothing; with one, each code opens it", async () => {
    const bare = await makeRecoveryCodes("account-a", null);
    expect(bare.stored.every((one) => one.wrappedVaultKey === undefined)).toBe(true);

    const vaultKey = await newVaultKey();
    const { codes, stored } = await makeRecoveryCodes("account-a", vaultKey);
    for (const [index, code] of codes.entries()) {
      const wrapped = stored[index]?.wrappedVaultKey;
      if (!wrapped) throw new Error("every code wraps the vault key");
      expect(toHex(await vaultKeyFromRecoveryCode(code.toUpperCase(), wrapped, "account-a"))).toBe(
        toHex(vaultKey),
      );
    }
  });

  test("what is sent to be stored is the code's authentication key, never the code", async () => {
    const { codes, stored } = await makeRecoveryCodes("account-a", await newVaultKey());
    const [code] = codes;
    const [sent] = stored;
    if (!code || !sent) throw new Error("codes were made");
    expect(sent.auth).toBe((await deriveRecoveryCodeKeys(code)).authSecret);
    const flat = code.replaceAll("-", "");
    expect(JSON.stringify(stored)).not.toContain(flat);
    expect(JSON.stringify(stored)).not.toContain(code);
  });

  test("a wrong code, another account's wrap or a changed wrap fails loudly", async () => {
    const { codes, stored } = await makeRecoveryCodes("account-a", await newVaultKey());
    const wrapped = stored[0]?.wrappedVaultKey ?? "";
    const [right, other] = codes as [string, string];
    const changed = `${wrapped.slice(0, -2)}${wrapped.endsWith("A") ? "B" : "A"}A`;
    for (const opening of [
      vaultKeyFromRecoveryCode(other, wrapped, "account-a"),
      vaultKeyFromRecoveryCode(right, wrapped, "account-b"),
      vaultKeyFromRecoveryCode(right, changed, "account-a"),
      vaultKeyFromRecoveryCode("0000-0000-0000-0000-0000-0000-0000-0000", wrapped, "account-a"),
    ]) {
      await expect(opening).rejects.toBeInstanceOf(VaultError);
    }
  });
});

describe("the proof a typed code is sent as", () => {
  test("known answer: the code's authentication key, and SHA-256 of the normalized code", async () => {
    const proof = await recoveryCodeProof("3F9A-0c1b 2d3e-4f50-6172-8394-a5b6-c7d8");
    expect(proof.auth).toBe("MBvc4iRd83ApWOQJ5jVa29TZCKQtQQnNIX5gsW9Wvl0");
    // SHA-256 of "3f9a0c1b2d3e4f5061728394a5b6c7d8", computed apart from libsodium.
    expect(toHex(await fromBase64Url(proof.legacy))).toBe(
      "7ee3ed8b52c7f42604fb62c8158313bbdc50efb9e969a35b3fc2a6d03f495dd4",
    );
    expect(proofSchema.safeParse(proof).success).toBe(true);
  });

  test("neither value is the key that unwraps the vault", async () => {
    const code = "3f9a0c1b2d3e4f5061728394a5b6c7d8";
    const proof = await recoveryCodeProof(code);
    const kek = await toBase64Url((await deriveRecoveryCodeKeys(code)).keyEncryptionKey);
    expect([proof.auth, proof.legacy]).not.toContain(kek);
    expect(JSON.stringify(proof)).not.toContain(code);
  });
});
