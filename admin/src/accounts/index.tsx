import PeopleIcon from "@mui/icons-material/ManageAccounts";
import { AccountCreate } from "./AccountCreate";
import { AccountList } from "./AccountList";

export default { list: AccountList, create: AccountCreate, icon: PeopleIcon };
