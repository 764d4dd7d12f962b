// The API reference's own words (headings, labels) in the page's language. starlight-openapi 0.22
// writes them in English inside its components; the plugin's later source reads them from
// Starlight's UI strings under these same keys (its libs/i18n.ts), but its releases since 0.23
// need a newer Astro than ours. Until then a Vite plugin loads those components with
// `Astro.locals.t(key)` where they have the English text, and a Starlight plugin gives the keys
// their Chinese and English text. A text not found in its component fails the build, so an
// update of the plugin cannot silently bring English back.

import { readFile } from "node:fs/promises";

const t = (key) => `Astro.locals.t("starlight-openapi.${key}")`;
const text = (key) => `{${t(key)}}`;

/** Component (under starlight-openapi/components/) → [the English as written, what replaces it]. */
const REPLACEMENTS = {
  "Route.astro": [["? 'Overview' :", `? ${t("overview")} :`]],
  "Overview.astro": [
    ["?? 'Contact'", `?? ${t("contact")}`],
    ["License:{' '}", `${text("license")}:{' '}`],
    [">Terms of Service<", `>${text("termsOfService")}<`],
    ["<li>OpenAPI version:", `<li>${text("openApiVersion")}:`],
  ],
  "security/Security.astro": [
    ['title="Authorizations"', `title={${t("authorizations")}}`],
    ["<strong>None</strong>", `<strong>${text("none")}</strong>`],
  ],
  "security/SecurityDefinitions.astro": [
    ["        Authentication\n", `        ${text("authentication")}\n`],
    ['label="Security scheme type"', `label={${t("securitySchemeType")}}`],
    ['label="Bearer format"', `label={${t("bearerFormat")}}`],
    [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the component's source, as it is written
      "label={`${capitalize(scheme.in)} parameter name`}",
      `label={${t("parameterName")}.replace("{in}", scheme.in)}`,
    ],
  ],
  "security/SecurityOAuth2Flow.astro": [
    ['label="Flow type"', `label={${t("flowType")}}`],
    ['label="Token URL"', `label={${t("tokenUrl")}}`],
    ["<b>Scopes:</b>", `<b>${text("scopes")}:</b>`],
  ],
  "parameter/Parameters.astro": [
    ["        Parameters\n", `        ${text("parameters")}\n`],
    [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the component's source, as it is written
      "title={`${capitalize(location)} Parameters`}",
      `title={Astro.locals.t(\`starlight-openapi.\${location}Parameters\`)}`,
    ],
  ],
  "RequestBody.astro": [['title="Request Body"', `title={${t("requestBody")}}`]],
  "response/Responses.astro": [["        Responses\n", `        ${text("responses")}\n`]],
  "response/ResponseHeaders.astro": [['title="Headers"', `title={${t("headers")}}`]],
  "response/ResponseExamples.astro": [
    ['title="Examples"', `title={${t("examples")}}`],
    ['label="Select response example"', `label={${t("selectResponseExample")}}`],
  ],
  "example/Examples.astro": [
    ["<h5>Examples</h5>", `<h5>${text("examples")}</h5>`],
    ["<h5>Example</h5>", `<h5>${text("example")}</h5>`],
    ['label="Select example"', `label={${t("selectExample")}}`],
  ],
  "schema/SchemaObject.astro": [["<h5>Example</h5>", `<h5>${text("example")}</h5>`]],
  "Content.astro": [['label="Select media type"', `label={${t("selectMediaType")}}`]],
  "Key.astro": [
    [">required<", `>${text("required")}<`],
    [">deprecated<", `>${text("deprecated")}<`],
    [">additional properties<", `>${text("additionalProperties")}<`],
  ],
  "Deprecated.astro": [["<div>Deprecated</div>", `<div>${text("deprecatedBadge")}</div>`]],
  "Items.astro": [
    ['label="Allowed value:"', `label={${t("allowedValue")}}`],
    ['label="Allowed values:"', `label={${t("allowedValues")}}`],
  ],
  "schema/SchemaObjects.astro": [
    ["anyOf: 'Any of'", `anyOf: ${t("anyOf")}`],
    ["oneOf: 'One of'", `oneOf: ${t("oneOf")}`],
  ],
};

