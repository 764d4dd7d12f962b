// `npm run build -w @powercard/api`: the server and the production tools as plain JavaScript in
// api/dist/, so a start loads compiled code instead of transpiling TypeScript (tsx) every time.
// npm packages stay external (node_modules is resolved at run time, as from the source); the
// workspace packages (@powercard/db exports TypeScript) are bundled in. Source maps point stack
// traces at the TypeScript (`node --enable-source-maps`).
import { readFile, rm } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const apiDir = fileURLToPath(new URL("../", import.meta.url));
const outdir = fileURLToPath(new URL("../dist/", import.meta.url));

/** What production runs: the server, migrations, and the tools an operator needs. */
const ENTRY_POINTS = {
  server: "src/server.ts",
  migrate: "scripts/migrate.ts",
  "create-admin": "scripts/create-admin.ts",
  "create-client": "scripts/create-client.ts",
  "audit-verify": "scripts/audit-verify.ts",
};

/** Bare imports of npm packages are left to node_modules; @powercard/* is bundled. */
const npmPackagesExternal: Plugin = {
  name: "npm-packages-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@powercard/") ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Code that finds files next to its source (db/migrations, portal/dist, the data folder) does so
 * with `new URL("…", import.meta.url)`. Bundled, import.meta.url would be dist/*.js; each source
 * file gets its own URL back instead, relative to the bundle, so the paths stay what they are in
 * the source and dist/ keeps working wherever the checkout lives (with db/ and portal/ beside api/).
 */
const sourceImportMetaUrl: Plugin = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const fromBundle = JSON.stringify(relative(outdir, args.path));
      return {
        contents: source.replace(/\bimport\.meta\.url\b/g, `new URL(${fromBundle}, import.meta.url).href`),
        loader: "ts",
      };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  absWorkingDir: apiDir,
  entryPoints: ENTRY_POINTS,
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Code shared by the entry points goes into chunk files beside them: every output file sits in
  // dist/ itself, which the relative URLs above count on.
  splitting: true,
  chunkNames: "[name]-[hash]",
  sourcemap: "linked",
  sourcesContent: false,
  keepNames: true,
  plugins: [npmPackagesExternal, sourceImportMetaUrl],
  logLevel: "warning",
});
console.log(`api/dist built in ${Math.round(performance.now() - started)} ms`);
