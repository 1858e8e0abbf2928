/**
 * The floor of any gateway process: a bare Node proxy that forwards each POST to one subgraph over a
 * kept-alive connection and sends the answer back, with no GraphQL, no checks and no logs. The bench
 * runs it as its own process (`node bare-proxy.js <subgraph url> <port>`) beside the gateway, so that
 * the gateway's hop is read against what an extra process and HTTP hop cost on this machine at all.
 */
import http from "node:http";
import { IDENTITY_HEADER } from "@change-leaders/common";

const [target, port] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const headers = { "content-type": "application/json", "content-length": body.length, [IDENTITY_HEADER]: req.headers[IDENTITY_HEADER] ?? "" };
    const forward = http.request(target, { method: "POST", agent, headers }, (answer) => {
      const parts: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => parts.push(chunk));
      answer.on("end", () => {
        const text = Buffer.concat(parts);
        res.writeHead(answer.statusCode ?? 502, { "content-type": "application/json", "content-length": text.length }).end(text);
      });
    });
    forward.on("error", () => res.writeHead(502).end());
    forward.end(body);
  });
});
server.listen(Number(port), "127.0.0.1", () => process.send?.("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
process.on("disconnect", () => process.exit(0));
