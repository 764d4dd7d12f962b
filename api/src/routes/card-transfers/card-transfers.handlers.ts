import type { RouteHandler } from "@hono/zod-openapi";
import type { AppDeps, AppEnv } from "../../http/app-env.ts";
import { staffContext } from "../../http/service-context.ts";
import { getTransfer, listTransfers } from "../../services/custody/get-transfer.ts";
import { receiveTransfer } from "../../services/custody/receive-transfer.ts";
import { sendCards } from "../../services/custody/send-cards.ts";
import type * as routes from "./card-transfers.routes.ts";

export const sendCardsHandler =
  (deps: AppDeps): RouteHandler<typeof routes.sendCards, AppEnv> =>
  async (c) =>
    c.json(await sendCards({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201);

export const receiveTransferHandler =
  (deps: AppDeps): RouteHandler<typeof routes.receiveTransfer, AppEnv> =>
  async (c) =>
    c.json(
      await receiveTransfer({ ctx: staffContext(c, deps), input: { transferId: c.req.valid("param").id } }),
      200,
    );

export const getTransferHandler =
  (deps: AppDeps): RouteHandler<typeof routes.getTransfer, AppEnv> =>
  async (c) =>
    c.json(await getTransfer({ ctx: staffContext(c, deps), input: { id: c.req.valid("param").id } }), 200);

export const listTransfersHandler =
  (deps: AppDeps): RouteHandler<typeof routes.listTransfers, AppEnv> =>
  async (c) =>
    c.json(await listTransfers({ ctx: staffContext(c, deps), input: c.req.valid("query") }), 200);
