import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const serverRoot = fileURLToPath(new URL("../..", import.meta.url));
const drizzleKitBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("drizzle-kit")),
  "bin.cjs",
);

describe("committed migrations", () => {
  it("match the Drizzle tables in code: generating again finds nothing to add", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "mend-migrations-"));
    try {
      fs.cpSync(path.join(serverRoot, "drizzle"), out, { recursive: true });
      const config = path.join(out, "drizzle.config.mjs");
      fs.writeFileSync(
        config,
        `export default { dialect: "postgresql", schema: ${JSON.stringify(path.join(serverRoot, "src/db/schema.ts"))}, out: ${JSON.stringify(path.relative(serverRoot, out))} };`,
      );
      const before = fs.readdirSync(out).sort();
      const printed = execFileSync(process.execPath, [drizzleKitBin, "generate", "--config", config], {
        cwd: serverRoot,
        encoding: "utf8",
      });
      expect(printed).toMatch(/No schema changes/);
      expect(fs.readdirSync(out).sort()).toEqual(before);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
