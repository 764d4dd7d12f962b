/** The console speaks Chinese first (/console) and English (/en/console), like the rest of the portal. */
export type Lang = "zh-CN" | "en";

export const consolePath = (lang: Lang) => (lang === "en" ? "/en/console/" : "/console/");
export const otherLang = (lang: Lang): Lang => (lang === "en" ? "zh-CN" : "en");
