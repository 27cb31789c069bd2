import fs from "node:fs";

/** Mend's version: the server package's, which every release sets. */
export const mendVersion: string = JSON.parse(
  fs.readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).version;
