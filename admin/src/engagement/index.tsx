import ThumbUpIcon from "@mui/icons-material/ThumbUp";
import { EngagementPostCreate } from "./EngagementPostCreate";
import { EngagementPostList } from "./EngagementPostList";
import { EngagementPostShow } from "./EngagementPostShow";

export default { list: EngagementPostList, create: EngagementPostCreate, show: EngagementPostShow, icon: ThumbUpIcon };
