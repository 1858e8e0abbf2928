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
    build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  console.log(`admin: panel built into admin/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
