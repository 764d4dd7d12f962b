// The API reference's sidebar group in each language: the config names the groups with these,
// and src/sidebar-locale.ts keeps each locale's own.
export const API_REFERENCE_LABEL = { zh: "API 参考", en: "API reference" };
