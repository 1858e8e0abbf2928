// Builds the panel: the public schema's introspection from schema/supergraph.graphql (so the login page
// needs no anonymous introspection), then the Vite bundle into dist/ (served by the gateway at /).
const fs = require("node:fs");
const path = require("node:path");
const { buildSchema, introspectionFromSchema, lexicographicSortSchema } = require("graphql");

const started = Date.now();

/** The supergraph without its federation machinery (join__/link__ types and directives): the public schema. */
function publicSchema() {
  const sdl = fs.readFileSync(path.join(__dirname, "..", "schema", "supergraph.graphql"), "utf8");
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const introspection = introspectionFromSchema(lexicographicSortSchema(schema), { descriptions: false });
  const internal = (name) => name.startsWith("join__") || name.startsWith("link__");
  return {
    __schema: {
      ...introspection.__schema,
      types: introspection.__schema.types.filter((type) => !internal(type.name)),
      directives: introspection.__schema.directives.filter((d) => !internal(d.name) && d.name !== "link"),
    },
  };
}

/**
 * Which vendor chunk a module goes to (undefined: where Vite puts it, the route's own chunk or the entry). Apollo Client
 * and graphql stay with the data provider, loaded after signing in; MUI is split by Vite along the pages that use it
 * (one MUI chunk made the login page 22 KB heavier, brotli).
 */
const VENDORS = [["react", /node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run)\//]];
function vendorChunk(id) {
  if (!id.includes("node_modules")) return undefined;
  return VENDORS.find(([, pattern]) => pattern.test(id))?.[0];
}

/** `.br` and `.gz` beside every text asset, so the gateway serves them without compressing per request. */
function precompress(dir) {
  const zlib = require("node:zlib");
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || !/\.(js|css|html|json|svg)$/.test(entry.name)) continue;
    const data = fs.readFileSync(file);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  }
}

async function main() {
  const introspection = JSON.stringify(publicSchema());
  /** `import introspection from "virtual:introspection"`: the schema dump, made now, not fetched at run time. */
  const introspectionModule = {
    name: "introspection",
    resolveId: (id) => (id === "virtual:introspection" ? "\0virtual:introspection" : null),
    load: (id) => (id === "\0virtual:introspection" ? `export default ${introspection};` : null),
  };
  const { build } = await import("vite");
  const react = (await import("@vitejs/plugin-react")).default;
  await build({
    root: __dirname,
    base: "/",
    configFile: false,
    logLevel: "warn",
    plugins: [react(), introspectionModule],
    // Apollo Client's development checks and its "download the devtools" console message stay out of the bundle.
    define: { "globalThis.__DEV__": "false" },
    // ADMIN_OUT_DIR builds elsewhere (a second checkout's tests, served with ADMIN_DIR), dist/ by default.
    build: {
      outDir: process.env.ADMIN_OUT_DIR || "dist",
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      // Vendor chunks that change seldom (cached for a year by the gateway) apart from the panel's own code.
      rollupOptions: { output: { manualChunks: vendorChunk } },
    },
  });
  precompress(path.resolve(__dirname, process.env.ADMIN_OUT_DIR || "dist"));
  console.log(`admin: panel built into ${process.env.ADMIN_OUT_DIR || "admin/dist"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
