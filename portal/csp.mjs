// Writes dist/csp.json: the Content-Security-Policy the API server sends with every portal file.
// Our own scripts are files under /_astro/ ('self'); Starlight adds a few small inline scripts
// (theme, sidebar state), which are allowed by their SHA-256 hash and nothing else is.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => join(e.parentPath, e.name));
}

export function cspHashes() {
  return {
    name: "powercard-csp",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set();
        for (const file of await htmlFiles(root)) {
          for (const [, body] of (await readFile(file, "utf8")).matchAll(INLINE_SCRIPT)) {
            if (body.trim()) hashes.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
          }
        }
        const policy = [
          "default-src 'self'",
          // Pagefind (the docs search) runs WebAssembly.
          `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].sort().join(" ")}`,
          // Starlight sets a few style attributes, and the console's Ant Design inserts its
          // CSS-in-JS <style> tags at run time (a nonce is impossible on static files); styles
          // cannot run code, and scripts stay hash-only.
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
        ].join("; ");
        await writeFile(join(root, "csp.json"), `${JSON.stringify({ policy }, null, 2)}\n`);
        logger.info(`CSP: ${hashes.size} inline script hashes`);
      },
    },
  };
}
