import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "@change-leaders/common";
import { DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { graphql } from "@change-leaders/common/testing";
import type { Page } from "playwright-core";
import QRCode from "qrcode";
import { ADMIN_DIST, type Browser, launchBrowser, screenshot, signIn } from "./support/browser";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Attendance at speed, as a province officer works it on the event's page: a tambon's 15 leaders registered in
 * one action and marked attended in one more (on a laptop and on a phone), and a leader's sign-in sheet QR code
 * scanned at the door with the phone's camera (Chromium's fake camera playing a video of the code).
 */

const W = 640;
const H = 480;

/** A YUV4MPEG2 video of the QR code of `text`, black on white in the middle of the frame, a few frames long. */
function qrVideo(text: string, file: string) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const scale = Math.floor(360 / (modules.size + 8));
  const side = modules.size * scale;
  const left = Math.floor((W - side) / 2);
  const top = Math.floor((H - side) / 2);
  const y = Buffer.alloc(W * H, 235);
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      if (modules.get(Math.floor(row / scale), Math.floor(col / scale))) y[(top + row) * W + left + col] = 16;
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), y, chroma]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 5 }, () => frame)]));
}

describe("attendance at speed on the event's page", () => {
  let system: TestSystem;
  let browser: Browser;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  let scanEventId: string;
  const video = path.join(os.tmpdir(), `attendance-qr-${process.pid}.y4m`);
  const pages: Page[] = [];
  // The second target tambon: its 15 demo leaders are all active (the first one's last has withdrawn).
  const tambon = DEMO_TARGET_TAMBONS[1];
  const tambonLeaders = Array.from({ length: 15 }, (_, n) => demoLeaderId(1, n)).sort();
  const scanned = demoLeaderId(2, 3);

  const createEvent = async (title: string) => {
    const answer = await graphql<{ createEvent: { id: string } }>(
      system.url,
      CREATE_EVENT,
      {
        input: {
          kind: "WORKSHOP",
          title,
          startsAt: "2021-03-15T02:00:00Z",
          endsAt: "2021-03-15T09:00:00Z",
          mode: "ONSITE",
          venue: "ศาลาประชาคมตำบล",
          tambonCodes: DEMO_TARGET_TAMBONS.slice(0, 3),
        },
      },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.createEvent.id;
  };
  const participations = async (eventId: string) =>
    (
      await graphql<{ event: { participations: { nodes: { attended: boolean; leader: { id: string } }[] } } }>(
        system.url,
        REGISTERED,
        { id: eventId },
        admin,
      )
    ).data!.event.participations.nodes;

  beforeAll(async () => {
    system = await startSystem("sqlite", { adminDir: ADMIN_DIST });
    [admin, officer] = await Promise.all([system.loginAs("admin"), system.loginAs("officer.chanthaburi")]);
    // The door's event: one leader registered, whose sheet's QR code the fake camera shows.
    scanEventId = await createEvent("อบรมผู้นำ ทดสอบสแกนคิวอาร์");
    const registered = await graphql(system.url, REGISTER, { eventId: scanEventId, leaderIds: [scanned] }, officer);
    expect(registered.errors).toBeUndefined();
    qrVideo(`CL-ATTEND:${scanEventId}:${scanned}`.toUpperCase(), video); // as the sheet prints it
    browser = await launchBrowser({
      args: ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    fs.rmSync(video, { force: true });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
    expect(browser.errors.splice(0)).toEqual([]);
  });

  const openEvent = async (viewport: { width: number; height: number }, eventId: string) => {
    const page = await browser.newPage();
    pages.push(page);
    await page.setViewportSize(viewport);
    await signIn(page, new URL(system.url).origin, "officer.chanthaburi", DEMO_PASSWORD);
    await page.goto(`${new URL(system.url).origin}/#/events/${encodeURIComponent(eventId)}/show`);
    await page.getByTestId("event-attendance").waitFor();
    return page;
  };

  for (const [name, viewport] of [
    ["laptop", { width: 1366, height: 768 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    test(`on a ${name} (${viewport.width}×${viewport.height}): a tambon filtered, its page ticked, 15 registered in one action and marked attended in one more`, async () => {
      const eventId = await createEvent(`อบรมผู้นำ ทดสอบลงทะเบียน (${name})`);
      const page = await openEvent(viewport, eventId);
      const rows = page.locator('[data-testid^="participant-"]');
      // 44 eligible leaders (14 + 15 + 15): a page of 50, the tambon filter leaves 15.
      await page.getByText("1-44 จาก 44").waitFor();
      await page.getByRole("combobox", { name: "ตำบล" }).click();
      const tambonName = (await page.getByRole("option").nth(2).textContent())!;
      await page.getByRole("option", { name: tambonName }).click();
      await page.getByText("1-15 จาก 15").waitFor();
      expect(await rows.count()).toBe(15);

      let mutations = 0;
      page.on("request", (request) => {
        if (/mutation (Register|Attend)\b/.test(request.postData() ?? "")) mutations++;
      });
      await page.getByRole("checkbox", { name: "เลือกทั้งหน้านี้" }).check();
      await page.getByText("เลือกไว้ 15 คน").waitFor();
      await page.getByRole("button", { name: "ลงทะเบียนที่เลือก (15)" }).click();
      await page.getByText("ลงทะเบียนแล้ว 15 คน").waitFor();
      await page.getByText("ลงทะเบียน 15 · เข้าร่วม 0").waitFor();
      expect(mutations).toBe(1);

      await page.getByRole("checkbox", { name: "เลือกทั้งหน้านี้" }).check();
      await page.getByRole("button", { name: "บันทึกว่าเข้าร่วม (15)" }).click();
      await page.getByText("บันทึกว่าเข้าร่วมแล้ว 15 คน").waitFor();
      await page.getByText("ลงทะเบียน 15 · เข้าร่วม 15").waitFor();
      expect(mutations).toBe(2);
      await screenshot(page, `attendance-bulk-${name}`);

      const after = await participations(eventId);
      expect(after.map((p) => p.leader.id).sort()).toEqual(tambonLeaders);
      expect(after.every((p) => p.attended)).toBe(true);
      expect(tambonName).not.toMatch(/\d/); // the tambon by its Thai name, not its code
      expect(tambon).toBe("220103");
    });
  }

  test("at the door, on a phone: the scanner reads a registered leader's QR code and marks them attended, once", async () => {
    const page = await openEvent({ width: 390, height: 844 }, scanEventId);
    await page.getByText("ลงทะเบียน 1 · เข้าร่วม 0").waitFor();
    await page.getByRole("button", { name: "สแกนคิวอาร์เพื่อบันทึกการเข้าร่วม" }).click();
    const dialog = page.getByRole("dialog");
    const leader = (await graphql<{ leader: { title: string; firstName: string; lastName: string } }>(system.url, LEADER, { id: scanned }, admin))
      .data!.leader;
    await dialog.getByTestId("scan-result").getByText(`บันทึกการเข้าร่วมแล้ว: ${leader.title}${leader.firstName} ${leader.lastName}`).waitFor();
    await dialog.getByText("บันทึกการเข้าร่วมด้วยการสแกนแล้ว 1 คน").waitFor();
    // The camera keeps showing the same code: still one.
    await page.waitForTimeout(1500);
    await expect(dialog.getByTestId("scan-count").textContent()).resolves.toBe("บันทึกการเข้าร่วมด้วยการสแกนแล้ว 1 คน");
    await screenshot(page, "attendance-scan-phone");
    await dialog.getByRole("button", { name: "ปิด" }).click();
    await page.getByText("ลงทะเบียน 1 · เข้าร่วม 1").waitFor();

    expect(await participations(scanEventId)).toEqual([{ attended: true, leader: { id: scanned } }]);
  });
});

const CREATE_EVENT = `mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id } }`;
const REGISTER = `mutation Register($eventId: ID!, $leaderIds: [ID!]!) { registerParticipants(eventId: $eventId, leaderIds: $leaderIds) { id } }`;
const REGISTERED = `query Registered($id: ID!) { event(id: $id) { participations(page: { limit: 500 }) { nodes { attended leader { id } } } } }`;
const LEADER = `query Leader($id: ID!) { leader(id: $id) { title firstName lastName } }`;
