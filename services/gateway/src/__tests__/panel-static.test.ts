import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import { panelStatic } from "../panel-static";

/** A response as the browser receives it, its body not decoded (to see what came over the wire). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the gateway serves the built panel compressed and cached", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "panel-static-"));
  const script = `console.log(${JSON.stringify("ระบบผู้นำการเปลี่ยนแปลง ".repeat(200))});`;
  let server: http.Server;
  let origin: string;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "index.html"), '<!doctype html><script type="module" src="/assets/index-0shnl65J.js"></script>');
    fs.writeFileSync(path.join(dir, "assets", "index-0shnl65J.js"), script);
    // A build with its .br beside the file (admin/build.js), and one without (compressed by the gateway).
    fs.writeFileSync(path.join(dir, "assets", "index-0shnl65J.js.br"), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dir, "assets", "Dashboard-CttHdTt5.js"), script);
    fs.writeFileSync(path.join(dir, "favicon.svg"), "<svg/>");
    const app = express();
    app.use(panelStatic(dir));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("a hashed script comes back in brotli when the browser accepts it, cached for a year", async () => {
    const res = await get(`${origin}/assets/index-0shnl65J.js`, { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.length).toBeLessThan(script.length / 5);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
  });

  test("gzip for a browser without brotli, compressed here when the build has no .gz", async () => {
    const res = await get(`${origin}/assets/Dashboard-CttHdTt5.js`, { "accept-encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(zlib.gunzipSync(res.body).toString()).toBe(script);
  });

  test("uncompressed when the browser asks for nothing (or refuses brotli and gzip)", async () => {
    for (const headers of [{}, { "accept-encoding": "br;q=0, gzip;q=0" }] as Record<string, string>[]) {
      const res = await get(`${origin}/assets/index-0shnl65J.js`, headers);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.body.toString()).toBe(script);
    }
  });

  test("index.html, and a path of the panel served as it, are revalidated every time; an unhashed file for an hour", async () => {
    for (const page of ["/", "/index.html", "/leaders-import"]) {
      const res = await get(`${origin}${page}`, { "accept-encoding": "br" });
      expect([page, res.status, res.headers["cache-control"], res.headers["content-type"]]).toEqual([
        page,
        200,
        "no-cache",
        "text/html; charset=utf-8",
      ]);
      expect(zlib.brotliDecompressSync(res.body).toString()).toContain("/assets/index-0shnl65J.js");
    }
    expect((await get(`${origin}/favicon.svg`)).headers["cache-control"]).toBe("public, max-age=3600");
  });

  test("nothing outside the panel's folder; an asset of an older build is a 404, not index.html", async () => {
    for (const url of ["/assets/..%2f..%2f..%2fetc%2fpasswd", "/assets/%E0%A4%A"])
      expect((await get(`${origin}${url}`)).body.toString()).not.toContain("root:");
    expect((await get(`${origin}/assets/index-0ld0ld0ld.js`)).status).toBe(404);
  });
});
