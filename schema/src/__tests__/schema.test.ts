import fs from "node:fs";
import path from "node:path";
import { SUBGRAPHS } from "@change-leaders/common";
import { describeEachDatabase } from "@change-leaders/common/testing";
import { composeSupergraph, SCHEMA_DIR, SUPERGRAPH_FILE } from "../compose";
import { pendingSchemaChanges } from "../generate-migration";

describe("the committed schema", () => {
  it("is what the subgraphs print and compose to (run `npm run compose` after a schema change)", async () => {
    const composed = await composeSupergraph();
    for (const [file, sdl] of Object.entries(composed.subgraphs)) {
      expect({ file, sdl: fs.readFileSync(path.join(SCHEMA_DIR, file), "utf8") }).toEqual({ file, sdl });
    }
    expect(fs.readFileSync(path.join(SCHEMA_DIR, SUPERGRAPH_FILE), "utf8")).toBe(composed.supergraph);
  });

  it("keeps the public names partners depend on (SPEC section 6) that exist so far", async () => {
    const { supergraph } = await composeSupergraph();
    for (const field of ["provinces", "province", "tambon", "tambons", "events", "nominations", "me", "login", "createAccount"]) {
      expect(supergraph).toMatch(new RegExp(`^\\s+${field}[(:]`, "m"));
    }
  });
});

describeEachDatabase("migrations", (dialect) => {
  it.each(SUBGRAPHS)("bring a new %s store exactly to its entities (no drift; `npm run migration:generate` otherwise)", async (subgraph) => {
    const pending = await pendingSchemaChanges(subgraph, dialect);
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
