import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import {
  getTransferHandler,
  listTransfersHandler,
  receiveTransferHandler,
  sendCardsHandler,
} from "./card-transfers.handlers.ts";
import * as routes from "./card-transfers.routes.ts";

export function cardTransfersRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.sendCards, sendCardsHandler(deps))
    .openapi(routes.listTransfers, listTransfersHandler(deps))
    .openapi(routes.getTransfer, getTransferHandler(deps))
    .openapi(routes.receiveTransfer, receiveTransferHandler(deps));
}
