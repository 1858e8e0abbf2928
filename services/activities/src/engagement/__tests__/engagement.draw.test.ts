import { drawSample, seededRandom } from "../engagement.draw";

const ids = Array.from({ length: 40 }, (_, i) => `post-${String(i).padStart(3, "0")}`);

describe("the reproducible draw of posts to check", () => {
  it("gives the same draw for the same seed, whatever order the candidates come in", () => {
    const first = drawSample(ids, 8, "2564-08-audit");
    expect(drawSample([...ids].reverse(), 8, "2564-08-audit")).toEqual(first);
    expect(new Set(first).size).toBe(8);
    expect(first.every((id) => ids.includes(id))).toBe(true);
  });

  it("gives another draw for another seed", () => {
    expect(drawSample(ids, 8, "2564-08-audit")).not.toEqual(drawSample(ids, 8, "2564-09-audit"));
  });

  it("is the same on every machine: a fixed seed gives a fixed draw", () => {
    expect(drawSample(["a", "b", "c", "d", "e", "f"], 3, "fixed")).toEqual(drawSample(["f", "e", "d", "c", "b", "a"], 3, "fixed"));
    const random = seededRandom("fixed");
    const values = [random(), random(), random()];
    const again = seededRandom("fixed");
    expect([again(), again(), again()]).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it("takes every candidate when fewer than asked, and none from none", () => {
    expect([...drawSample(ids.slice(0, 3), 10, "x")].sort()).toEqual(ids.slice(0, 3));
    expect(drawSample([], 5, "x")).toEqual([]);
  });

  it("draws every candidate about equally often", () => {
    const hits = new Map(ids.map((id) => [id, 0]));
    for (let seed = 0; seed < 2000; seed++) for (const id of drawSample(ids, 5, `seed-${seed}`)) hits.set(id, hits.get(id)! + 1);
    // 2000 draws × 5 of 40 = 250 expected per post.
    for (const count of hits.values()) expect(Math.abs(count - 250)).toBeLessThan(80);
  });
});
