import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import {
  createShipmentHandler,
  getShipmentHandler,
  listShipmentsHandler,
  receiveShipmentHandler,
} from "./shipments.handlers.ts";
import * as routes from "./shipments.routes.ts";

export function shipmentsRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.createShipment, createShipmentHandler(deps))
    .openapi(routes.listShipments, listShipmentsHandler(deps))
    .openapi(routes.getShipment, getShipmentHandler(deps))
    .openapi(routes.receiveShipment, receiveShipmentHandler(deps));
}
