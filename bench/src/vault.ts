import { openText, sealText } from "@mend/core/vault/envelope";
import { accountKdf, deriveAccountKeys, newSalt, newVaultKey } from "@mend/core/vault/keys";
import type { BenchResult } from "./result.ts";

/**
 * Every sign-in, password change and unlock runs one Argon2id at the account settings (64 MiB, 3
 * passes) in the browser, through the same WebAssembly libsodium this bench runs in Node. A phone is
 * about three to five times slower than this machine's cores, so the target leaves room for that.
 */
const targets = { deriveMs: 1_000, sealOpenMs: 1 };
const derivations = 5;

const ms = (n: number): string => `${n.toFixed(0)} ms`;

export async function benchVault(): Promise<BenchResult> {
  const salt = await newSalt();
  // The first call also compiles the WebAssembly module; people pay that once per page load.
  let start = performance.now();
  await deriveAccountKeys("a passphrase of several plain words", salt, accountKdf);
  const first = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < derivations; i++) {
    start = performance.now();
    await deriveAccountKeys("a passphrase of several plain words", salt, accountKdf);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;

  const key = await newVaultKey();
  const text = "A journal entry of ordinary length, written on an ordinary evening. ".repeat(30);
  const rounds = 200;
  start = performance.now();
  for (let i = 0; i < rounds; i++) {
    const address = { kind: "journal-entry", itemId: `entry-${i}` } as const;
    await openText(key, address, await sealText(key, address, text));
  }
  const sealOpen = (performance.now() - start) / rounds;

  return {
    name: "Vault: Argon2id key derivation and the envelope (WebAssembly libsodium)",
    lines: [
      `Argon2id ${accountKdf.memoryKiB / 1024} MiB, t=${accountKdf.passes}, p=1: first ${ms(first)} (with loading), then median ${ms(median)}, slowest ${ms(times.at(-1) ?? 0)} of ${derivations}`,
      `seal + open of ${text.length} characters: ${sealOpen.toFixed(3)} ms each (mean of ${rounds})`,
    ],
    target: `derivation median under ${targets.deriveMs} ms here (a phone is 3–5× slower); seal + open under ${targets.sealOpenMs} ms`,
    passed: median < targets.deriveMs && sealOpen < targets.sealOpenMs,
  };
}
