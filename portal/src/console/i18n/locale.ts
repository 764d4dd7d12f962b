import type { Locale } from "antd/es/locale";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import type { Lang } from "./lang.ts";

/**
 * antd's locale and dayjs's, set together and once for the whole console: antd words its
 * components from the first, but every date picker names its months and weekdays from dayjs's
 * global locale, so without the second the Chinese page's calendars would read "Jan", "Feb".
 */
export function consoleLocale(lang: Lang): Locale {
  dayjs.locale(lang === "en" ? "en" : "zh-cn");
  return lang === "en" ? enUS : zhCN;
}
