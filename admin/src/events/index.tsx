import EventIcon from "@mui/icons-material/Event";
import { lazyPage } from "../layout/lazyPage";

const EventCreatePage = lazyPage(() => import("./EventCreate"), "EventCreate");
const EventEditPage = lazyPage(() => import("./EventEdit"), "EventEdit");
const EventListPage = lazyPage(() => import("./EventList"), "EventList");
const EventShowPage = lazyPage(() => import("./EventShow"), "EventShow");
/** Each page loads when first shown (its own chunk), not with the login page. */
export default { list: EventListPage, show: EventShowPage, create: EventCreatePage, edit: EventEditPage, icon: EventIcon };