/** The keys' text in each locale of the portal (Starlight's `lang`, zh-CN the root). */
export const OPENAPI_UI_STRINGS = {
  "zh-CN": {
    overview: "概览",
    contact: "联系人",
    license: "许可",
    termsOfService: "服务条款",
    openApiVersion: "OpenAPI 版本",
    authorizations: "授权",
    none: "无",
    authentication: "认证方式",
    securitySchemeType: "认证类型",
    bearerFormat: "令牌格式",
    parameterName: "{in} 参数名",
    flowType: "授权流程",
    tokenUrl: "令牌地址",
    scopes: "权限范围",
    parameters: "参数",
    pathParameters: "路径参数",
    queryParameters: "查询参数",
    headerParameters: "请求头参数",
    cookieParameters: "Cookie 参数",
    requestBody: "请求体",
    responses: "响应",
    headers: "响应头",
    examples: "示例",
    example: "示例",
    selectExample: "选择示例",
    selectResponseExample: "选择响应示例",
    selectMediaType: "选择媒体类型",
    required: "必填",
    deprecated: "已弃用",
    deprecatedBadge: "已弃用",
    additionalProperties: "其他属性",
    allowedValue: "允许的值：",
    allowedValues: "允许的值：",
    anyOf: "任一",
    oneOf: "其中之一",
  },
  en: {
    overview: "Overview",
    contact: "Contact",
    license: "License",
    termsOfService: "Terms of Service",
    openApiVersion: "OpenAPI version",
    authorizations: "Authorizations",
    none: "None",
    authentication: "Authentication",
    securitySchemeType: "Security scheme type",
    bearerFormat: "Bearer format",
    parameterName: "{in} parameter name",
    flowType: "Flow type",
    tokenUrl: "Token URL",
    scopes: "Scopes",
    parameters: "Parameters",
    pathParameters: "Path Parameters",
    queryParameters: "Query Parameters",
    headerParameters: "Header Parameters",
    cookieParameters: "Cookie Parameters",
    requestBody: "Request Body",
    responses: "Responses",
    headers: "Headers",
    examples: "Examples",
    example: "Example",
    selectExample: "Select example",
    selectResponseExample: "Select response example",
    selectMediaType: "Select media type",
    required: "required",
    deprecated: "deprecated",
    deprecatedBadge: "Deprecated",
    additionalProperties: "additional properties",
    allowedValue: "Allowed value:",
    allowedValues: "Allowed values:",
    anyOf: "Any of",
    oneOf: "One of",
  },
};

const COMPONENTS = "/node_modules/starlight-openapi/components/";

/**
 * The Vite plugin: each listed component is loaded with its English replaced by a look-up of its
 * key. A `load`, not a `transform`: Astro compiles a component in its own transform, before any
 * other plugin's transform sees it.
 */
function localizeComponents() {
  return {
    name: "powercard-openapi-ui-strings",
    enforce: "pre",
    async load(id) {
      const at = id.indexOf(COMPONENTS);
      if (at < 0 || id.includes("?")) return undefined;
      const file = id.slice(at + COMPONENTS.length);
      const replacements = REPLACEMENTS[file];
      if (!replacements) return undefined;
      let code = await readFile(id, "utf8");
      for (const [english, localized] of replacements) {
        if (!code.includes(english))
          throw new Error(
            `starlight-openapi's ${file} no longer contains ${JSON.stringify(english)}: update openapi-ui-strings.mjs`,
          );
        code = code.replaceAll(english, localized);
      }
      return code;
    },
  };
}

const prefixed = (strings) =>
  Object.fromEntries(Object.entries(strings).map(([key, value]) => [`starlight-openapi.${key}`, value]));

/** The Starlight plugin: the UI strings for every locale, and the transform for the build. */
export function openapiUiStrings() {
  return {
    name: "powercard-openapi-ui-strings",
    hooks: {
      "i18n:setup"({ injectTranslations }) {
        injectTranslations(
          Object.fromEntries(Object.entries(OPENAPI_UI_STRINGS).map(([lang, s]) => [lang, prefixed(s)])),
        );
      },
      "config:setup"({ addIntegration }) {
        addIntegration({
          name: "powercard-openapi-ui-strings",
          hooks: {
            "astro:config:setup"({ updateConfig }) {
              updateConfig({ vite: { plugins: [localizeComponents()] } });
            },
          },
        });
      },
    },
  };
}
