import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";

/** Debian's Chromium (installed by .ci/run); never a browser download. */
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const ARTIFACTS = path.join(__dirname, "..", "..", "artifacts", "panel");
/** The built panel the tests serve: `ADMIN_DIR` when set (a build of its own, `ADMIN_OUT_DIR=… node admin/build.js`). */
export const ADMIN_DIST = process.env.ADMIN_DIR || path.join(__dirname, "..", "..", "admin", "dist");

const OFF_MACHINE = /https?:\/\/(?!127\.0\.0\.1|localhost)/;

export interface Browser {
  context: BrowserContext;
  /** Every URL the browser asked for (to prove nothing leaves this machine). */
  requests: string[];
  /** Uncaught errors, console errors and messages naming an address off this machine, of the panel's pages. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile, recording every request it makes; `args` adds Chromium switches
 * (e.g. a fake camera playing a file).
 */
export async function launchBrowser(options: { args?: string[] } = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "panel-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: "th-TH",
    viewport: { width: 1366, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...(options.args ?? []),
    ],
  });
  context.setDefaultTimeout(15_000);
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  context.on("response", (response) => {
    if (response.status() < 400) return;
    // Which query it was (first 300 characters), to tell one failing request from another.
    const body = response.request().postData()?.slice(0, 300) ?? "";
    errors.push(`${response.status()} ${response.request().method()} ${response.url()} ${body}`.trim());
  });
  const errors: string[] = [];
  context.on("page", (page) => {
    page.on("pageerror", (error) => errors.push(String(error.stack ?? error)));
    page.on("console", (message) => {
      // Errors, and any message that points the user at an address off this machine (a vendor's devtools page).
      if (message.type() === "error" || OFF_MACHINE.test(message.text())) errors.push(`${message.text()} ${message.location().url}`);
    });
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    requests,
    errors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

/**
 * Signs in through the panel's login page. The panel keeps one session per browser (localStorage, shared by its
 * tabs), so whoever was signed in on this browser is forgotten first: each sign-in starts from the login page.
 */
export async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.evaluate('["cl.token", "cl.account", "cl.expiresAt"].forEach((key) => localStorage.removeItem(key))');
  await page.reload();
  await page.getByLabel(/ชื่อผู้ใช้/).fill(username);
  await page.getByLabel(/รหัสผ่าน/).fill(password);
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await page.getByText(/ยินดีต้อนรับ/).waitFor();
}

/**
 * Opens the create or edit page from its link and waits until it has replaced the page it came from: until then
 * the list's filters (the same labels as the form's inputs) are still on screen, and a click would land on them.
 */
export async function openForm(page: Page, link: "สร้าง" | "แก้ไข" | "Create" | "Edit") {
  const form = link === "สร้าง" || link === "Create" ? ".create-page" : ".edit-page";
  await page.getByRole("link", { name: link, exact: true }).click();
  await page.locator(`${form} form`).first().waitFor();
  await page.locator(".list-page, .show-page").waitFor({ state: "detached" });
}

/** Picks a tambon in the panel's autocomplete: types its code, then clicks the option that ends with it. */
export async function pickTambon(page: Page, label: RegExp | string, code: string) {
  await page.getByLabel(label).fill(code);
  await page.getByRole("option", { name: new RegExp(`\\(${code}\\)$`) }).click();
}
