import ThumbUpIcon from "@mui/icons-material/ThumbUp";
import { lazyPage } from "../layout/lazyPage";

const EngagementPostCreatePage = lazyPage(() => import("./EngagementPostCreate"), "EngagementPostCreate");
const EngagementPostListPage = lazyPage(() => import("./EngagementPostList"), "EngagementPostList");
const EngagementPostShowPage = lazyPage(() => import("./EngagementPostShow"), "EngagementPostShow");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default { list: EngagementPostListPage, create: EngagementPostCreatePage, show: EngagementPostShowPage, icon: ThumbUpIcon };
