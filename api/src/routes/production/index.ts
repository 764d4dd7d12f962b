import type { AppDeps } from "../../http/app-env.ts";
import { createRouter } from "../../http/create-router.ts";
import { staffContext } from "../../http/service-context.ts";
import { createProductionOrder } from "../../services/production/create-production-order.ts";
import { listManufacturers, registerManufacturer } from "../../services/production/manufacturers.ts";
import {
  acknowledgeCardFile,
  downloadCardFile,
  getProductionOrder,
  listProductionOrders,
} from "../../services/production/production-orders.ts";
import {
  createProductionPlan,
  getProductionPlan,
  listProductionPlans,
} from "../../services/production/production-plans.ts";
import {
  createProductionRequest,
  listProductionRequests,
} from "../../services/production/production-requests.ts";
import { JOSE_CONTENT_TYPE } from "../../shared/auth/signed-documents.ts";
import * as routes from "./production.routes.ts";

export function productionRouter(deps: AppDeps) {
  return createRouter()
    .openapi(routes.registerManufacturer, async (c) =>
      c.json(await registerManufacturer({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201),
    )
    .openapi(routes.listManufacturers, async (c) =>
      c.json({ data: await listManufacturers({ ctx: staffContext(c, deps) }) }, 200),
    )
    .openapi(routes.createProductionRequest, async (c) =>
      c.json(await createProductionRequest({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201),
    )
    .openapi(routes.listProductionRequests, async (c) =>
      c.json(
        { data: await listProductionRequests({ ctx: staffContext(c, deps), input: c.req.valid("query") }) },
        200,
      ),
    )
    .openapi(routes.createProductionPlan, async (c) =>
      c.json(await createProductionPlan({ ctx: staffContext(c, deps), input: c.req.valid("json") }), 201),
    )
    .openapi(routes.listProductionPlans, async (c) =>
      c.json(
        { data: await listProductionPlans({ ctx: staffContext(c, deps), input: c.req.valid("query") }) },
        200,
      ),
    )
    .openapi(routes.getProductionPlan, async (c) =>
      c.json(await getProductionPlan({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200),
    )
    .openapi(routes.createProductionOrder, async (c) =>
      c.json(
        await createProductionOrder({
          ctx: staffContext(c, deps),
          input: c.req.valid("json"),
          cardsPerFile: deps.cardsPerFile,
        }),
        201,
      ),
    )
    .openapi(routes.listProductionOrders, async (c) =>
      c.json({ data: await listProductionOrders({ ctx: staffContext(c, deps) }) }, 200),
    )
    .openapi(routes.getProductionOrder, async (c) =>
      c.json(await getProductionOrder({ ctx: staffContext(c, deps), input: c.req.valid("param") }), 200),
    )
    .openapi(routes.downloadCardFile, async (c) => {
      const file = await downloadCardFile({ ctx: staffContext(c, deps), input: c.req.valid("param") });
      return c.body(file.jwe, 200, {
        "Content-Type": JOSE_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="${file.orderId}-${file.part}.jwe"`,
        "Cache-Control": "no-store",
      }) as never;
    })
    .openapi(routes.acknowledgeProductionOrder, async (c) =>
      c.json(
        await acknowledgeCardFile({
          ctx: staffContext(c, deps),
          input: { id: c.req.valid("param").id, acknowledgement: c.req.valid("json").acknowledgement },
        }),
        200,
      ),
    );
}
