// The portal: Starlight docs (zh-CN at the root, English under /en/), the public recharge
// page (src/pages/recharge.astro) and the staff console (src/pages/console.astro: one React island
// with Ant Design). Everything is static; the API server serves dist/.
import react from "@astrojs/react";
import starlight from "@astrojs/starlight";
import { defineConfig, passthroughImageService } from "astro/config";
import starlightLinksValidator from "starlight-links-validator";
import starlightOpenAPI, { openAPISidebarGroups } from "starlight-openapi";
import { cspHashes } from "./csp.mjs";
import { API_REFERENCE_LABEL } from "./src/api-reference-label.mjs";
import { openapiUiStrings } from "./src/openapi-ui-strings.mjs";

const page = (slug, zh, en) => ({ slug, label: zh, translations: { en } });

export default defineConfig({
  // No image processing: the portal has no raster images, and sharp's install script is not run.
  image: { service: passthroughImageService() },
  // Scripts and styles go to files under /_astro/, never inline, so the CSP can say 'self'.
  build: { inlineStylesheets: "never" },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    starlight({
      title: { "zh-CN": "Powercard 开发者中心", en: "Powercard developers" },
      description: "电费充值卡开放接口与自助充值 · Prepaid electricity recharge card API",
      defaultLocale: "root",
      locales: {
        root: { label: "简体中文", lang: "zh-CN" },
        en: { label: "English", lang: "en" },
      },
      plugins: [
        // The reference in each language: Chinese from api/openapi.zh.json (written with the spec
        // by `npm run openapi:write`), English from the spec itself. Each locale's sidebar shows
        // only its own (src/sidebar-locale.ts).
        starlightOpenAPI([
          { base: "api", schema: "../api/openapi.zh.json", sidebar: { label: API_REFERENCE_LABEL.zh } },
          { base: "en/api", schema: "../api/openapi.json", sidebar: { label: API_REFERENCE_LABEL.en } },
        ]),
        // The reference's own headings and labels (Request Body, Responses …) in each language.
        openapiUiStrings(),
        // Fails the build on a broken link or anchor between docs pages. The recharge page and the
        // generated API reference are not docs pages: test/portal/docs-build.test.ts checks
        // every link in dist/, those included.
        starlightLinksValidator({
          errorOnFallbackPages: false,
          exclude: [
            "/recharge",
            "/en/recharge",
            "/recharge/**",
            "/en/recharge/**",
            "/console",
            "/en/console",
            "/api/",
            "/api/**",
            "/en/api/",
            "/en/api/**",
          ],
        }),
      ],
      // Each locale keeps its own reference in the sidebar; the reference's English labels outside
      // its components (sidebar "Overview", table of contents) in the page's language.
      routeMiddleware: ["./src/sidebar-locale.ts", "./src/openapi-route-locale.ts"],
      sidebar: [
        page("index", "概览", "Overview"),
        page("quickstart", "合作方快速入门", "Partner quickstart"),
        {
          label: "概念",
          translations: { en: "Concepts" },
          items: [
            page("concepts/card-states", "卡状态", "Card states"),
            page("concepts/accounts", "充值账户与账务", "Accounts and the ledger"),
            page("concepts/idempotency", "幂等与超时处理", "Idempotency and timeouts"),
            page("concepts/errors", "错误码", "Errors"),
            page("concepts/rate-limits", "频率限制与锁卡", "Rate limits and lockout"),
            page("concepts/keys-and-signatures", "密钥与签名", "Keys and signatures"),
            page("concepts/reconciliation", "对账文件", "Reconciliation"),
            page("concepts/webhooks", "事件通知（Webhook）", "Webhooks"),
          ],
        },
        {
          label: "渠道接入指南",
          translations: { en: "Channel guides" },
          items: [
            page("channels/partners", "银行与电信运营商", "Banks and telcos"),
            page("channels/ivr", "95598 语音（IVR）", "95598 IVR"),
            page("channels/sms", "短信充值", "SMS"),
            page("channels/marketing-system", "营销系统：账户变动流水", "Marketing system: movements"),
          ],
        },
        {
          label: "运维与业务",
          translations: { en: "Operating Powercard" },
          items: [
            page("operations/staff-and-audit", "人员、角色与审计", "Staff, roles and audit"),
            page("operations/channels-and-partners", "渠道与合作方", "Channels and partners"),
            page("operations/public-page-and-limits", "自助充值页与防刷限额", "Public page and limits"),
            page("operations/card-production", "制卡", "Card production"),
            page("operations/card-files", "制卡文件与制卡厂工具", "Card files and the manufacturer tool"),
            page("operations/custody-and-inventory", "卡的保管、调拨与库存", "Custody and inventory"),
            page(
              "operations/sale-freeze-scrap",
              "售卡、冻结、报废与销毁",
              "Sale, freeze, scrap, destruction",
            ),
            page("operations/partner-topups", "直充、对账与事件通知", "Top-ups, reconciliation, webhooks"),
            page("operations/funds", "资金：账簿、解款与电费", "Funds: books, remittance, bills"),
            page("operations/corrections", "冲正与销户退费", "Reversals and refunds"),
            page("operations/customers", "客户资料：从营销系统导入", "Customers from the marketing system"),
            page("operations/deployment", "生产部署", "Production deployment"),
            page("operations/keys-and-rotation", "密钥与轮换", "Keys and their rotation"),
            page("operations/background-jobs", "后台任务与监控", "Background jobs and what to watch"),
          ],
        },
        ...openAPISidebarGroups,
        { label: "自助充值", translations: { en: "Recharge a card" }, link: "/recharge" },
      ],
    }),
    react(),
    cspHashes(),
  ],
});
