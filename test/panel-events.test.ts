import { DEMO_PASSWORD } from "@change-leaders/common";
import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { graphql } from "@change-leaders/common/testing";
import type { Page } from "playwright-core";
import { openForm, pickTambon, screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";

/**
 * A province officer's workshop in the panel: created with its target tambons (a bad end date refused at the field),
 * leaders registered and their attendance recorded on its page, edited, then cancelled with a reason.
 */
describe("events in the panel", () => {
  const suite = panelSuite();
  const { panelUrl } = suite;
  let page: Page;
  const eventCount = async () =>
    (await graphql<{ events: { totalCount: number } }>(suite.system.url, EVENTS, { filter: { provinceCode: "22" } }, suite.admin)).data!.events
      .totalCount;

  test("an officer creates a workshop, registers leaders, records who came, edits it and cancels it with a reason", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    const before = await eventCount();
    await page.getByRole("menuitem", { name: /กิจกรรม/ }).click();
    await openForm(page, "สร้าง");

    await page.getByRole("combobox", { name: /ประเภทกิจกรรม/ }).click();
    await page.getByRole("option", { name: "อบรมเชิงปฏิบัติการ" }).click();
    await page.getByLabel(/ชื่อกิจกรรม/).fill("อบรมผู้นำการเปลี่ยนแปลง รุ่นทดสอบ");
    await page.getByLabel(/^เริ่ม/).fill("15/03/2564 09:00");
    await page.getByLabel(/^สิ้นสุด/).fill("14/03/2564 16:00");
    await page.getByRole("combobox", { name: /รูปแบบ/ }).click();
    await page.getByRole("option", { name: /ผสม/ }).click();
    await page.getByLabel(/^สถานที่/).fill("ศาลาประชาคมตำบล");
    await page.getByLabel(/ลิงก์ประชุมออนไลน์/).fill("https://meet.example.go.th/workshop");
    await pickTambon(page, /ตำบลเป้าหมาย/, DEMO_TARGET_TAMBONS[0]);
    await pickTambon(page, /ตำบลเป้าหมาย/, DEMO_TARGET_TAMBONS[1]);
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("วันเวลาสิ้นสุดต้องไม่ก่อนวันเวลาเริ่ม").waitFor();
    await screenshot(page, "event-bad-end");
    expect(await eventCount()).toBe(before);

    await page.getByLabel(/^สิ้นสุด/).fill("15/03/2564 16:00");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByTestId("event-attendance").getByText("ลงทะเบียน 0 · เข้าร่วม 0 · เป้าหมาย 30").waitFor();
    await page.getByText("15 มีนาคม 2564 เวลา 09:00").or(page.getByText("15 มีนาคม 2564 09:00")).first().waitFor();
    expect(await eventCount()).toBe(before + 1);
    const eventId = decodeURIComponent(/#\/events\/([^/]+)\/show/.exec(page.url())![1]);

    // Register three leaders of the target tambons, then mark two of them present.
    const rows = page.locator('[data-testid^="participant-"]');
    await rows.first().waitFor();
    // Every active leader of the two target tambons, and no one else.
    const active = await Promise.all(
      DEMO_TARGET_TAMBONS.slice(0, 2).map(
        async (tambonCode) =>
          (await graphql<{ leaders: { totalCount: number } }>(suite.system.url, LEADERS, { filter: { tambonCode, status: "ACTIVE" } }, suite.admin))
            .data!.leaders.totalCount,
      ),
    );
    expect(await rows.count()).toBe(active[0] + active[1]);
    for (const i of [0, 1, 2]) await rows.nth(i).getByRole("checkbox").check();
    await page.getByRole("button", { name: "ลงทะเบียนที่เลือก (3)" }).click();
    await page.getByText("ลงทะเบียน 3 · เข้าร่วม 0 · เป้าหมาย 30").waitFor();
    for (const i of [0, 1]) await rows.nth(i).getByRole("checkbox").check();
    await page.getByRole("button", { name: "บันทึกว่าเข้าร่วม" }).click();
    await page.getByText("ลงทะเบียน 3 · เข้าร่วม 2 · เป้าหมาย 30").waitFor();
    await screenshot(page, "event-attendance-recorded");

    await openForm(page, "แก้ไข");
    await page.getByLabel(/ชื่อกิจกรรม/).fill("อบรมผู้นำการเปลี่ยนแปลง รุ่นที่ 1");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("อบรมผู้นำการเปลี่ยนแปลง รุ่นที่ 1").first().waitFor();

    await page.getByRole("button", { name: "ยกเลิกกิจกรรม" }).click();
    await page.getByRole("dialog").getByLabel("เหตุผล").fill("น้ำท่วมพื้นที่จัดงาน");
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
    await page.getByText("น้ำท่วมพื้นที่จัดงาน").waitFor();
    await page.getByText("ยกเลิกแล้ว", { exact: true }).waitFor();
    await expect(page.getByRole("button", { name: "ยกเลิกกิจกรรม" }).count()).resolves.toBe(0);

    const answer = await graphql<{ event: Record<string, unknown> }>(suite.system.url, EVENT, { id: eventId }, suite.admin);
    expect(answer.data!.event).toEqual({
      title: "อบรมผู้นำการเปลี่ยนแปลง รุ่นที่ 1",
      kind: "WORKSHOP",
      mode: "HYBRID",
      startsAt: expect.stringMatching(/^2021-03-15T02:00:00/),
      organiserProvinceCode: "22",
      status: "CANCELLED",
      cancelReason: "น้ำท่วมพื้นที่จัดงาน",
      tambons: [{ code: DEMO_TARGET_TAMBONS[0] }, { code: DEMO_TARGET_TAMBONS[1] }],
      attendance: { registered: 3, attended: 2, target: 30 },
    });
  });
});

const LEADERS = `query Leaders($filter: LeaderFilter) { leaders(filter: $filter) { totalCount } }`;
const EVENTS = `query Events($filter: EventFilter) { events(filter: $filter) { totalCount } }`;
const EVENT = `query Event($id: ID!) { event(id: $id) { title kind mode startsAt organiserProvinceCode status cancelReason tambons { code }
  attendance { registered attended target } } }`;
