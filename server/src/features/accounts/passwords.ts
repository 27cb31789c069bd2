import { hash, verify } from "@node-rs/argon2";

/** Argon2id at OWASP ASVS 5.0 Appendix C's floor: 19 MiB of memory, two passes, one lane. */
export const argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// The library's default algorithm is Argon2id; a test checks the stored hash says so.
export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Params);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker settings than today's, so it is upgraded at the next login. */
export function needsRehash(passwordHash: string): boolean {
  const match = /^\$argon2id\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return true;
  const [memory, time] = [Number(match[1]), Number(match[2])];
  return memory < argon2Params.memoryCost || time < argon2Params.timeCost;
}

let dummyHash: Promise<string> | undefined;

/**
 * Checking a password against a made-up hash when the email is unknown keeps the answer as slow as
 * for a real account, so timing does not reveal who has an account.
 */
export async function spendVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("an unused password for timing only");
  await verifyPassword(await dummyHash, password);
}
