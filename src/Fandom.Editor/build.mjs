// Builds the article editor into wwwroot/editor/ (editor.js and editor.css): `npm run build` in this folder.
// The bundle is committed, so running the site needs no Node. Its first line records a hash of the sources it was
// built from (every file under src/, this script and the package files); a test in Fandom.Tests recomputes the hash
// and fails when the bundle is older than its sources.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "..", "wwwroot", "editor");

function walk(folder) {
    return readdirSync(join(here, folder), { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]);
}

// The same recipe as EditorBundleTests: each file's path (with /) and text (with \n line ends), in ordinal path order.
export function sourcesHash() {
    const files = ["build.mjs", "package.json", "package-lock.json", ...walk("src")]
        .map(file => relative(here, join(here, file)).split("\\").join("/"))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = createHash("sha256");
    for (const file of files) {
        hash.update(file + "\n");
        hash.update(readFileSync(join(here, file), "utf8").replace(/\r\n/g, "\n") + "\n");
    }
    return hash.digest("hex");
}

// CodeMirror writes its own styles through style-mod, which puts them in a <style> element on a document; the site's
// Content-Security-Policy (style-src 'self') refuses inline styles, so they would never apply. style-mod already uses a
// constructed stylesheet (adoptedStyleSheets, which the policy does not govern) inside shadow roots: this makes it do
// the same on the document. The build fails if a new style-mod no longer has the line, rather than ship broken styles.
const constructedStyleSheets = {
    name: "style-mod-constructed-sheets",
    setup(builder) {
        builder.onLoad({ filter: /style-mod[\\/](src|dist)[\\/]style-mod\.c?js$/ }, args => {
            const text = readFileSync(args.path, "utf8");
            const guard = "if (!root.head && root.adoptedStyleSheets && win.CSSStyleSheet) {";
            if (!text.includes(guard)) throw new Error(`style-mod changed: "${guard}" is not in ${args.path}`);
            return { contents: text.replace(guard, "if (root.adoptedStyleSheets && win.CSSStyleSheet) {"), loader: "js" };
        });
    },
};

const banner = `/*! Fandom article editor, built by \`npm run build\` in src/Fandom.Editor from sources sha256:${sourcesHash()}. Do not edit. */`;

await build({
    entryPoints: { editor: join(here, "src", "main.js") },
    outdir: out,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["chrome110", "firefox110", "safari16"],
    legalComments: "none",
    banner: { js: banner, css: banner },
    plugins: [constructedStyleSheets],
    logLevel: "info",
});
