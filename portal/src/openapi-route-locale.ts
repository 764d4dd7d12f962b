import { defineRouteMiddleware, type StarlightRouteData } from "@astrojs/starlight/route-data";
import { OPENAPI_UI_STRINGS } from "./openapi-ui-strings.mjs";

/**
 * What starlight-openapi 0.22 names in English outside its components: the "Overview" links of
 * the reference's sidebar group and the reference pages' table of contents (Overview,
 * Authorizations, Request Body, Responses …). Each English text of openapi-ui-strings.mjs is given
 * in the page's language; runs after the plugin's middleware has filled them in.
 */
const KEY_OF = new Map(Object.entries(OPENAPI_UI_STRINGS.en).map(([key, english]) => [english, key]));
type SidebarEntry = StarlightRouteData["sidebar"][number];
type TocItem = NonNullable<StarlightRouteData["toc"]>["items"][number];

export const onRequest = defineRouteMiddleware(async (context, next) => {
  await next();
  const route = context.locals.starlightRoute;
  const say = (english: string) => {
    const key = KEY_OF.get(english);
    return key ? context.locals.t(`starlight-openapi.${key}` as never) : english;
  };
  const inReference = (href: string) => /^\/(en\/)?api\//.test(href);
  const sidebar = (entry: SidebarEntry): SidebarEntry =>
    entry.type === "group"
      ? { ...entry, entries: entry.entries.map(sidebar) }
      : inReference(entry.href) && entry.label === "Overview"
        ? { ...entry, label: say(entry.label) }
        : entry;
  route.sidebar = route.sidebar.map(sidebar);
  const toc = (item: TocItem): TocItem => ({
    ...item,
    text: say(item.text),
    children: item.children.map(toc),
  });
  if (route.toc && inReference(context.url.pathname))
    route.toc = { ...route.toc, items: route.toc.items.map(toc) };
});
