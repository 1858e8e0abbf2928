import KeyIcon from "@mui/icons-material/Key";
import { lazyPage } from "../layout/lazyPage";

const ApiKeyListPage = lazyPage(() => import("./ApiKeyList"), "ApiKeyList");

/** Not a resource: the admins' page at /access (partner API keys), loaded when first shown. */
export default { list: ApiKeyListPage, icon: KeyIcon };
