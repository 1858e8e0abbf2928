import crypto from "node:crypto";

/**
 * The random draw of engagement monitoring: a seeded PRNG (sfc32, seeded from the SHA-256 of the seed
 * text) shuffles the candidates in a stable order (by id) with a partial Fisher–Yates shuffle. The same
 * seed over the same candidates gives the same draw on every machine, so an auditor can replay it.
 */
export function seededRandom(seed: string): () => number {
  const digest = crypto.createHash("sha256").update(seed, "utf8").digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return () => next() / 4_294_967_296;
}

/** `size` of `candidates` (sorted here, so the caller's order does not matter), in the order drawn. */
export function drawSample(candidates: readonly string[], size: number, seed: string): string[] {
  const pool = [...candidates].sort();
  const random = seededRandom(seed);
  const count = Math.min(size, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}
