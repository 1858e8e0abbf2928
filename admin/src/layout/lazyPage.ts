import { type ComponentType, type LazyExoticComponent, lazy } from "react";

/**
 * A page loaded when first shown (its own chunk), not with the login page: `lazyPage(() => import("./X"), "X")`.
 * react-admin's layout shows its loading indicator meanwhile (it wraps pages in Suspense).
 */
export function lazyPage<K extends string, C extends ComponentType<object>>(load: () => Promise<Record<K, C>>, name: K): LazyExoticComponent<C> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
