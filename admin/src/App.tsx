import "@fontsource/sarabun/400.css";
import "@fontsource/sarabun/600.css";
import KeyIcon from "@mui/icons-material/Key";
import UploadIcon from "@mui/icons-material/UploadFile";
import { Route } from "react-router-dom";
import { Admin, CustomRoutes, Layout, type LayoutProps, Menu, Resource, defaultTheme, usePermissions, useTranslate } from "react-admin";
import { AccessPage, LeaderImport } from "./access";
import { EngagementPostList, EventList, EventShow, LessonSummaryList, LessonSummaryShow, ProgressReportList, ProgressReportShow } from "./activities";
import { AwardList, AwardShow } from "./awards";
import { authProvider } from "./authProvider";
import { Dashboard } from "./dashboard/Dashboard";
import { dataProvider } from "./dataProvider";
import { i18nProvider } from "./i18n";
import { LeaderCreate, LeaderEdit, LeaderList, LeaderShow } from "./leaders";
import { NominationCreate, NominationList, NominationShow } from "./nominations";

const FONT = '"Sarabun", "Helvetica", "Arial", sans-serif';
const theme = { ...defaultTheme, typography: { ...defaultTheme.typography, fontFamily: FONT } };

// react-admin's app bar carries the language switch (ไทย / English) since the i18n provider offers two locales.

/** Which resources each role works with (the menu follows): an inspector reviews, a budget officer handles the money. */
const RESOURCES_BY_ROLE: Record<string, string[]> = {
  ADMIN: ["leaders", "events", "progressReports", "engagementPosts", "nominations", "awards", "lessonSummaries"],
  PROVINCE_OFFICER: ["leaders", "events", "progressReports", "engagementPosts", "nominations", "awards", "lessonSummaries"],
  INSPECTOR: ["nominations"],
  JUDGE: ["nominations"],
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
      <Menu.ResourceItems />
      {officer && <Menu.Item to="/leaders-import" primaryText={translate("cl.import.title")} leftIcon={<UploadIcon />} />}
      {permissions === "ADMIN" && <Menu.Item to="/access" primaryText={translate("cl.access.title")} leftIcon={<KeyIcon />} />}
    </Menu>
  );
}

const PanelLayout = (props: LayoutProps) => <Layout {...props} menu={PanelMenu} />;

export function App() {
  return (
    <Admin
      disableTelemetry
      title="ระบบผู้นำการเปลี่ยนแปลง"
      dashboard={Dashboard}
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={PanelLayout}
      theme={theme}
      requireAuth
    >
      {(role: string) => {
        const allowed = new Set(RESOURCES_BY_ROLE[role] ?? []);
        return [
          allowed.has("leaders") && (
            <Resource
              key="leaders"
              name="leaders"
              list={LeaderList}
              show={LeaderShow}
              create={LeaderCreate}
              edit={LeaderEdit}
              recordRepresentation="firstName"
            />
          ),
          allowed.has("events") && <Resource key="events" name="events" list={EventList} show={EventShow} recordRepresentation="title" />,
          allowed.has("progressReports") && (
            <Resource key="progressReports" name="progressReports" list={ProgressReportList} show={ProgressReportShow} />
          ),
          allowed.has("engagementPosts") && <Resource key="engagementPosts" name="engagementPosts" list={EngagementPostList} />,
          allowed.has("nominations") && (
            <Resource
              key="nominations"
              name="nominations"
              list={NominationList}
              create={NominationCreate}
              show={NominationShow}
              recordRepresentation={(n) => n.tambon?.nameTh ?? n.id}
            />
          ),
          allowed.has("awards") && (
            <Resource
              key="awards"
              name="awards"
              list={AwardList}
              show={AwardShow}
              recordRepresentation={(award) => award.tambon?.nameTh ?? award.id}
            />
          ),
          allowed.has("lessonSummaries") && (
            <Resource key="lessonSummaries" name="lessonSummaries" list={LessonSummaryList} show={LessonSummaryShow} recordRepresentation="title" />
          ),
          <CustomRoutes key="custom">
            <Route path="/leaders-import" element={<LeaderImport />} />
            <Route path="/access" element={<AccessPage />} />
          </CustomRoutes>,
        ];
      }}
    </Admin>
  );
}
