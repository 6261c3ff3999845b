import { channels, type Channel, type Invoke, type Req, type Res, type Result } from './contract';

/**
 * The verbs the renderer sees (`window.listenfirst` in Electron, the HTTP client in a browser).
 * Built once from any transport's `invoke`, so the preload and the browser transport expose
 * exactly the same surface: `api.sessions.list({})`, `api.scenarios.import({...})`.
 */
type Verb<C extends Channel> = (request: Req<C>) => Promise<Result<Res<C>>>;

type Namespaces = {
  [C in Channel as C extends `${infer NS}.${string}` ? NS : never]: {
    [K in Channel as K extends `${C extends `${infer NS}.${string}` ? NS : never}.${infer V}` ? V : never]: Verb<K>;
  };
};

export type ListenFirstApi = Namespaces;

export function createApi(invoke: Invoke): ListenFirstApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channels) {
    const [ns, verb] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][verb] = (request: unknown) => invoke(channel, request as never);
  }
  return api as unknown as ListenFirstApi;
}
