import type { PanelDataProvider } from "../dataProvider";

let loaded: Promise<PanelDataProvider> | undefined;
const load = () => (loaded ??= import("../dataProvider").then((module) => module.dataProvider));

/**
 * The data provider, loaded with its first call: the login page needs neither Apollo Client nor the schema's
 * introspection, so they load after signing in. Every method is forwarded as it is; react-admin asks for methods by
 * name and checks `then` (not a promise) and `supportAbortSignal` (not supported).
 */
export const lazyDataProvider = new Proxy({} as PanelDataProvider, {
  get(_target, name) {
    if (typeof name === "symbol" || name === "then" || name === "supportAbortSignal") return undefined;
    return async (...args: unknown[]) => {
      const provider = (await load()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return provider[name](...args);
    };
  },
});
