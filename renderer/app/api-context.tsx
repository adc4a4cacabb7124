import { createContext, useContext, type ReactNode } from "react";
import type { EngramApi } from "../../core/api/types.js";

const ApiContext = createContext<EngramApi | null>(null);

/** Makes an `EngramApi` available to the tree (the real client in the app, a fake in tests). */
export function ApiProvider({ api, children }: { api: EngramApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The API of the nearest `<ApiProvider>`; throws when there is none (a wiring bug). */
export function useApi(): EngramApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi: no <ApiProvider> above this component");
  return api;
}
