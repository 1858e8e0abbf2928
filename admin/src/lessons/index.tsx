import MenuBookIcon from "@mui/icons-material/MenuBook";
import { LessonSummaryCreate } from "./LessonSummaryCreate";
import { LessonSummaryEdit } from "./LessonSummaryEdit";
import { LessonSummaryList } from "./LessonSummaryList";
import { LessonSummaryShow } from "./LessonSummaryShow";

export default { list: LessonSummaryList, show: LessonSummaryShow, create: LessonSummaryCreate, edit: LessonSummaryEdit, icon: MenuBookIcon };
