import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import express, { type Request, type Response, type Router } from "express";

/** Vite's hashed file names (`index-0shnl65J.js`): their content never changes, so they are cached for a year. */
const HASHED = /^\/assets\/.+-[\w-]{8,}\.\w+$/;
const IMMUTABLE = "public, max-age=31536000, immutable";
/** What is worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|map)$/;
const ENCODINGS = [
  { name: "br", ext: ".br", compress: (data: Buffer) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) },
  { name: "gzip", ext: ".gz", compress: (data: Buffer) => zlib.gzipSync(data, { level: 9 }) },
] as const;

/** The encoding the browser accepts, brotli first (q=0 refuses it). */
function acceptedEncoding(req: Request): (typeof ENCODINGS)[number] | undefined {
  const header = String(req.headers["accept-encoding"] ?? "");
  const accepted = new Map(
    header
      .split(",")
      .map((part) => part.trim().split(/\s*;\s*q=/))
      .filter(([name]) => name)
      .map(([name, q]) => [name.toLowerCase(), q === undefined ? 1 : Number(q)] as const),
  );
  return ENCODINGS.find((encoding) => (accepted.get(encoding.name) ?? accepted.get("*") ?? 0) > 0);
}

/**
 * The built panel: hashed assets cached for a year, `index.html` revalidated every time (it names the current
 * assets), both compressed as the browser accepts (brotli or gzip): the `.br`/`.gz` that admin/build.js wrote next
 * to the file, or compressed once here and kept in memory when the build has none.
 */
export function panelStatic(adminDir: string): Router {
  const router = express.Router();
  const compressed = new Map<string, Buffer>();
  const indexFile = path.join(adminDir, "index.html");

  const send = (req: Request, res: Response, file: string, cacheControl: string) => {
    res.type(path.extname(file));
    res.setHeader("Cache-Control", cacheControl);
    const encoding = COMPRESSIBLE.test(file) ? acceptedEncoding(req) : undefined;
    if (COMPRESSIBLE.test(file)) res.setHeader("Vary", "Accept-Encoding");
    if (!encoding) return res.sendFile(file, { cacheControl: false, lastModified: true });
    const key = `${file}${encoding.ext}`;
    let body = compressed.get(key);
    if (!body) {
      body = fs.existsSync(key) ? fs.readFileSync(key) : encoding.compress(fs.readFileSync(file));
      compressed.set(key, body);
    }
    res.setHeader("Content-Encoding", encoding.name);
    res.setHeader("Content-Length", body.length);
    return req.method === "HEAD" ? res.end() : res.end(body);
  };

  router.get(["/", "/index.html"], (req, res) => send(req, res, indexFile, "no-cache"));
  router.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let file: string;
    try {
      file = path.join(adminDir, path.normalize(decodeURIComponent(req.path)));
    } catch {
      return next();
    }
    if (!file.startsWith(adminDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      // An asset of an older build is gone: a 404, not index.html in its place (the browser would run it as a script).
      return req.path.startsWith("/assets/") ? res.status(404).end() : next();
    }
    return send(req, res, file, HASHED.test(req.path) ? IMMUTABLE : "public, max-age=3600");
  });
  // Any other path of the panel (a deep link such as /#/leaders is a hash, but /leaders-import is a path) gets index.html.
  router.get(/^\/(?!graphql|health|ready|files|documents|metrics).*/, (req, res) => send(req, res, indexFile, "no-cache"));
  return router;
}
