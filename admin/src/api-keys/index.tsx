import KeyIcon from "@mui/icons-material/Key";
import { ApiKeyList } from "./ApiKeyList";

/** Not a resource: the admins' page at /access (partner API keys). */
export default { list: ApiKeyList, icon: KeyIcon };
