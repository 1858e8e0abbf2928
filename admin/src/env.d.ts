/// <reference types="vite/client" />

declare module "virtual:introspection" {
  const introspection: { __schema: unknown };
  export default introspection;
}
