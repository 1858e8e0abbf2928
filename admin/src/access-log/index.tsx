import PolicyIcon from "@mui/icons-material/Policy";
import { AccessLogList } from "./AccessLogList";

/** Admins: the personal-data access log of every leader (read only). */
export default { list: AccessLogList, icon: PolicyIcon };
