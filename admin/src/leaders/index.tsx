import PersonIcon from "@mui/icons-material/Person";
import { LeaderCreate } from "./LeaderCreate";
import { LeaderEdit } from "./LeaderEdit";
import { LeaderList } from "./LeaderList";
import { LeaderShow } from "./LeaderShow";

export default { list: LeaderList, show: LeaderShow, create: LeaderCreate, edit: LeaderEdit, icon: PersonIcon };
