import HowToVoteIcon from "@mui/icons-material/HowToVote";
import { lazyPage } from "../layout/lazyPage";

const NominationCreatePage = lazyPage(() => import("./NominationCreate"), "NominationCreate");
const NominationListPage = lazyPage(() => import("./NominationList"), "NominationList");
const NominationShowPage = lazyPage(() => import("./NominationShow"), "NominationShow");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default { list: NominationListPage, show: NominationShowPage, create: NominationCreatePage, icon: HowToVoteIcon };
