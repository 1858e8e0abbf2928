import EmojiEventsIcon from "@mui/icons-material/EmojiEvents";
import { lazyPage } from "../layout/lazyPage";

const AwardListPage = lazyPage(() => import("./AwardList"), "AwardList");
const AwardShowPage = lazyPage(() => import("./AwardShow"), "AwardShow");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default { list: AwardListPage, show: AwardShowPage, icon: EmojiEventsIcon };
