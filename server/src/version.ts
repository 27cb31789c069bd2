import fs from "node:fs";
import { paths } from "./paths.ts";

/** Mend's version: the server package's, which every release sets. */
export const mendVersion: string = JSON.parse(fs.readFileSync(paths.serverManifest, "utf8")).version;
