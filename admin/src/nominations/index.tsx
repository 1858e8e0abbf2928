import HowToVoteIcon from "@mui/icons-material/HowToVote";
import { NominationCreate } from "./NominationCreate";
import { NominationList } from "./NominationList";
import { NominationShow } from "./NominationShow";

export default { list: NominationList, show: NominationShow, create: NominationCreate, icon: HowToVoteIcon };
