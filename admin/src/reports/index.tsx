import AssignmentIcon from "@mui/icons-material/Assignment";
import { ProgressReportCreate } from "./ProgressReportCreate";
import { ProgressReportEdit } from "./ProgressReportEdit";
import { ProgressReportList } from "./ProgressReportList";
import { ProgressReportShow } from "./ProgressReportShow";

export default { list: ProgressReportList, show: ProgressReportShow, create: ProgressReportCreate, edit: ProgressReportEdit, icon: AssignmentIcon };
