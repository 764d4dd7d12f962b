import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { createShipment } from "../../services/custody/create-shipment.ts";
import { getShipment, listShipments } from "../../services/custody/get-shipment.ts";
import { receiveShipment } from "../../services/custody/receive-shipment.ts";
import type * as routes from "./shipments.routes.ts";

export const createShipmentHandler =
  (deps: AppDeps): RouteHandler<typeof routes.createShipment, AppEnv> =>
  async (c) =>
    c.json(await createShipment({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201);

export const getShipmentHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getShipment, AppEnv> =>
  async (c) =>
    c.json(await getShipment({ ctx: staffContext(c, deps), input: { id: c.req.valid("param").id } }), 200);

export const listShipmentsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listShipments, AppEnv> =>
  async (c) =>
    c.json(await listShipments({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);

export const receiveShipmentHandler =
  (deps: AppDeps): RouteHandler<typeof routes.receiveShipment, AppEnv> =>
  async (c) =>
    c.json(
      await receiveShipment({
        ctx: staffContext(c, deps),
        input: { shipmentId: c.req.valid("param").id, cartons: c.req.valid("json").cartons },
      }),
      200,
    );
