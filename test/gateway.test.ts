import { IDENTITY_HEADER, Role, signLoginToken } from "@change-leaders/common";
import { DEMO_FISCAL_YEAR, DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

describeEachDatabase("through the gateway", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
  });
  afterAll(() => system?.stop());

  it("answers one query across all three subgraphs: Chanthaburi's tambons with their events and nominations", async () => {
    const answer = await graphql<{ tambons: { totalCount: number; nodes: TambonAcross[] } }>(
      system.url,
      TAMBONS_ACROSS,
      { page: { limit: 100 } },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    const { totalCount, nodes } = answer.data!.tambons;
    expect(totalCount).toBe(76);
    expect(nodes).toHaveLength(76);
    const targeted = nodes.filter((t) => t.events.totalCount > 0).map((t) => t.code);
    expect(targeted).toEqual([...DEMO_TARGET_TAMBONS]);
    expect(nodes.find((t) => t.code === DEMO_TARGET_TAMBONS[0])).toMatchObject({
      nameTh: "วัดใหม่",
      nominations: { totalCount: 2, nodes: [{ round: "PROVINCE", fiscalYear: DEMO_FISCAL_YEAR }, { round: "REGION" }] },
    });
    expect(nodes.find((t) => t.code === "220101")).toMatchObject({ events: { totalCount: 0 }, nominations: { totalCount: 0 } });
  });

  it("pages nested lists: the second page of a tambon's nominations", async () => {
    const answer = await graphql<{ tambon: { nominations: { totalCount: number; nodes: { round: string }[] } } }>(
      system.url,
      `
        {
          tambon(code: "450213") {
            nominations(page: { limit: 1, offset: 1 }) {
              totalCount
              nodes {
                round
              }
            }
          }
        }
      `,
      {},
      admin,
    );
    expect(answer.data!.tambon.nominations.totalCount).toBe(3);
    expect(answer.data!.tambon.nominations.nodes).toHaveLength(1);
  });

  it("joins back from a subgraph's entity to the people subgraph's tambon", async () => {
    const answer = await graphql<{ events: { nodes: { kind: string; tambons: { nameTh: string; province: { nameTh: string } }[] }[] } }>(
      system.url,
      `
        {
          events(filter: { kind: WORKSHOP, provinceCode: "22" }) {
            nodes {
              kind
              tambons {
                nameTh
                province {
                  nameTh
                }
              }
            }
          }
        }
      `,
      {},
      admin,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.events.nodes[0].tambons).toHaveLength(11);
    expect(answer.data!.events.nodes[0].tambons.every((t) => t.province.nameTh === "จันทบุรี")).toBe(true);
  });

  it("tells who is logged in", async () => {
    const answer = await graphql<{ me: { username: string; role: string } }>(
      system.url,
      `
        {
          me {
            username
            role
          }
        }
      `,
      {},
      admin,
    );
    expect(answer.data!.me).toEqual({ username: "admin", role: "ADMIN" });
  });

  describe("authentication", () => {
    it.each([
      ["a query", `{ provinces { code } }`],
      ["a query hidden in a fragment", `query { ...Q } fragment Q on Query { tambons { totalCount } }`],
      [
        "login together with another field",
        `mutation { login(username: "admin", password: "x") { token } createAccount(input: { username: "zz", password: "0123456789", displayName: "z", role: ADMIN }) { id } }`,
      ],
    ])("refuses %s without credentials with UNAUTHENTICATED and no data", async (_label, query) => {
      const answer = await graphql(system.url, query);
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
      expect(answer.data ?? null).toBeNull();
    });

    it.each([
      [
        "a token signed with another secret",
        () => ({
          authorization: `Bearer ${signLoginToken({ kind: "account", id: "x", name: "x", role: Role.ADMIN }, "some-other-secret-some-other-secret", 60).token}`,
        }),
      ],
      [
        "an expired token",
        () => ({
          authorization: `Bearer ${signLoginToken({ kind: "account", id: "x", name: "x", role: Role.ADMIN }, system.store.config.jwtSecret, -60).token}`,
        }),
      ],
      ["a made-up token", () => ({ authorization: "Bearer abc.def.ghi" })],
      ["a non-bearer scheme", () => ({ authorization: "Basic YWRtaW46YWRtaW4=" })],
    ])("refuses %s with UNAUTHENTICATED (401)", async (_label, headers) => {
      const answer = await graphql(
        system.url,
        `
          {
            provinces {
              code
            }
          }
        `,
        {},
        headers(),
      );
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    });

    it("ignores an identity header a client sends to the gateway and refuses it at a subgraph", async () => {
      const forgedHeader = { [IDENTITY_HEADER]: "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiQURNSU4ifQ.forged" };
      expect(
        errorCodes(
          await graphql(
            system.url,
            `
              {
                provinces {
                  code
                }
              }
            `,
            {},
            forgedHeader,
          ),
        ),
      ).toEqual(["UNAUTHENTICATED"]);
      const direct = await graphql(
        system.subgraphs.people.url,
        `
          {
            provinces {
              code
            }
          }
        `,
        {},
        forgedHeader,
      );
      expect(direct.status).toBe(401);
      expect(errorCodes(direct)).toEqual(["UNAUTHENTICATED"]);
    });

    it("does not accept a login token as a subgraph identity", async () => {
      const direct = await graphql(
        system.subgraphs.evaluation.url,
        `
          {
            nominations {
              totalCount
            }
          }
        `,
        {},
        { [IDENTITY_HEADER]: admin.authorization.slice(7) },
      );
      expect(errorCodes(direct)).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("errors", () => {
    it("answers bad input with BAD_USER_INPUT and the field, not an internal error", async () => {
      const answer = await graphql(
        system.url,
        `
          {
            events(filter: { fiscalYear: 99 }) {
              totalCount
            }
          }
        `,
        {},
        admin,
      );
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0].extensions!.field).toBe("filter.fiscalYear");
    });

    it.each([
      ["three decimals", "1.234"],
      ["a float", 12.5],
      ["words", "one million"],
    ])("answers a Baht amount in %s with BAD_USER_INPUT through the gateway", async (_label, amount) => {
      const answer = await graphql(
        system.url,
        `
          mutation ($input: DisbursementInput!) {
            recordDisbursement(input: $input) {
              id
            }
          }
        `,
        { input: { awardId: "x", amount, purpose: "p", reference: "r", idempotencyKey: "k-baht-scalar" } },
        await system.loginAs("budget"),
      );
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.data?.recordDisbursement ?? null).toBeNull();
    });

    it("answers an unknown field with GRAPHQL_VALIDATION_FAILED and no stack trace", async () => {
      const answer = await graphql(
        system.url,
        `
          {
            tambons {
              nodes {
                nationalSecret
              }
            }
          }
        `,
        {},
        admin,
      );
      expect(errorCodes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
      expect(JSON.stringify(answer)).not.toMatch(/stacktrace|at .*\.js/);
    });
  });

  it("reports health and readiness", async () => {
    const base = system.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, subgraphs: { people: "ready", activities: "ready", evaluation: "ready" } });
  });
});

interface TambonAcross {
  code: string;
  nameTh: string;
  events: { totalCount: number };
  nominations: { totalCount: number; nodes: { round: string; fiscalYear: number }[] };
}

const TAMBONS_ACROSS = `
  query ChanthaburiTambons($page: PageInput) {
    tambons(filter: { provinceCode: "22" }, page: $page) {
      totalCount
      nodes { code nameTh events { totalCount } nominations { totalCount nodes { round fiscalYear status } } }
    }
  }`;
