import PeopleIcon from "@mui/icons-material/ManageAccounts";
import { lazyPage } from "../layout/lazyPage";

const AccountCreatePage = lazyPage(() => import("./AccountCreate"), "AccountCreate");
const AccountListPage = lazyPage(() => import("./AccountList"), "AccountList");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default { list: AccountListPage, create: AccountCreatePage, icon: PeopleIcon };
