import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The server package's folder, found by walking up from this module to its package.json. The same
 * answer whether Mend runs from its TypeScript sources or from the built bundle in `dist/`, whose
 * modules all share the bundle's own location.
 */
function findServerRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === "@mend/server") {
      return folder;
    }
    if (path.dirname(folder) === folder)
      throw new Error(`Mend's server package was not found above ${start}.`);
  }
}

export const serverRoot = findServerRoot(path.dirname(fileURLToPath(import.meta.url)));

export const paths = {
  serverManifest: path.join(serverRoot, "package.json"),
  migrations: path.join(serverRoot, "drizzle"),
  webDist: path.join(serverRoot, "..", "web", "dist"),
  bundledSafetyResources: path.join(serverRoot, "..", "core", "data", "safety-resources.json"),
};
