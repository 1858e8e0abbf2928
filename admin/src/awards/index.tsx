import EmojiEventsIcon from "@mui/icons-material/EmojiEvents";
import { AwardList } from "./AwardList";
import { AwardShow } from "./AwardShow";

export default { list: AwardList, show: AwardShow, icon: EmojiEventsIcon };
