import fs from "node:fs";
import { DEMO_PASSWORD } from "@change-leaders/common";
import { graphql } from "@change-leaders/common/testing";
import type { Download, Page } from "playwright-core";
import { screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";

/**
 * Need to know in the panel: an inspector sees a reviewed tambon's leader with the national ID masked (the admin sees it
 * in full); the admin's read shows in the personal-data access log, filtered by leader and exported as CSV with Thai
 * headers; a partner key is made with a scope and a purpose, and a read made with it shows that purpose in the log.
 */
describe("need to know in the panel", () => {
  const suite = panelSuite();
  const { panelUrl } = suite;
  let page: Page;
  /** A leader of a tambon nominated in the inspector's region, as the inspector's GraphQL gives it. */
  let leader: { id: string; nationalId: string; birthYear: number | null };
  /** The leader's national ID as stored (read from the database, so that no read of it is logged). */
  let fullNationalId: string;
  /** How the log names the admin: the account's username. */
  let adminName: string;
  let adminLogin: string;

  beforeAll(async () => {
    const inspector = await suite.system.loginAs("inspector.region9");
    const nominations = await graphql<{ nominations: { nodes: { tambon: { code: string } }[] } }>(suite.system.url, NOMINATIONS, {}, inspector);
    expect(nominations.errors).toBeUndefined();
    const tambons = [...new Set(nominations.data!.nominations.nodes.map((n) => n.tambon.code))];
    for (const tambonCode of tambons) {
      const answer = await graphql<{ leaders: { nodes: (typeof leader)[] } }>(suite.system.url, LEADERS_OF_TAMBON, { tambonCode }, inspector);
      expect(answer.errors).toBeUndefined();
      const found = answer.data!.leaders.nodes.find((node) => node.nationalId);
      if (found) {
        leader = found;
        break;
      }
    }
    expect(leader).toBeDefined();
    const [row] = (await suite.system.subgraphs.people.subgraph.dataSource.query("SELECT national_id FROM leader WHERE id = ?", [leader.id])) as {
      national_id: string;
    }[];
    fullNationalId = row.national_id;
    expect(fullNationalId).toMatch(/^\d{13}$/);
    const me = await graphql<{ me: { username: string; displayName: string } }>(suite.system.url, ME, {}, suite.admin);
    // The access log's page names a reader by display name; its export keeps the account's login beside it.
    adminName = me.data!.me.displayName;
    adminLogin = me.data!.me.username;
  });

  const readsOf = async (leaderId: string) =>
    (await graphql<{ accessLogEntries: { totalCount: number } }>(suite.system.url, ACCESS_LOG, { filter: { leaderId } }, suite.admin)).data!
      .accessLogEntries.totalCount;
  const download = async (click: () => Promise<void>): Promise<{ file: Download; text: string }> => {
    const [file] = await Promise.all([page.waitForEvent("download"), click()]);
    return { file, text: fs.readFileSync((await file.path())!, "utf8") };
  };

  test("an inspector opens a leader of a tambon nominated in their region: the national ID is masked, the year of birth only, no PDPA buttons", async () => {
    // The API masks it for the inspector: the last three digits only.
    expect(leader.nationalId).toMatch(/^x-xxxx-xxxxx-\d\d-\d$/);
    expect(leader.nationalId.replace(/\D/g, "")).toBe(fullNationalId.slice(-3));

    page = await suite.newPage();
    await signIn(page, panelUrl(), "inspector.region9", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/leaders/${leader.id}/show`);
    const shown = page.locator(".show-page");
    await shown.getByText(/^x-xxxx-xxxxx-\d\d-\d$/).waitFor();
    expect(await shown.innerText()).toContain(leader.nationalId);
    expect(await shown.innerText()).not.toContain(fullNationalId);
    if (leader.birthYear) await shown.getByText(`ปีเกิด พ.ศ. ${leader.birthYear} (แสดงเฉพาะปี)`).waitFor();
    expect(await page.getByRole("button", { name: "ส่งออกข้อมูลของผู้นำ (ตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล)" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "ลบข้อมูลส่วนบุคคลตามคำขอ" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "แก้ไข" }).count()).toBe(0);
    await screenshot(page, "need-to-know-inspector-leader");
    // A masked read is not a read of the personal data: nothing was logged.
    expect(await readsOf(leader.id)).toBe(0);
  });

  test("an admin reads the leader's page in full, then finds that read in the access log by leader and exports it as CSV with Thai headers", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/leaders/${leader.id}/show`);
    await page.locator(".show-page").getByText(fullNationalId, { exact: true }).waitFor();
    await page.getByRole("button", { name: "ส่งออกข้อมูลของผู้นำ (ตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล)" }).waitFor();
    await page.getByRole("button", { name: "ลบข้อมูลส่วนบุคคลตามคำขอ" }).waitFor();
    const reads = await readsOf(leader.id);
    expect(reads).toBeGreaterThan(0);

    await page.getByRole("menuitem", { name: "บันทึกการเข้าถึงข้อมูลส่วนบุคคล" }).click();
    await page.getByLabel("ข้อมูลของผู้นำ (รหัส)").fill(leader.id);
    await page.getByText(new RegExp(`^1-${reads} จาก ${reads}$`)).waitFor();
    const row = page
      .getByRole("row")
      .filter({ hasText: adminName })
      .filter({ hasText: "เลขประจำตัวประชาชน" })
      .filter({ has: page.locator(`a[href="#/leaders/${leader.id}/show"]`) });
    await row.first().waitFor();
    const text = await row.first().innerText();
    // When: a Thai date in the Buddhist Era with Bangkok time, never an ISO instant; who, with the role in words.
    expect(text).toMatch(/\d{1,2} [ก-๙]+ 25\d\d.*\d{2}:\d{2}/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).toContain(`${adminName} (ผู้ดูแลระบบ)`);
    await screenshot(page, "need-to-know-access-log");

    const { file, text: csv } = await download(() => page.getByRole("button", { name: /ส่งออก CSV/ }).click());
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header).toBe("เมื่อ (เวลาประเทศไทย),ผู้เข้าถึง,บทบาท,บัญชีผู้ใช้หรือคีย์ API,ข้อมูลของผู้นำ (รหัส),ข้อมูลที่เข้าถึง,คำสั่งที่เรียก,วัตถุประสงค์,รหัสคำขอ");
    // The filtered rows only, each one a read of this leader; the admin's read among them, its time in Bangkok (BE).
    expect(lines).toHaveLength(reads);
    expect(lines.every((line) => line.includes(`,${leader.id},`))).toBe(true);
    const adminLine = lines.find((line) => line.includes(`,${adminLogin},ผู้ดูแลระบบ,`) && line.includes("เลขประจำตัวประชาชน"));
    expect(adminLine).toMatch(/^\d{2}\/\d{2}\/25\d\d \d{2}:\d{2},/);
  });

  test("an admin is refused a too-short purpose at its field, then makes a NAMED partner key whose scope, purpose and expiry the list shows", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /คีย์ API/ }).click();
    const form = page.getByTestId("create-api-key");
    await form.getByLabel(/^ชื่อ/).fill("สำนักงานสถิติจังหวัดจันทบุรี");
    await form.getByLabel(/^วัตถุประสงค์/).fill("ดู");
    await form.getByRole("radio", { name: /^รายชื่อผู้นำ/ }).check();
    // The expiry offered: the same day one year ahead, as a BE date.
    const bangkokYear = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Bangkok", year: "numeric" }).format(new Date()));
    await expect(form.getByLabel(/^วันหมดอายุ/).inputValue()).resolves.toMatch(new RegExp(`^\\d{2}/\\d{2}/${bangkokYear + 1 + 543}$`));
    await form.getByRole("button", { name: "สร้างคีย์" }).click();
    await form.getByText("กรุณาระบุวัตถุประสงค์การใช้ข้อมูลของหน่วยงาน (5–500 ตัวอักษร)").waitFor();
    expect(await form.innerText()).not.toMatch(/purpose says|BAD_USER_INPUT/);
    await screenshot(page, "api-key-purpose-refused");

    const purpose = "ติดตามผู้นำที่เข้ารับการอบรมเพื่อสำรวจข้อมูลครัวเรือน";
    await form.getByLabel(/^วัตถุประสงค์/).fill(purpose);
    await form.getByRole("button", { name: "สร้างคีย์" }).click();
    const key = (await page.getByTestId("api-key-secret").textContent())!;
    const row = page.getByTestId("api-keys").getByRole("row").filter({ hasText: "สำนักงานสถิติจังหวัดจันทบุรี" });
    await row.getByRole("cell", { name: "รายชื่อผู้นำ", exact: true }).waitFor();
    await row.getByRole("cell", { name: purpose, exact: true }).waitFor();
    expect(await row.innerText()).toMatch(new RegExp(`\\d{1,2} [ก-๙]+ ${bangkokYear + 1 + 543}`));
    expect(await row.innerText()).not.toContain("หมดอายุ");
    await screenshot(page, "api-key-named");

    // The partner reads leaders' names with it: the access log shows the read with the key's purpose.
    const read = await graphql<{ leaders: { nodes: { id: string; firstName: string }[] } }>(
      suite.system.url,
      PARTNER_NAMES,
      {},
      { "x-api-key": key },
    );
    expect(read.errors).toBeUndefined();
    const partnerLeader = read.data!.leaders.nodes[0].id;
    await page.getByRole("menuitem", { name: "บันทึกการเข้าถึงข้อมูลส่วนบุคคล" }).click();
    await page.getByLabel("บัญชีผู้ใช้หรือคีย์ API").fill("สำนักงานสถิติ");
    await page.getByRole("option", { name: /สำนักงานสถิติจังหวัดจันทบุรี · คีย์ API/ }).click();
    const partnerRow = page.getByRole("row").filter({ has: page.locator(`a[href="#/leaders/${partnerLeader}/show"]`) });
    await partnerRow.getByRole("cell", { name: purpose, exact: true }).waitFor();
    expect(await partnerRow.innerText()).toMatch(/ชื่อ, นามสกุล|นามสกุล, ชื่อ/);
    expect(await partnerRow.innerText()).toContain("(หน่วยงานภาคี)");
  });

  test("an admin exports a leader's data as a JSON file named by the leader, then erases the person's data on request with a reason", async () => {
    const answer = await graphql<{ leaders: { nodes: { id: string; firstName: string }[] } }>(suite.system.url, SOME_LEADERS, {}, suite.admin);
    const other = answer.data!.leaders.nodes.find((node) => node.id !== leader.id)!;
    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/leaders/${other.id}/show`);
    await page
      .locator(".show-page")
      .getByText(/^\d{13}$/)
      .waitFor();

    const { file, text } = await download(() => page.getByRole("button", { name: "ส่งออกข้อมูลของผู้นำ (ตามกฎหมายคุ้มครองข้อมูลส่วนบุคคล)" }).click());
    expect(file.suggestedFilename()).toBe(`leader-${other.id}.json`);
    const exported = JSON.parse(text) as {
      leaderId: string;
      leader: { firstName: string; nationalId: string };
      history: unknown[];
      accessLog: unknown[];
    };
    expect(exported.leaderId).toBe(other.id);
    expect(exported.leader.firstName).toBe(other.firstName);
    expect(exported.leader.nationalId).toMatch(/^\d{13}$/);
    expect(Array.isArray(exported.history) && Array.isArray(exported.accessLog)).toBe(true);

    await page.getByRole("button", { name: "ลบข้อมูลส่วนบุคคลตามคำขอ" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/กู้คืนไม่ได้/).waitFor();
    await expect(dialog.getByRole("button", { name: "ยืนยัน" }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel(/^เหตุผล/).fill("เจ้าของข้อมูลขอให้ลบ ตามหนังสือลงวันที่ 1 ธันวาคม 2569");
    await dialog.getByRole("button", { name: "ยืนยัน" }).click();
    await page
      .getByTestId("leader-erased")
      .getByText(/ข้อมูลส่วนบุคคลของผู้นำคนนี้ถูกลบแล้วเมื่อ \d{1,2} [ก-๙]+ 25\d\d/)
      .waitFor();
    expect(await page.locator(".show-page").innerText()).not.toMatch(/\d{13}/);
    expect(await page.getByRole("button", { name: "ลบข้อมูลส่วนบุคคลตามคำขอ" }).count()).toBe(0);
    await screenshot(page, "leader-erased");
    const after = await graphql<{ leader: { nationalId: string | null; anonymisedAt: string | null } }>(
      suite.system.url,
      ERASED,
      { id: other.id },
      suite.admin,
    );
    expect(after.data!.leader.anonymisedAt).toBeTruthy();
    // Nothing of the national ID is left (the API answers empty or null).
    expect(after.data!.leader.nationalId ?? "").toBe("");
  });
});

const NOMINATIONS = `query InspectorNominations { nominations(page: { limit: 100 }) { nodes { tambon { code } } } }`;
const LEADERS_OF_TAMBON = `query LeadersOfTambon($tambonCode: ID!) {
  leaders(filter: { tambonCode: $tambonCode }, page: { limit: 50 }) { nodes { id nationalId birthYear } } }`;
const ME = `{ me { username displayName } }`;
const ACCESS_LOG = `query AccessLog($filter: AccessLogFilter) { accessLogEntries(filter: $filter) { totalCount } }`;
const PARTNER_NAMES = `query PartnerNames { leaders(page: { limit: 1 }) { nodes { id firstName lastName } } }`;
const SOME_LEADERS = `query SomeLeaders { leaders(page: { limit: 5 }) { nodes { id firstName } } }`;
const ERASED = `query Erased($id: ID!) { leader(id: $id) { nationalId anonymisedAt } }`;
