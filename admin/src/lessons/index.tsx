import MenuBookIcon from "@mui/icons-material/MenuBook";
import { lazyPage } from "../layout/lazyPage";

const LessonSummaryCreatePage = lazyPage(() => import("./LessonSummaryCreate"), "LessonSummaryCreate");
const LessonSummaryEditPage = lazyPage(() => import("./LessonSummaryEdit"), "LessonSummaryEdit");
const LessonSummaryListPage = lazyPage(() => import("./LessonSummaryList"), "LessonSummaryList");
const LessonSummaryShowPage = lazyPage(() => import("./LessonSummaryShow"), "LessonSummaryShow");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default {
  list: LessonSummaryListPage,
  show: LessonSummaryShowPage,
  create: LessonSummaryCreatePage,
  edit: LessonSummaryEditPage,
  icon: MenuBookIcon,
};
