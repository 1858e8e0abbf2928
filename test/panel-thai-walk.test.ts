import { DEMO_PASSWORD } from "@change-leaders/common";
import { graphql } from "@change-leaders/common/testing";
import type { Page } from "playwright-core";
import { screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";
import { type WalkPage, offendingWords } from "./support/thai-walk";

const ROLES = ["admin", "officer.chanthaburi", "inspector.region9", "judge", "budget", "budget.approver", "executive"];
const SIZES = [
  { name: "desktop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** What a page says on screen, once its reads have settled (no progress bar, the same text twice in a row). */
async function settledText(page: Page): Promise<string> {
  let last = "";
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const busy = await page.locator('[role="progressbar"]').count();
    // recharts measures its labels in a span placed far off screen: nobody sees it
    const text = await page.evaluate<string>(
      `(() => { document.getElementById("recharts_measurement_span")?.remove(); return document.body.innerText; })()`,
    );
    if (!busy && text === last) return text;
    last = text;
  }
  return last;
}

/** The routes a role's menu leads to (the dashboard, each resource's list, the custom pages), read from the menu itself. */
async function menuRoutes(page: Page): Promise<string[]> {
  await page.locator(".RaSidebar-fixed a, .MuiDrawer-root a").first().waitFor();
  const hrefs = await page
    .locator(".RaSidebar-fixed a, .MuiDrawer-root a")
    .evaluateAll((links) => links.map((a) => (a as unknown as { getAttribute(name: string): string | null }).getAttribute("href") ?? ""));
  return [...new Set(hrefs.map((href) => href.replace(/^#/, "")).filter((href) => href.startsWith("/")))];
}

/**
 * Every page a Thai officer reaches from the menu, for each role and at a desktop's and a phone's size, reads in Thai:
 * no English word or raw code beyond the few names of systems and units, no record id, no Gregorian or UTC time. Each
 * list, the first record's page, its edit form and the create form where the role is offered them, and the custom
 * pages; a screenshot of each under artifacts/panel/<role>-<page>-<desktop|phone>.png.
 */
describe("every page of the panel in Thai", () => {
  const suite = panelSuite();

  test.each(ROLES)(
    "%s: every page reachable from the menu speaks Thai at desktop and phone sizes",
    async (role) => {
      const page = await suite.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await signIn(page, suite.panelUrl(), role, DEMO_PASSWORD);
      const routes = await menuRoutes(page);
      const events = await graphql<{ events: { nodes: { title: string; venue: string | null }[] } }>(suite.system.url, TYPED, {}, suite.admin);
      const typed = events.data!.events.nodes.flatMap((event) => [event.title, event.venue ?? ""]);
      expect(routes.length).toBeGreaterThan(1);
      const found: string[] = [];
      const check = async (name: string, size: string) => {
        const text = await settledText(page);
        const walkPage: WalkPage = { role, name, text, typed };
        for (const word of offendingWords(walkPage)) found.push(`${role} ${name} ${size}: ${word}`);
        await screenshot(page, `${role.replace(/\./g, "_")}-${name}-${size}`);
      };
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const route of routes) {
          const name = route === "/" ? "dashboard" : route.slice(1).replace(/\//g, "_");
          await page.goto(`${suite.panelUrl()}/#${route}`);
          await check(name, size.name);
          if (!(await page.locator(".list-page").count())) continue;
          const create = page.locator(".list-page").getByRole("link", { name: "สร้าง", exact: true });
          if (await create.count()) {
            await create.first().click();
            await page.locator(".create-page").waitFor();
            await check(`${name}-create`, size.name);
            await page.goto(`${suite.panelUrl()}/#${route}`);
            await settledText(page);
          }
          const firstRow = page
            .locator(".list-page tbody tr.RaDatagrid-row, .list-page .RaSimpleList-root a, .list-page [data-testid=list-card]")
            .first();
          if (!(await firstRow.count())) continue;
          await firstRow.click();
          const opened = await page
            .locator(".show-page, .edit-page")
            .first()
            .waitFor({ timeout: 5_000 })
            .then(() => true)
            .catch(() => false);
          if (!opened) continue;
          await check(`${name}-show`, size.name);
          const edit = page.locator(".show-page").getByRole("link", { name: "แก้ไข", exact: true });
          if (await edit.count()) {
            await edit.first().click();
            await page.locator(".edit-page").waitFor();
            await check(`${name}-edit`, size.name);
          }
        }
      }
      expect(found).toEqual([]);
    },
    600_000,
  );
});

const TYPED = `{ events(page: { limit: 500 }) { nodes { title venue } } }`;
