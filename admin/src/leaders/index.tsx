import PersonIcon from "@mui/icons-material/Person";
import { lazyPage } from "../layout/lazyPage";

const LeaderCreatePage = lazyPage(() => import("./LeaderCreate"), "LeaderCreate");
const LeaderEditPage = lazyPage(() => import("./LeaderEdit"), "LeaderEdit");
const LeaderListPage = lazyPage(() => import("./LeaderList"), "LeaderList");
const LeaderShowPage = lazyPage(() => import("./LeaderShow"), "LeaderShow");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default { list: LeaderListPage, show: LeaderShowPage, create: LeaderCreatePage, edit: LeaderEditPage, icon: PersonIcon };
