import PolicyIcon from "@mui/icons-material/Policy";
import { lazyPage } from "../layout/lazyPage";

const AccessLogListPage = lazyPage(() => import("./AccessLogList"), "AccessLogList");
/** Admins: the personal-data access log of every leader (read only), loaded when first shown. */
export default { list: AccessLogListPage, icon: PolicyIcon };
