import { DEMO_EVENT_IDS } from "@change-leaders/activities";
import { demoLeaderId } from "@change-leaders/common/demo";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

interface HistoryApi {
  query: string;
  /** The field the kind of record is sent as (and a refusal names). */
  kindField: "entity" | "entityName";
  /** A record of this subgraph, with its kind. */
  record: () => { kind: string; id: string };
  readers: string[];
  refused: string[];
}

let disbursementId = "";

/** The three subgraphs' histories, read the one way (common's readHistory): one rule each. */
const APIS: Record<string, HistoryApi> = {
  peopleHistory: {
    query: PEOPLE_HISTORY(),
    kindField: "entityName",
    record: () => ({ kind: "Leader", id: demoLeaderId(0, 2) }),
    readers: ["admin"],
    refused: ["officer.chanthaburi", "inspector.region9", "judge", "budget", "executive"],
  },
  history: {
    query: LEADER_HISTORY_LIST(),
    kindField: "entity",
    record: () => ({ kind: "Leader", id: demoLeaderId(0, 2) }),
    readers: ["admin"],
    refused: ["officer.chanthaburi", "executive"],
  },
  activityHistory: {
    query: ACTIVITY_HISTORY(),
    kindField: "entityName",
    record: () => ({ kind: "Event", id: DEMO_EVENT_IDS.workshop }),
    readers: ["admin", "inspector.region9", "executive"],
    refused: ["officer.chanthaburi", "judge", "budget"],
  },
  evaluationHistory: {
    query: EVALUATION_HISTORY(),
    kindField: "entityName",
    record: () => ({ kind: "Disbursement", id: disbursementId }),
    readers: ["admin", "budget", "executive"],
    refused: ["officer.chanthaburi", "inspector.region9", "judge"],
  },
};

describeEachDatabase("history: one helper, one rule per subgraph", (dialect) => {
  let system: TestSystem;
  const logins: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const username of ["admin", "officer.chanthaburi", "inspector.region9", "judge", "budget", "executive"])
      logins[username] = await system.loginAs(username);
    // Two changes of one leader, so its history has a page to turn; a change of an event and of an award's money.
    for (const lastName of ["ทดสอบประวัติ", "ทดสอบประวัติสอง"]) {
      const answer = await graphql(system.url, UPDATE_LEADER(), { id: demoLeaderId(0, 2), input: { lastName } }, logins.admin);
      expect(answer.errors).toBeUndefined();
    }
    const event = await graphql(
      system.url,
      UPDATE_EVENT(),
      { id: DEMO_EVENT_IDS.workshop, input: { title: "ประชุมเชิงปฏิบัติการ (แก้ไข)" } },
      logins.admin,
    );
    expect(event.errors).toBeUndefined();
    const disbursement = await graphql<{ recordDisbursement: { id: string } }>(
      system.url,
      RECORD_DISBURSEMENT(),
      { input: { awardId: DEMO_EXCELLENT_AWARD_ID, amount: "100.00", purpose: "ค่าวัสดุ", reference: "H-2", idempotencyKey: "history-test" } },
      logins.budget,
    );
    expect(disbursement.errors).toBeUndefined();
    disbursementId = disbursement.data!.recordDisbursement.id;
  });
  afterAll(async () => {
    await system?.stop();
  });

  const variables = (api: HistoryApi, kind: string, id: string) => ({ [api.kindField]: kind, [api.kindField === "entity" ? "id" : "entityId"]: id });
  const entries = (name: string, data: Record<string, unknown> | null | undefined) => {
    const answer = data?.[name] as { action: string }[] | { nodes: { action: string }[] } | undefined;
    return Array.isArray(answer) ? answer : (answer?.nodes ?? []);
  };

  describe.each(Object.entries(APIS))("%s", (name, api) => {
    it("answers each reader the record's changes, oldest first", async () => {
      const { kind, id } = api.record();
      for (const reader of api.readers) {
        const answer = await graphql<Record<string, unknown>>(system.url, api.query, variables(api, kind, id), logins[reader]);
        expect(answer.errors).toBeUndefined();
        expect(entries(name, answer.data).length).toBeGreaterThanOrEqual(1);
      }
    });

    it("refuses the other roles with FORBIDDEN", async () => {
      const { kind, id } = api.record();
      for (const other of api.refused) {
        const answer = await graphql(system.url, api.query, variables(api, kind, id), logins[other]);
        expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      }
    });

    it("refuses a kind of record it does not hold with BAD_USER_INPUT naming the field, in Thai too", async () => {
      const answer = await graphql(system.url, api.query, variables(api, "Spaceship", api.record().id), logins[api.readers[0]]);
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0].extensions).toMatchObject({ field: api.kindField, messageTh: expect.stringContaining("ชนิดของระเบียน") });
    });
  });

  it("pages a leader's history like the others, the same entries as the whole list, and logs each read of its personal data", async () => {
    const id = demoLeaderId(0, 2);
    const whole = await graphql<{ history: { action: string; at: string }[] }>(
      system.url,
      LEADER_HISTORY_LIST(),
      { entity: "Leader", id },
      logins.admin,
    );
    const count = whole.data!.history.length;
    expect(count).toBeGreaterThanOrEqual(2);
    const last = await graphql<{ peopleHistory: { totalCount: number; nodes: { action: string; at: string }[] } }>(
      system.url,
      PEOPLE_HISTORY(),
      { entityName: "Leader", entityId: id, page: { limit: 1, offset: count - 1 } },
      logins.admin,
    );
    expect(last.data!.peopleHistory.totalCount).toBe(count);
    expect(last.data!.peopleHistory.nodes).toEqual([whole.data!.history.at(-1)]);
    const log = await graphql<{ accessLog: { fields: string }[] }>(system.url, ACCESS_LOG(), { id }, logins.admin);
    expect(log.data!.accessLog.filter((entry) => entry.fields.includes("nationalId")).length).toBeGreaterThanOrEqual(2);
  });
});

function PEOPLE_HISTORY() {
  return `query PeopleHistory($entityName: String!, $entityId: ID!, $page: PageInput) {
    peopleHistory(entityName: $entityName, entityId: $entityId, page: $page) { totalCount nodes { action at } }
  }`;
}
function LEADER_HISTORY_LIST() {
  return `query History($entity: String!, $id: ID!) { history(entity: $entity, id: $id) { action at } }`;
}
function ACTIVITY_HISTORY() {
  return `query ActivityHistory($entityName: String!, $entityId: ID!) {
    activityHistory(entityName: $entityName, entityId: $entityId) { totalCount nodes { action at } }
  }`;
}
function EVALUATION_HISTORY() {
  return `query EvaluationHistory($entityName: String!, $entityId: ID!) {
    evaluationHistory(entityName: $entityName, entityId: $entityId) { totalCount nodes { action at } }
  }`;
}
function UPDATE_LEADER() {
  return `mutation UpdateLeader($id: ID!, $input: LeaderUpdateInput!) { updateLeader(id: $id, input: $input) { id version } }`;
}
function UPDATE_EVENT() {
  return `mutation UpdateEvent($id: ID!, $input: EventUpdateInput!) { updateEvent(id: $id, input: $input) { id } }`;
}
function RECORD_DISBURSEMENT() {
  return `mutation RecordDisbursement($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`;
}
function ACCESS_LOG() {
  return `query AccessLog($id: ID!) { accessLog(leaderId: $id) { fields } }`;
}
