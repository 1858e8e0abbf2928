import { DEMO_PASSWORD } from "@change-leaders/common";
import { graphql } from "@change-leaders/common/testing";
import { demoNominationId } from "@change-leaders/evaluation";
import type { Page } from "playwright-core";
import { openForm, screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";

/**
 * An admin's back office in the panel: panel accounts, award amounts, a regional decision that makes an award
 * (with the records' history on their pages), who read a leader's personal data; then the province writes and
 * publishes the lessons of its new award.
 */
describe("admin work in the panel", () => {
  const suite = panelSuite();
  const { panelUrl } = suite;
  let page: Page;
  const accountCount = async () =>
    (await graphql<{ accounts: { totalCount: number } }>(suite.system.url, ACCOUNTS, {}, suite.admin)).data!.accounts.totalCount;

  test("an admin lists accounts, is refused a taken username at the field, and creates a province officer who can log in", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /บัญชีผู้ใช้/ }).click();
    await page.getByRole("cell", { name: "officer.chanthaburi", exact: true }).waitFor();
    const before = await accountCount();

    await openForm(page, "สร้าง");
    await page.getByLabel(/^ชื่อผู้ใช้/).fill("budget");
    await page.getByLabel(/^รหัสผ่าน/).fill("a-long-enough-password");
    await page.getByLabel(/^ชื่อที่แสดง/).fill("เจ้าหน้าที่จังหวัดตราด");
    await page.getByLabel(/^จังหวัด/).fill("ตราด");
    await page.getByRole("option", { name: "ตราด (23)" }).click();
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("ข้อมูลถูกแก้ไขหรือมีอยู่แล้ว").first().waitFor();
    await screenshot(page, "account-username-taken");
    expect(await accountCount()).toBe(before);

    await page.getByLabel(/^ชื่อผู้ใช้/).fill("officer.trat");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByRole("cell", { name: "officer.trat", exact: true }).waitFor();
    expect(await accountCount()).toBe(before + 1);
    await page.getByRole("combobox", { name: /บทบาท/ }).click();
    await page.getByRole("option", { name: "เจ้าหน้าที่จังหวัด" }).click();
    await page.getByText("1-2 จาก 2").waitFor();
    await screenshot(page, "accounts-list");
    const login = await graphql<{ login: { account: { role: string; provinceCode: string } } }>(suite.system.url, LOGIN, {
      username: "officer.trat",
      password: "a-long-enough-password",
    });
    expect(login.data!.login.account).toEqual({ role: "PROVINCE_OFFICER", provinceCode: "23" });
  });

  test("an admin deactivates a login (it can no longer log in), lets it in again, and sets it a new password after a refused weak one", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /บัญชีผู้ใช้/ }).click();
    await page.getByLabel(/ชื่อขึ้นต้นด้วย/).fill("officer.trat");
    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "officer.trat", exact: true }) });
    await row.getByRole("button", { name: "ปิดการใช้งาน" }).click();
    await page.getByRole("button", { name: "ยืนยัน" }).click();
    await row.getByRole("button", { name: "เปิดใช้งานอีกครั้ง" }).waitFor();
    const refused = await graphql(suite.system.url, LOGIN, { username: "officer.trat", password: "a-long-enough-password" });
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    await row.getByRole("button", { name: "เปิดใช้งานอีกครั้ง" }).click();
    await page.getByRole("button", { name: "ยืนยัน" }).click();
    await row.getByRole("button", { name: "ปิดการใช้งาน" }).waitFor();

    await row.getByRole("button", { name: "ตั้งรหัสผ่านใหม่" }).click();
    await page.getByRole("textbox", { name: /^รหัสผ่านใหม่/ }).fill("aaaaaaaaaaaa");
    await page.getByRole("button", { name: "ยืนยัน" }).click();
    await page
      .getByText(/รหัสผ่านต้องมีตัวอักษรต่างกัน/)
      .first()
      .waitFor();
    await screenshot(page, "account-weak-password");
    expect((await graphql(suite.system.url, LOGIN, { username: "officer.trat", password: "a-long-enough-password" })).data?.login).toBeTruthy();

    await page.getByRole("textbox", { name: /^รหัสผ่านใหม่/ }).fill("ตราด-ทะเล-สวย-2565");
    await page.getByRole("button", { name: "ยืนยัน" }).click();
    await page.getByText("ดำเนินการแล้ว").first().waitFor();
    const oldPassword = await graphql(suite.system.url, LOGIN, { username: "officer.trat", password: "a-long-enough-password" });
    expect(oldPassword.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const newPassword = await graphql<{ login: { account: { role: string } } }>(suite.system.url, LOGIN, {
      username: "officer.trat",
      password: "ตราด-ทะเล-สวย-2565",
    });
    expect(newPassword.data!.login.account.role).toBe("PROVINCE_OFFICER");
    // The admin's own row offers none of these: the API refuses deactivating oneself.
    await page.getByLabel(/ชื่อขึ้นต้นด้วย/).fill("admin");
    const own = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "admin", exact: true }) });
    await own.waitFor();
    expect(await own.getByRole("button").count()).toBe(0);
  });

  test("an admin sets next year's award amount, selects a regional nomination (its award appears), and reads the history and access log", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /รางวัล/ }).click();
    // The amounts' own card (the list's year filter above it is another field of the same name, and may render first).
    const amounts = page.locator(".MuiCard-root").filter({ hasText: "จำนวนเงินรางวัลแต่ละปีงบประมาณ" });
    await amounts.getByRole("spinbutton", { name: /ปีงบประมาณ/ }).fill("2565");
    await amounts.getByLabel("จำนวนเงิน (บาท)").fill("1200000.00");
    await amounts.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByTestId("award-amount-2565-EXCELLENT").getByText("฿1,200,000.00").waitFor();

    // Nomination 4 (a Chanthaburi tambon at the regional round, reviewed) is selected: an OUTSTANDING award is made.
    const nominationId = demoNominationId(4);
    await page.goto(`${panelUrl()}/#/nominations/${nominationId}/show`);
    await page.getByRole("button", { name: "คัดเลือก", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
    await page.getByText("ได้รับคัดเลือก", { exact: true }).waitFor();
    await page.getByTestId("history-Nomination").getByRole("cell", { name: "ได้รับคัดเลือก", exact: true }).waitFor();
    await screenshot(page, "nomination-history");

    const awards = await graphql<{ awards: { nodes: { id: string; tambon: { code: string } }[] } }>(suite.system.url, CHAN_AWARDS, {}, suite.admin);
    const awardId = awards.data!.awards.nodes[0].id;
    await page.goto(`${panelUrl()}/#/awards/${awardId}/show`);
    await page.getByTestId("history-Award").getByRole("cell", { name: "มอบรางวัล", exact: true }).waitFor();
    await page.getByTestId("history-Award").getByRole("cell", { name: "ผู้ดูแลระบบ", exact: true }).waitFor();

    // Opening a leader's page reads the national ID: the access log on that page says so.
    const leaders = await graphql<{ leaders: { nodes: { id: string }[] } }>(
      suite.system.url,
      `
        {
          leaders(page: { limit: 1 }) {
            nodes {
              id
            }
          }
        }
      `,
      {},
      suite.admin,
    );
    await page.goto(`${panelUrl()}/#/leaders/${leaders.data!.leaders.nodes[0].id}/show`);
    await page.getByTestId("access-log").getByRole("cell", { name: "admin", exact: true }).first().waitFor();
    await screenshot(page, "leader-access-log");
  });

  test("the province officer writes lessons from the new award, is refused a second one, edits the draft and publishes it", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    const lessons = async () =>
      (await graphql<{ lessonSummaries: { totalCount: number } }>(suite.system.url, LESSONS, {}, suite.admin)).data!.lessonSummaries.totalCount;
    const before = await lessons();
    const write = async (title: string) => {
      await page.getByRole("menuitem", { name: /สรุปบทเรียน/ }).click();
      await openForm(page, "สร้าง");
      await page.getByLabel(/^รางวัล/).click();
      await page
        .getByRole("option", { name: /ดีเด่น · 2564/ })
        .first()
        .click();
      await page.getByLabel(/^ชื่อเรื่อง/).fill(title);
      for (const [label, text] of [
        [/^ปัจจัยความสำเร็จ/, "ผู้นำทำงานเป็นทีม"],
        [/^ปัญหาอุปสรรค/, "ฝนแล้งช่วงต้นปี"],
        [/^บทเรียน/, "เริ่มจากครัวเรือนต้นแบบ"],
        [/^ข้อเสนอแนะ/, "เชื่อมโยงตลาดท้องถิ่น"],
      ] as const) {
        await page.getByLabel(label).fill(text);
      }
      await page.getByRole("button", { name: "บันทึก" }).click();
    };
    await write("บทเรียนจากตำบลดีเด่นจันทบุรี");
    await page.getByText("ร่าง", { exact: true }).waitFor();
    expect(await lessons()).toBe(before + 1);

    await openForm(page, "แก้ไข");
    await page.getByLabel(/^ชื่อเรื่อง/).fill("บทเรียนจากตำบลดีเด่นจันทบุรี ปี 2564");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("บทเรียนจากตำบลดีเด่นจันทบุรี ปี 2564", { exact: true }).waitFor();
    // Four eyes: the office that wrote it is offered no publishing; an admin publishes it.
    await expect(page.getByRole("button", { name: "เผยแพร่", exact: true }).count()).resolves.toBe(0);
    const lessonUrl = page.url();
    const officerPage = page;
    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.goto(lessonUrl);
    await page.getByRole("button", { name: "เผยแพร่", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
    await page.getByText("เผยแพร่แล้ว", { exact: true }).waitFor();
    await expect(page.getByRole("link", { name: "แก้ไข" }).count()).resolves.toBe(0);
    await screenshot(page, "lesson-published");
    await page.close();
    await officerPage.close();

    // One lesson summary per tambon and fiscal year: the award that has one is no longer offered (the session is the
    // browser's, so the admin's sign-in above ended the officer's: the officer signs in again).
    page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /สรุปบทเรียน/ }).click();
    await openForm(page, "สร้าง");
    await page.getByLabel(/^รางวัล/).click();
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("option", { name: /ดีเด่น · 2564/ }).count()).resolves.toBe(0);
    expect(await lessons()).toBe(before + 1);
  });
});

const ACCOUNTS = `{ accounts { totalCount } }`;
const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { account { role provinceCode } } }`;
const CHAN_AWARDS = `{ awards(filter: { provinceCode: "22" }) { nodes { id tambon { code } } } }`;
const LESSONS = `{ lessonSummaries { totalCount } }`;
