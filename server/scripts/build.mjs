// Builds the server once into dist/mend.js, so `mend serve` starts without transpiling TypeScript.
// `node scripts/build.mjs <file>` writes the bundle elsewhere (the tests build their own, once per run);
// the file must stay inside the server package, where the bundle finds its package.json.
// Mend's own workspace packages (@mend/core) are bundled in; every npm package stays external and is
// loaded from node_modules as usual (PGlite, for one, finds its WebAssembly files beside itself).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const serverRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const npmPackagesStayExternal = {
  name: "npm-packages-stay-external",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@mend/") ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: [path.join(serverRoot, "src/cli.ts")],
  outfile: path.resolve(serverRoot, process.argv[2] ?? "dist/mend.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  plugins: [npmPackagesStayExternal],
  logLevel: "warning",
});
