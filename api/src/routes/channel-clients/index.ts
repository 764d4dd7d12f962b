import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import * as handlers from "./channel-clients.handlers.ts";
import * as routes from "./channel-clients.routes.ts";

export function channelClientsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.listChannelClients, handlers.listChannelClientsHandler(deps))
    .openapi(routes.getChannelClient, handlers.getChannelClientHandler(deps))
    .openapi(routes.createChannelClient, handlers.createChannelClientHandler(deps))
    .openapi(routes.updateChannelClient, handlers.updateChannelClientHandler(deps))
    .openapi(routes.registerChannelClientKey, handlers.registerChannelClientKeyHandler(deps))
    .openapi(routes.revokeChannelClientKey, handlers.revokeChannelClientKeyHandler(deps))
    .openapi(routes.rotateChannelClientApiKey, handlers.rotateChannelClientApiKeyHandler(deps));
}
