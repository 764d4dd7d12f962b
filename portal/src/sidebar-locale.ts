import { defineRouteMiddleware } from "@astrojs/starlight/route-data";
import { API_REFERENCE_LABEL } from "./api-reference-label.mjs";

/**
 * starlight-openapi puts the reference of every language into every sidebar; a page keeps the
 * group of its own language (Chinese at the root, English under /en/). Runs after the plugin's
 * middleware has filled the groups in.
 */
export const onRequest = defineRouteMiddleware(async (context, next) => {
  await next();
  const route = context.locals.starlightRoute;
  const other = route.locale === "en" ? API_REFERENCE_LABEL.zh : API_REFERENCE_LABEL.en;
  route.sidebar = route.sidebar.filter((entry) => entry.type !== "group" || entry.label !== other);
});
