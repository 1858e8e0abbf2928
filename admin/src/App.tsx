import "@fontsource/sarabun/400.css";
import "@fontsource/sarabun/600.css";
import CalendarIcon from "@mui/icons-material/CalendarMonth";
import SummaryIcon from "@mui/icons-material/Summarize";
import UploadIcon from "@mui/icons-material/UploadFile";
import { Suspense, lazy } from "react";
import { Route } from "react-router-dom";
import { Admin, CustomRoutes, Menu, Resource, defaultDarkTheme, defaultLightTheme, usePermissions, useTranslate } from "react-admin";
import accessLog from "./access-log";
import accounts from "./accounts";
import apiKeys from "./api-keys";
import { authProvider } from "./authProvider";
import awards from "./awards";
import engagementPosts from "./engagement";
import events from "./events";
import { i18nProvider } from "./i18n";
import { panelLayout } from "./layout/PanelLayout";
import { lazyDataProvider } from "./layout/lazyDataProvider";
import { lazyPage } from "./layout/lazyPage";
import { AdminOnly } from "./workflow/AdminOnly";
import leaders from "./leaders";
import lessonSummaries from "./lessons";
import nominations from "./nominations";
import progressReports from "./reports";

/** The dashboard (with its charts library) loads on its own, after the login page. */
const DashboardCharts = lazy(() => import("./dashboard/Dashboard").then((module) => ({ default: module.Dashboard })));
const Dashboard = () => (
  <Suspense fallback={null}>
    <DashboardCharts />
  </Suspense>
);

/** Pages outside the resources, loaded when first shown (the login page loads only what it needs). */
const FiscalYearsPage = lazyPage(() => import("./fiscal-years/FiscalYearsPage"), "FiscalYearsPage");
const LeaderImport = lazyPage(() => import("./leaders/LeaderImport"), "LeaderImport");
const DrawsPage = lazyPage(() => import("./engagement/DrawsPage"), "DrawsPage");
const ExecutiveSummaryPage = lazyPage(() => import("./executive/ExecutiveSummaryPage"), "ExecutiveSummaryPage");

const FONT = '"Sarabun", "Helvetica", "Arial", sans-serif';
/** Light and dark (the app bar's toggle, remembered per browser), both in Sarabun. */
const theme = { ...defaultLightTheme, typography: { ...defaultLightTheme.typography, fontFamily: FONT } };
const darkTheme = { ...defaultDarkTheme, typography: { ...defaultDarkTheme.typography, fontFamily: FONT } };

// react-admin's app bar carries the language switch (ไทย / English) since the i18n provider offers two locales.

/**
 * Which resources each role works with (the menu follows): an inspector or judge reviews (and reads the leaders of the
 * tambons they review, their personal data masked), a budget officer handles the money; admins read the access log.
 */
const RESOURCES_BY_ROLE: Record<string, string[]> = {
  ADMIN: ["leaders", "events", "progressReports", "engagementPosts", "nominations", "awards", "lessonSummaries", "accounts", "accessLogEntries"],
  PROVINCE_OFFICER: ["leaders", "events", "progressReports", "engagementPosts", "nominations", "awards", "lessonSummaries"],
  INSPECTOR: ["nominations", "leaders"],
  JUDGE: ["nominations", "leaders"],
  BUDGET_OFFICER: ["awards"],
  EXECUTIVE: ["awards", "nominations", "lessonSummaries"],
};

function PanelMenu() {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const officer = permissions === "ADMIN" || permissions === "PROVINCE_OFFICER";
  return (
    <Menu>
      <Menu.DashboardItem />
      {(permissions === "EXECUTIVE" || permissions === "ADMIN") && (
        <Menu.Item to="/executive-summary" primaryText={translate("cl.executiveSummary.title")} leftIcon={<SummaryIcon />} />
      )}
      <Menu.ResourceItems />
      {officer && <Menu.Item to="/leaders-import" primaryText={translate("cl.import.title")} leftIcon={<UploadIcon />} />}
      {permissions === "ADMIN" && <Menu.Item to="/fiscal-years" primaryText={translate("cl.fiscalYears.title")} leftIcon={<CalendarIcon />} />}
      {permissions === "ADMIN" && <Menu.Item to="/access" primaryText={translate("cl.access.title")} leftIcon={<apiKeys.icon />} />}
    </Menu>
  );
}

const PanelLayout = panelLayout(PanelMenu);

export function App() {
  return (
    <Admin
      disableTelemetry
      title="ระบบผู้นำการเปลี่ยนแปลง"
      dashboard={Dashboard}
      dataProvider={lazyDataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={PanelLayout}
      theme={theme}
      darkTheme={darkTheme}
      requireAuth
    >
      {(role: string) => {
        const allowed = new Set(RESOURCES_BY_ROLE[role] ?? []);
        return [
          allowed.has("leaders") && <Resource key="leaders" name="leaders" {...leaders} recordRepresentation="firstName" />,
          allowed.has("events") && <Resource key="events" name="events" {...events} recordRepresentation="title" />,
          allowed.has("progressReports") && (
            <Resource key="progressReports" name="progressReports" {...progressReports} recordRepresentation={(r) => r.tambon?.nameTh ?? r.id} />
          ),
          allowed.has("engagementPosts") && (
            <Resource key="engagementPosts" name="engagementPosts" {...engagementPosts} recordRepresentation={(p) => p.title ?? p.channel} />
          ),
          allowed.has("nominations") && (
            <Resource key="nominations" name="nominations" {...nominations} recordRepresentation={(n) => n.tambon?.nameTh ?? n.id} />
          ),
          allowed.has("awards") && (
            <Resource key="awards" name="awards" {...awards} recordRepresentation={(award) => award.tambon?.nameTh ?? award.id} />
          ),
          allowed.has("lessonSummaries") && (
            <Resource key="lessonSummaries" name="lessonSummaries" {...lessonSummaries} recordRepresentation="title" />
          ),
          allowed.has("accounts") && <Resource key="accounts" name="accounts" {...accounts} recordRepresentation="username" />,
          allowed.has("accessLogEntries") && <Resource key="accessLogEntries" name="accessLogEntries" {...accessLog} />,
          <CustomRoutes key="custom">
            <Route path="/leaders-import" element={<LeaderImport />} />
            <Route
              path="/access"
              element={
                <AdminOnly>
                  <apiKeys.list />
                </AdminOnly>
              }
            />
            <Route path="/engagement-draws" element={<DrawsPage />} />
            <Route path="/fiscal-years" element={<FiscalYearsPage />} />
            <Route path="/executive-summary" element={<ExecutiveSummaryPage />} />
          </CustomRoutes>,
        ];
      }}
    </Admin>
  );
}
