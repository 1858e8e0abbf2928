import type { Page } from "playwright-core";
import { ADMIN_DIST, type Browser, launchBrowser } from "./browser";
import { type TestSystem, startSystem } from "./system";

export interface PanelSuite {
  /** The system on SQLite serving the built panel (set in beforeAll). */
  readonly system: TestSystem;
  readonly browser: Browser;
  /** The admin's authorization headers, for checking through GraphQL what the panel did. */
  readonly admin: Record<string, string>;
  /** Where the panel is served. */
  panelUrl(): string;
  /** A new page, closed after the test; the test fails on any error the panel's pages raised. */
  newPage(): Promise<Page>;
}

/**
 * The set-up every panel flow shares, registered as the describe block's hooks: the system and a browser
 * started together, the admin logged in, pages closed and page errors checked after each test.
 */
export function panelSuite(): PanelSuite {
  let system: TestSystem;
  let browser: Browser;
  let admin: Record<string, string>;
  const pages: Page[] = [];

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem("sqlite", { adminDir: ADMIN_DIST }), launchBrowser()]);
    admin = await system.loginAs("admin");
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
    expect(browser.errors.splice(0)).toEqual([]);
  });

  return {
    get system() {
      return system;
    },
    get browser() {
      return browser;
    },
    get admin() {
      return admin;
    },
    panelUrl: () => new URL(system.url).origin,
    newPage: async () => {
      const page = await browser.newPage();
      pages.push(page);
      return page;
    },
  };
}
