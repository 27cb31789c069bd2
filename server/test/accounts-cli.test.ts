import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unwrapVaultKey } from "@mend/core/vault/keys";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createScratchPostgres, migratedDataDir } from "./support/databases.ts";
import { deriveLikeBrowser, newPasswordKeysFor, signUp, testPassword } from "./support/factories.ts";
import { TestClient } from "./support/http-client.ts";
import { mendArgs, spawnMend } from "./support/server-process.ts";

const serverRoot = fileURLToPath(new URL("..", import.meta.url));
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-accounts-cli-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

interface Ran {
  stdout: string;
  stderr: string;
}

/** Runs `mend account …` as an operator would, typing `input` (a password) on its standard input. */
function mendAccount(args: string[], env: Record<string, string>, input = ""): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      mendArgs(["account", ...args]),
      { cwd: serverRoot, env: { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: "", ...env } },
      (error, stdout, stderr) =>
        error ? reject(Object.assign(error, { stdout, stderr })) : resolve({ stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

const tokenOf = (printed: string) => /\/reset#([A-Za-z0-9_-]+)/.exec(printed)?.[1] ?? "";

describe("`mend account` on the embedded database", () => {
  it("creates, lists, disables and enables accounts, and prints reset links, when Mend is stopped", async () => {
    const env = {
      MEND_DATA_DIR: migratedDataDir(path.join(folder, "stopped")),
      MEND_PUBLIC_URL: "https://mend.example/",
    };
    const created = await mendAccount(
      ["create", "Robin@Example.org", "--name", "Robin"],
      env,
      `${testPassword}\n`,
    );
    expect(created.stdout).toMatch(/Made the account robin@example.org/);
    await expect(
      mendAccount(["create", "robin@example.org", "--name", "Robin"], env, `${testPassword}\n`),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/already exists/),
    });
    await expect(
      mendAccount(["create", "kit@example.org", "--name", "Kit"], env, "short\n"),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/at least 8 characters/),
    });

    const listed = await mendAccount(["list"], env);
    expect(listed.stdout).toMatch(
      /^Email\s+Created\s+Last active\nrobin@example\.org\s+\d{4}-\d{2}-\d{2}\s+—\n$/,
    );

    const link = await mendAccount(["reset-link", "robin@example.org"], env);
    expect(link.stdout).toMatch(/^https:\/\/mend\.example\/reset#[A-Za-z0-9_-]{43}\n/);
    expect(link.stdout).toMatch(/works once/);

    expect((await mendAccount(["disable", "robin@example.org"], env)).stdout).toMatch(/can no longer log in/);
    await expect(mendAccount(["reset-link", "robin@example.org"], env)).rejects.toMatchObject({
      stderr: expect.stringMatching(/is disabled/),
    });
    expect((await mendAccount(["enable", "robin@example.org"], env)).stdout).toMatch(/can log in again/);
    await expect(mendAccount(["disable", "nobody@example.org"], env)).rejects.toMatchObject({
      stderr: expect.stringMatching(/There is no account with the email nobody@example.org/),
    });
    // Ten runs of the command line, each opening the embedded database: minutes on a busy two-core machine.
  }, 480_000);

  it("works through the running Mend while it serves, on a Mend where sign-up is closed", async () => {
    const dataDir = migratedDataDir(path.join(folder, "serving"));
    const server = await spawnMend({ MEND_DATA_DIR: dataDir, DATABASE_URL: "", MEND_SIGNUP: "closed" });
    try {
      const config = await new TestClient(server.baseUrl).get("/api/config");
      expect(config.body.signup).toBe("closed");
      const refused = await new TestClient(server.baseUrl).post("/api/auth/signup", {
        email: "sam@example.org",
        password: testPassword,
        displayName: "Sam",
      });
      expect(refused.status).toBe(403);

      const env = { MEND_DATA_DIR: dataDir, MEND_PUBLIC_URL: server.baseUrl };
      await mendAccount(["create", "sam@example.org", "--name", "Sam"], env, `${testPassword}\n`);
      const sam = new TestClient(server.baseUrl);
      // The command derived the keys as a browser does: the browser's authentication key signs in.
      const derived = await deriveLikeBrowser(sam, "sam@example.org", testPassword);
      const signedIn = await sam.post("/api/auth/login", {
        email: "sam@example.org",
        password: derived.authSecret,
      });
      expect(signedIn.status).toBe(200);
      // …and its vault opens with the key-encryption key from the same password.
      const vault = await sam.get("/api/vault");
      const vaultKey = await unwrapVaultKey(
        derived.keyEncryptionKey,
        vault.body.wrappedByPassword,
        signedIn.body.account.id,
        "password",
      );
      expect(vaultKey).toHaveLength(32);
      expect((await mendAccount(["list"], env)).stdout).toMatch(
        /sam@example\.org\s+\d{4}-\d{2}-\d{2}\s+\d{4}-\d{2}-\d{2}/,
      );

      const printed = await mendAccount(["reset-link", "sam@example.org"], env);
      expect(printed.stdout.startsWith(`${server.baseUrl}/reset#`)).toBe(true);
      const newKeys = await newPasswordKeysFor("a new and longer evening");
      const reset = await new TestClient(server.baseUrl).post("/api/auth/reset-password", {
        token: tokenOf(printed.stdout),
        newPassword: newKeys.authSecret,
        newKeys: { settings: newKeys.settings },
      });
      expect(reset.status).toBe(204);
      expect((await sam.get("/api/auth/session")).status).toBe(401);

      const again = new TestClient(server.baseUrl);
      await again.post("/api/auth/login", { email: "sam@example.org", password: newKeys.authSecret });
      expect((await again.get("/api/auth/session")).status).toBe(200);
      // The reset link could not bring the vault key: the vault is locked, kept as the old password sealed it.
      const locked = (await again.get("/api/vault")).body;
      expect(locked.wrappedByPassword).toBeNull();
      expect(locked.locked.wrappedByPassword).toBe(vault.body.wrappedByPassword);
      expect((await mendAccount(["disable", "sam@example.org"], env)).stdout).toMatch(/1 session ended/);
      expect((await again.get("/api/auth/session")).status).toBe(401);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }
  }, 300_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)("`mend account` on PostgreSQL", () => {
  it("lists the accounts of a PostgreSQL database and disables one", async () => {
    const scratch = await createScratchPostgres(inject("postgresTemplateName"));
    try {
      const env = { DATABASE_URL: scratch.url, MEND_DATA_DIR: path.join(folder, "unused") };
      const server = await spawnMend(env);
      let email: string;
      try {
        ({ email } = await signUp(new TestClient(server.baseUrl), "Robin"));
      } finally {
        server.child.kill("SIGTERM");
        await server.exited;
      }
      expect((await mendAccount(["list"], env)).stdout).toContain(email);
      expect((await mendAccount(["disable", email], env)).stdout).toMatch(
        /can no longer log in \(1 session ended\)/,
      );
    } finally {
      await scratch.drop();
    }
  }, 240_000);
});
