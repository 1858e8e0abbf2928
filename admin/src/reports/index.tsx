import AssignmentIcon from "@mui/icons-material/Assignment";
import { lazyPage } from "../layout/lazyPage";

const ProgressReportCreatePage = lazyPage(() => import("./ProgressReportCreate"), "ProgressReportCreate");
const ProgressReportEditPage = lazyPage(() => import("./ProgressReportEdit"), "ProgressReportEdit");
const ProgressReportListPage = lazyPage(() => import("./ProgressReportList"), "ProgressReportList");
const ProgressReportShowPage = lazyPage(() => import("./ProgressReportShow"), "ProgressReportShow");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default {
  list: ProgressReportListPage,
  show: ProgressReportShowPage,
  create: ProgressReportCreatePage,
  edit: ProgressReportEditPage,
  icon: AssignmentIcon,
};
