/**
 * The API reference in Chinese: each operation's summary and description (by operationId), the
 * tag names, the document's title, and the descriptions of parameters and schemas (by their
 * English text). `npm run openapi:write` writes api/openapi.zh.json from api/openapi.json and
 * these tables; a test fails when an operation, a parameter or a schema has no Chinese text here.
 */
import type { OpenApiTranslation } from "./openapi-localize.ts";

export const INFO_ZH = {
  title: "Powercard 电费充值卡 API",
  description:
    "预付费电费充值卡：验卡，将卡充值到客户的预付费账户，查询账户。金额为整数分（人民币）。错误以 application/problem+json 返回，带稳定的 `code`。涉及资金变动的请求必须带 Idempotency-Key。请求中的任何字符串（路径、查询参数、请求头、请求体、CSV 单元格）都不得包含控制字符（U+0000–U+001F、U+007F–U+009F：也不得有制表符或换行符）或未配对的代理项（unpaired surrogate）：否则返回 400 `validation_failed`，并指明出错的字段。",
} as const;

/** Tag (the reference's sidebar group) → its Chinese name. */
export const TAGS_ZH: Readonly<Record<string, string>> = {
  Customers: "客户档案",
  Corrections: "更正（冲正与退费）",
  "Marketing system": "营销系统",
  Operations: "运维",
  Public: "公开接口",
  Keys: "公钥",
  "Staff sign-in": "员工登录",
  "Partner authentication": "合作方认证",
  "Channel clients": "渠道客户端",
  Recharges: "充值",
  "Top-ups": "直充",
  Partners: "合作方",
  "Channels: 95598 IVR": "渠道：95598 语音（IVR）",
  "Channels: SMS gateway": "渠道：短信网关",
  Cards: "卡片",
  Custody: "卡片流转（发货与分发）",
  Inventory: "库存",
  "Card sales": "售卡",
  "Card ranges": "号段操作（冻结、报废、销毁）",
  Funds: "资金",
  Reports: "报表",
  "Card production": "制卡",
  Accounts: "账户",
  Organisation: "组织机构",
  Staff: "员工",
  "Approvals (maker-checker)": "审批（双人复核）",
  Audit: "审计",
};

/** operationId → Chinese summary and description (Markdown, like the English). */
export const OPERATIONS_ZH: Readonly<Record<string, { summary: string; description: string }>> = {
  createPublicRechargePreview: {
    summary: "在公开自助充值页面预览一笔充值（无需凭证）",
    description:
      "在任何资金变动之前：说明这笔充值将进入谁的账户——户号、户名和用电地址，均经脱敏（张*明，浙江省杭州市西湖区****）——以及在提供 `cardNo` 时，该卡的面值和当前能否使用。不要求输入密码，也不透露任何有关密码的信息。除该次查询的计数外，不写入任何数据。请向付款人显示脱敏户名，待其确认后再充值。\n\n户号不存在返回 404 `customer_not_found`。校验位错误、或电力公司从未发行过的卡号，其 `card.status` 为 `not_genuine`。已销户的账户返回 `acceptsRecharge: false`，且 `refusal` 为 `account_closed`。\n\n即 95598 页面的确认步骤（同源，不使用 CORS）。每次预览都计数：每个 IP 地址（IPv6 按 /64）每 10 分钟 30 次，每个户号每 60 分钟 20 次；超出后返回 429 `rate_limited`，并带 `Retry-After`。\n\n公开：无需凭证。",
  },
  createRechargePreview: {
    summary: "预览一笔充值：脱敏户名和地址、卡的面值（充值第一步）",
    description:
      "在任何资金变动之前：说明这笔充值将进入谁的账户——户号、户名和用电地址，均经脱敏（张*明，浙江省杭州市西湖区****）——以及在提供 `cardNo` 时，该卡的面值和当前能否使用。不要求输入密码，也不透露任何有关密码的信息。除该次查询的计数外，不写入任何数据。请向付款人显示脱敏户名，待其确认后再充值。\n\n户号不存在返回 404 `customer_not_found`。校验位错误、或电力公司从未发行过的卡号，其 `card.status` 为 `not_genuine`。已销户的账户返回 `acceptsRecharge: false`，且 `refusal` 为 `account_closed`。\n\n每次预览都计数（无论是否查到，都会透露一些信息）：每个渠道客户端每 10 分钟 600 次，若该客户端的速率限额在此时间窗内允许的请求数的一半更多，则以该一半为准；每个营业员每 60 分钟 300 次。超出后返回 429 `rate_limited`，并带 `Retry-After`。\n\n调用方：渠道客户端（任意渠道）；角色为 clerk（营业员）的员工。",
  },
  getPublicCardStatus: {
    summary: "这张卡是真卡吗？仅凭卡号查询其状态（无需密码）",
    description:
      "供客户在购买或使用之前识别伪造卡或转卖卡：电力公司是否发行过该卡号，以及该卡是未售出、已售未用、已使用（何时使用，以及脱敏户号）、已锁定、已冻结还是已作废，并附其面值。不涉及任何密码信息。校验位错误的卡号立即答复为 `not_genuine`，并带 `checkDigitValid: false`（输错或编造的号码），且不计数；格式正确但电力公司从未发行过的卡号为 `not_genuine`，并带 `checkDigitValid: true`。\n\n其他每次查询都计数：每个 IP 地址（IPv6 按 /64）每 10 分钟 30 次；超出后返回 429 `rate_limited`，并带 `Retry-After`。\n\n公开：无需凭证。",
  },
  listPublicOutlets: {
    summary: "列出授权营业网点（正规售卡的地点）",
    description:
      "电力公司单位树中的每个营业网点，附其所属供电局和城市（如有登记，还附地址和电话），让客户知道哪里出售正品卡。这是 /v1 中唯一可缓存的应答：`Cache-Control: public, max-age=300`；其中不含任何个人数据。\n\n公开：无需凭证。",
  },
  importCustomers: {
    summary: "导入客户（JSON 批量）",
    description:
      "从营销系统导入客户（户号）：新客户连同其预付费账户一并创建；已有客户只会因更新的 `sourceVersion` 而变更——重复发送的文件或较旧的文件不做任何变更（`unchanged`）。核算单位变更时，客户自 `effectiveFrom` 起归入新单位；充值、直充和电费抵缴仍归属办理时所在的单位。`closed`（销户）关闭账户：此后不再受理充值。每一行要么整行生效，要么整行被拒；被拒的行按行号、字段和原因列出（前 100 行），其余各行照常生效。不使用 Idempotency-Key：版本号本身保证幂等。\n\n每批最多 10000 个客户；`errors` 中的行号为该客户在批次中的位置（从 1 开始）。\n\n调用方：渠道客户端（任意渠道）；角色为 sysadmin（系统管理员）的员工。",
  },
  importCustomersCsv: {
    summary: "导入客户（CSV 文件，流式）",
    description:
      "从营销系统导入客户（户号）：新客户连同其预付费账户一并创建；已有客户只会因更新的 `sourceVersion` 而变更——重复发送的文件或较旧的文件不做任何变更（`unchanged`）。核算单位变更时，客户自 `effectiveFrom` 起归入新单位；充值、直充和电费抵缴仍归属办理时所在的单位。`closed`（销户）关闭账户：此后不再受理充值。每一行要么整行生效，要么整行被拒；被拒的行按行号、字段和原因列出（前 100 行），其余各行照常生效。不使用 Idempotency-Key：版本号本身保证幂等。\n\n请求体为 `Content-Type: text/csv`，即营销系统导出的格式：UTF-8（带或不带 BOM），首行为表头，之后每行一个客户（按 RFC 4180 加引号）。表头给出各列名称，顺序不限，可以是英文（`customer_no,name,phone,address,accounting_unit_id,status,source_version,effective_from`），也可以是导出文件中的名称（户号、户名、电话、地址、核算单位、状态、版本、生效日期）；phone、address 和 effective_from 列可以省略。文件边接收边读取，分块生效，因此一千万个客户的文件也没有问题。表头无效时整个文件被拒绝（400 `customer_file_invalid`）；文件中途不再是合法的 CSV 时，应答 `complete: false`，并带 `stoppedAt`。\n\n调用方：渠道客户端（任意渠道）；角色为 sysadmin（系统管理员）的员工。",
  },
  setUnitStatus: {
    summary: "停用或启用本单位及下级单位中的某个单位",
    description:
      "已停用的单位不接收卡的调拨或发货，也不售卡。有未停用的员工、或有其保管的卡或正在发往该单位途中的卡的单位，不能停用（返回 409，并指明是哪种情况）；您自己所在的单位也不能停用。记入审计。\n\n调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  previewReversal: {
    summary: "查找要冲正的入账：开立案件前查看两位客户的脱敏户名",
    description:
      "按流水号或所用卡的卡号，查找您所在一线某位客户的一笔充值或直充，并显示被误入账客户的脱敏户名和余额、正确客户的脱敏户名，以及当前能否开立案件（是否在时限内、金额是否未被花费、是否没有其他案件）。不做任何变更。\n\n调用方：角色为 clerk（营业员）的员工。",
  },
  openReversalCase: {
    summary: "为误记入错误户号的入账开立冲正案件（冲正 / 退回）",
    description:
      "柜台营业员填写原因并勾选已核验的证据，开立案件。在资金管理员（另一人）于审批待办中批准该案件的申请之前，资金不会变动；批准后，金额通过两笔借贷平衡的账务交易转移（两位客户的账簿中各记一笔），或退回其来源。以下情况拒绝开立：该入账已超过时限（REVERSAL_WINDOW_DAYS，默认 30 天），其金额已不在余额中，该入账已有案件，或正确客户不存在、与原客户相同或已销户。必须提供 Idempotency-Key。\n\n调用方：角色为 clerk（营业员）的员工。",
  },
  listReversalCases: {
    summary: "列出您所在一线客户的冲正案件，最新的在前",
    description: "调用方：角色为 clerk（营业员）、fund_admin（资金管理员）或 auditor（审计员）的员工。",
  },
  getReversalCase: {
    summary: "查询一个冲正案件",
    description: "调用方：角色为 clerk（营业员）、fund_admin（资金管理员）或 auditor（审计员）的员工。",
  },
  openRefundCase: {
    summary: "为已销户账户的余额开立退费案件（销户退费）",
    description:
      "柜台营业员为其所在一线某位客户的已销户账户的全部余额开立案件，并填写退款方式及其参考号。由资金管理员（另一人）在审批待办中批准；批准后在该客户的账簿中记一笔借贷平衡的交易（借记 `customer_prepaid`，贷记 `refunds_payable`），余额最终为 0。必须提供 Idempotency-Key。\n\n调用方：角色为 clerk（营业员）的员工。",
  },
  recordRefundPayout: {
    summary: "登记已执行退费的付款（退费支付）",
    description:
      "款项付出后，资金管理员登记银行转账的参考号或收款人签字的现金凭证号。在该客户的账簿中记一笔借贷平衡的交易（借记 `refunds_payable`，贷记 `settlement_unified`）；案件记录凭证号、登记人和时间。每个案件只登记一次；开立该案件的营业员不能登记。必须提供 Idempotency-Key。\n\n调用方：角色为 fund_admin（资金管理员）的员工。",
  },
  listRefundCases: {
    summary: "列出您所在一线客户的退费案件，最新的在前",
    description: "调用方：角色为 clerk（营业员）、fund_admin（资金管理员）或 auditor（审计员）的员工。",
  },
  getRefundCase: {
    summary: "查询一个退费案件",
    description: "调用方：角色为 clerk（营业员）、fund_admin（资金管理员）或 auditor（审计员）的员工。",
  },
  listMovements: {
    summary: "某个位置之后的预付费账户变动流水",
    description:
      "客户预付费账户的每一笔变动——充值卡充值、直充、电费抵缴，以及冲正、退费等更正带来的变动——每笔只出现一次，顺序一经确定永不改变。从 `after=0` 开始，保存每一页，再用该页的 `next` 继续请求；返回空页表示暂无新变动（几秒后再查）。从您见过的任何位置重放，得到的变动完全相同。晚提交的变动会得到更靠后的位置，所以读取方不会漏掉游标之前的任何一笔。变动在记账后一两秒内出现。\n\n调用方：渠道客户端（任意渠道）。",
  },
  getMovementFile: {
    summary: "某营业日变动的签名文件",
    description:
      "与流水相同的变动，取一个 Asia/Shanghai 营业日，附按类型的合计，以 Powercard 签名的 compact JWS 返回（`Content-Type: application/jose`）：头部为 `alg: EdDSA`、`typ: powercard-movements+jws`、`kid`。请用 `/.well-known/jwks.json` 验证并检查 `typ`；载荷为 `MovementFile`（见 components）。该日结束一小时以上且当日每笔变动都已有位置后，文件为 `final`；在此之前它只覆盖当日到目前为止的变动。\n\n调用方：渠道客户端（任意渠道）。",
  },
  getMetrics: {
    summary: "本实例的 Prometheus 指标（供运维人员使用）",
    description:
      "Prometheus 文本格式的计数器：`powercard_recharge_outcomes_total{channel,outcome}`、`powercard_card_verifications_total{channel,outcome}`、`powercard_rate_limited_total{limit}` 以及进程基础指标。按实例统计，由 Prometheus 汇总。若某一渠道上 `pin_incorrect` 或 `card_not_found` 的增长速率上升，或 `rate_limited` 的增长速率上升，应告警：这是撒网式的猜测攻击。\n\n仅供监控系统使用：设置了 `METRICS_TOKEN` 时，只应答带 `Authorization: Bearer <METRICS_TOKEN>` 的请求；未设置时，只应答来自环回接口、且请求不带任何转发头（即未经代理）的调用方。其他任何人都得到 404，如同该路由不存在。\n\n公开：无需凭证。",
  },
  createPublicRecharge: {
    summary: "在公开自助页面用充值卡充值（无需凭证）",
    description:
      "供 95598 自助充值页面使用，与该页面同源提供（不发送任何 CORS 头，因此其他网站的页面无法在浏览器中调用）。充值本身与 `POST /v1/recharges` 相同，渠道为 `web`。\n\n应答从不透露卡号或户号是否存在：户号不存在、卡号不存在、密码错误和卡已锁定都得到同一个 `recharge_refused`（除 `requestId` 外响应体完全相同）。`card_already_used`、`card_frozen` 和 `card_not_sold` 则如实告知，无论密码是否正确（未售出的卡不比对密码，公开验卡接口也同样告知）。新余额和脱敏户名只在充值成功的响应中显示。\n\n限额在查卡之前计数：每个 IP 地址（IPv6 按 /64）每 10 分钟 10 次拒绝，每个户号每 60 分钟 10 次，每个卡号每 60 分钟 10 次；超出后返回 429 `rate_limited`，并在 `Retry-After` 中给出秒数。此处的失败与柜台和合作银行的失败分开计数：绝不会因此在柜台或合作银行处封锁某个户号；一张卡输错 5 次密码后，只是在自助渠道上不能再用（在柜台仍可充值）。\n\nIdempotency-Key：每次提交生成一个新的（UUID），只在重试同一次提交时重发。由于所有访客共用同一个身份，幂等键按卡号区分作用域。\n\n公开：无需凭证。",
  },
  getLiveness: {
    summary: "存活检查：进程在运行（从不访问数据库）",
    description: "公开：无需凭证。",
  },
  getReadiness: {
    summary: "就绪检查：数据库有应答",
    description:
      "`SELECT 1` 在 1.5 秒内应答时返回 200；数据库无法访问期间返回 503 `service_unavailable`，并带 Retry-After。\n\n公开：无需凭证。",
  },
  getHealth: {
    summary: "就绪检查，同 /health/ready（为已有的监控保留）",
    description: "公开：无需凭证。",
  },
  getJwks: {
    summary: "Powercard 的签名公钥（JWK Set）",
    description: "用这些公钥验证 Powercard 签发的令牌和签名文档，按 `kid` 选择公钥。\n\n公开：无需凭证。",
  },
  login: {
    summary: "用用户名和密码登录",
    description:
      "任何失败都返回 `invalid_credentials`，无论该用户是否存在。连续失败 10 次会将账号锁定 30 分钟。\n\n公开：无需凭证。",
  },
  refreshSession: {
    summary: "用刷新令牌换取一对新令牌",
    description:
      "每个刷新令牌只能使用一次。再次出示已用过的刷新令牌会吊销整个会话。在 cookie 模式下，刷新令牌取自 cookie，且仅当请求带 `X-Session-Mode: cookie` 并来自本站自己的 Origin 时才受理（否则返回 403），新的刷新令牌也写回 cookie。\n\n公开：无需凭证。",
  },
  endCookieSession: {
    summary: "退出 cookie 模式的会话",
    description:
      "结束刷新令牌存放在 cookie 中的会话（如同 `POST /v1/auth/logout` 对请求体中的令牌所做的那样），并清除该 cookie。与刷新一样，需要 `X-Session-Mode: cookie` 和本站的 Origin。\n\n公开：无需凭证。",
  },
  logout: {
    summary: "结束会话",
    description: "公开：无需凭证。",
  },
  changePassword: {
    summary: "修改本人密码（结束您的其他会话）",
    description:
      "必须提供当前密码；当前密码输错时计入登录锁定次数。新密码至少 12 个字符，且不能与当前密码相同。您的其他所有会话立即结束（其刷新令牌被吊销）；您当前登录的会话继续有效。\n\n调用方：角色为 issuer（发卡员）、card_admin（卡管员）、clerk（营业员）、fund_admin（资金管理员）、settlement_officer（结算员）、auditor（审计员）或sysadmin（系统管理员）的员工。",
  },
  getMe: {
    summary: "查询当前身份：用户、单位和角色",
    description:
      "调用方：角色为 issuer（发卡员）、card_admin（卡管员）、clerk（营业员）、fund_admin（资金管理员）、settlement_officer（结算员）、auditor（审计员）或sysadmin（系统管理员）的员工。",
  },
  issueToken: {
    summary: "用签名的客户端断言获取访问令牌（OAuth 2.0 客户端凭证模式，private_key_jwt）",
    description:
      "RFC 6749 客户端凭证授权（client credentials grant），采用 RFC 7523 客户端认证。断言的任何失败都返回 401 `invalid_client`，不签发任何令牌。每个断言（按其 jti）只能使用一次。\n\n公开：无需凭证。",
  },
  listChannelClients: {
    summary: "列出您管理的渠道客户端",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  createChannelClient: {
    summary: "登记渠道客户端（其 API 密钥只显示一次）",
    description:
      "API 密钥供电力公司自己的网关使用（柜台终端、IVR、短信、网站）。合作方没有 API 密钥：请登记其公钥（`POST /v1/channel-clients/{clientId}/keys`），合作方凭此公钥在 `POST /v1/oauth/token` 进行认证。\n\n调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  getChannelClient: {
    summary: "查询一个渠道客户端及其公钥",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  updateChannelClient: {
    summary: "暂停或恢复客户端，修改其允许的操作或频率限额",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  registerChannelClientKey: {
    summary: "登记合作方用于签署客户端断言的公钥（JWK）",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  revokeChannelClientKey: {
    summary: "吊销合作方公钥",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  rotateChannelClientApiKey: {
    summary: "更换自有渠道的 API 密钥（新密钥只显示一次）",
    description:
      "此后旧密钥即被拒绝（CLIENT_CACHE_MS 即 2 秒内在所有 API 实例上生效）。合作方没有 API 密钥：请改为登记或吊销其公钥。\n\n调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  createRecharge: {
    summary: "用充值卡为客户的预付费账户充值",
    description:
      "一次性使用一张已售出的卡，并以原子方式将其面值记入客户的预付费账户。密码错误计入该卡的锁定次数（输错 5 次即锁定）。卡号不存在与密码错误得到相同的应答：`pin_incorrect`。在除柜台以外的所有渠道，失败（密码错误、卡号或户号不存在、卡已锁定）按客户端和户号限次；超出限额返回 429 `rate_limited`，并带 Retry-After。若调用超时，可用 `GET /v1/recharges/by-idempotency-key/{key}` 查询结果，或以相同的 Idempotency-Key 重发同一请求。\n\n调用方：渠道客户端（任意渠道）；角色为 clerk（营业员）的员工。",
  },
  listCounterRecharges: {
    summary: "列出您本人某营业日办理的柜台充值，最新的在前（用于补打凭条）",
    description:
      "柜台营业员只能看到自己办理的充值，附客户的脱敏户名。`businessDate` 为 Asia/Shanghai 时区的日期。\n\n调用方：角色为 clerk（营业员）的员工。",
  },
  getRechargeByIdempotencyKey: {
    summary: "查询一笔充值请求的结果",
    description:
      "供充值调用超时的渠道使用。404 表示该请求从未生效：请以相同的 Idempotency-Key 重发。\n\n调用方：渠道客户端（任意渠道）；角色为 clerk（营业员）的员工。",
  },
  getRecharge: {
    summary: "查询本客户端办理的一笔充值",
    description: "调用方：渠道客户端（任意渠道）；角色为 clerk（营业员）的员工。",
  },
  createTopup: {
    summary: "将您已收取的款项记入客户的预付费账户（直充）",
    description:
      "供自行向客户收款的银行或电信运营商使用：金额立即记入客户的预付费账户，这笔钱由您欠付电力公司——它出现在您的每日净额（`GET /v1/partners/me/daily-net`）和对账文件中。单笔直充最多 500,000 元。若调用超时，以相同的 Idempotency-Key 重发同一请求：返回的是第一次的应答。一个 partnerReference 最多记一笔直充：若以另一个 Idempotency-Key 再次发送，将被拒绝，返回 409 `partner_reference_reused`，其 detail 指明第一笔直充的 id。\n\n调用方：渠道客户端（partner）。",
  },
  getTopup: {
    summary: "查询您办理的一笔直充",
    description: "调用方：渠道客户端（partner）。",
  },
  getReconciliationFile: {
    summary: "获取您某营业日的签名对账文件",
    description:
      "您在一个 Asia/Shanghai 营业日内办理的每一笔充值和直充，附笔数和合计，以 Powercard 签名的紧凑 JWS（`Content-Type: application/jose`）返回：头部为 `alg: EdDSA`、`typ: powercard-reconciliation+jws`、`kid`。请用 `/.well-known/jwks.json` 验签，并检查 `typ` 和 `clientId`；载荷为 `ReconciliationFile`（见 components）。当天的文件涵盖当天截至目前的交易；没有交易的日子也返回一个签名文件，其中的列表为空。\n\n调用方：渠道客户端（partner）。",
  },
  getDailyNet: {
    summary: "查询您某营业日的净额",
    description:
      "您在一个 Asia/Shanghai 营业日内办理的充值和直充的笔数与合计，以及您为此应付的金额。当天的数字涵盖当天截至目前的交易。\n\n调用方：渠道客户端（partner）。",
  },
  setWebhook: {
    summary: "登记您的 webhook 接收地址",
    description:
      "充值和直充事件（`recharge.succeeded`、`topup.succeeded`），以及员工冲正了您误记入错误客户账户的某笔入账时的 `reversal.executed`，均以 Powercard 签名的紧凑 JWS（`Content-Type: application/jose`，头部 `typ: powercard-event+jws`）POST 到该 URL：在信任之前，请按 `kid` 用 `/.well-known/jwks.json` 验签。载荷为 `{id, type, clientId, createdAt, data}`，其中 `data` 是 API 所返回的那笔充值或直充。请在 5 秒内应答 2xx；不跟随重定向。其他任何情况都按退避间隔重试（10 秒、30 秒、2 分钟、10 分钟、30 分钟、1 小时、2 小时、3 小时、4 小时、6 小时、6 小时：约一天内共 12 次尝试），之后放弃该事件。投递为“至少一次”：请按事件 `id` 去重。每次尝试都发往该次尝试时已登记的 URL。\n\n调用方：渠道客户端（partner）。",
  },
  listWebhookEvents: {
    summary: "列出您最近的 webhook 事件及其投递尝试，最新的在前",
    description:
      "已投递或已放弃的事件及其尝试记录，自最后一次尝试起保留 30 天；待投递的事件始终列出。\n\n调用方：渠道客户端（partner）。",
  },
  ivrConfirmCustomer: {
    summary: "IVR：确认来电者按键输入的户号",
    description:
      "95598 电话充值的第一步：来电者先听到脱敏户名，再继续操作。每种业务结果都返回 200，带 `ok` 和 `speak`（供 TTS 播报的 zh-CN 文本）；4xx 表示 IVR 自身发送的内容有误。\n\n调用方：渠道客户端（ivr）。",
  },
  ivrRecharge: {
    summary: "IVR：用电话按键输入的充值卡充值",
    description:
      "一次性使用一张已售出的卡，并将其面值记入客户的预付费账户，与 `POST /v1/recharges` 完全相同（渠道记为 `ivr`）。此处 Idempotency-Key 请求头可选：不带时，幂等键由 `callId` 和按键输入的数字派生，因此超时后重发同一请求仍只算一笔充值，而同一通电话中换一张卡或改正密码则是一次新的尝试。每种业务结果都返回 200，带 `ok` 和 `speak`（供 TTS 播报的 zh-CN 文本）；4xx 表示 IVR 自身发送的内容有误。\n\n调用方：渠道客户端（ivr）。",
  },
  ivrBalance: {
    summary: "IVR：查询户号的余额",
    description:
      "预付费余额，以分为单位，并附文字读法。每种业务结果都返回 200，带 `ok` 和 `speak`（供 TTS 播报的 zh-CN 文本）；4xx 表示 IVR 自身发送的内容有误。\n\n调用方：渠道客户端（ivr）。",
  },
  smsInbound: {
    summary: "短信网关：应答一条上行短信",
    description:
      "短信网关把客户发到服务号码的每条短信都 POST 过来；响应即为要回复给客户的短信。指令如下（关键字不区分大小写，可用全角字符或中文）：\n\n- `CZ <户号> <卡号> <密码>` 或 `充值 …`：用充值卡充值（渠道 `sms`）；\n- `YE <户号>` 或 `余额 …`：查询余额，只发送到该户登记的手机号；\n- `HELP`、`BZ`、`帮助`、`?`：简短帮助。其他任何内容也以帮助作答。\n\n每条短信都以 200 作答并附回复；只有凭证问题，以及请求体不是此处所述的 JSON，才返回 4xx。\n\n调用方：渠道客户端（sms）。",
  },
  verifyCard: {
    summary: "校验卡号与密码（不使用卡）",
    description:
      "返回卡的面值以及能否充值。密码错误与充值时一样计入锁定次数；卡号不存在与密码错误得到相同的应答。失败与充值一样计入您客户端的失败限额。\n\n调用方：渠道客户端（任意渠道）；角色为 clerk（营业员）的员工。",
  },
  requestCardUnlock: {
    summary: "申请解锁因密码错误被锁定的卡（由另一位卡管员审批）",
    description:
      "发起一个类型为 `card_unlock` 的审批（双人复核）申请；当管辖该卡所属单位的另一位 card_admin 批准后，卡恢复到锁定前的状态，并重新开始计数密码尝试次数。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  getCard: {
    summary: "查询本单位及下级单位的一张卡：状态、批次、保管、售出、使用和流转记录",
    description:
      "供卡管员、发卡员和审计员查询其下辖单位所拥有的卡。使用该卡的户号做脱敏处理。绝不返回任何密码信息（既不含密码，也不含其 HMAC）。单位树中其他分支的卡返回 404 `card_not_found_for_staff`，与不存在的卡完全相同。\n\n调用方：角色为 card_admin（卡管员）、issuer（发卡员）或auditor（审计员）的员工。",
  },
  createShipment: {
    summary: "将制卡订单中制卡厂的各箱卡发往市局",
    description:
      "每一箱中的每张卡都必须处于 `generated` 状态、属于该订单的某个批次，并在本单位及下级单位范围内；这些卡变为 `in_transit`，所属单位变为该市局。各箱不得重叠。所有箱子要么全部发出，要么一箱也不发。\n\n调用方：角色为 issuer（发卡员）的员工。",
  },
  listShipments: {
    summary: "列出发往某单位或其任一下级单位的发货，最新的在前",
    description: "调用方：角色为 issuer（发卡员）、card_admin（卡管员）或auditor（审计员）的员工。",
  },
  getShipment: {
    summary: "查询发往本单位及下级单位的一笔发货及其各箱",
    description: "调用方：角色为 issuer（发卡员）、card_admin（卡管员）或auditor（审计员）的员工。",
  },
  receiveShipment: {
    summary: "将到达的箱子验收入市局库存",
    description:
      "列出已到达的箱子。恰好等于该发货中某一箱的号段即验收入库（其中的卡变为 `in_stock`）；未列出的箱子仍在途，报告为 `missing`；列出的号段若不是该发货中的任何一箱，则报告为 `unexpected`，不做任何处理。若列出的箱子中有已入库的，整个验收被拒绝（409），不做任何变更。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  sendCards: {
    summary: "将一段卡分发给下级单位或营业员",
    description:
      "该号段必须在发出单位自己的库存中（`in_stock`，未领给任何营业员）。`toUnitId` 是 `fromUnitId` 的直属下级单位；卡发给该单位自己的某位营业员时，则为 `fromUnitId` 本身；`toUserId` 指定 `toUnitId` 的一位营业员。在接收方确认之前，这些卡处于 `in_transfer` 状态。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  listCardTransfers: {
    summary: "列出某单位发出或收到的分发，最新的在前",
    description: "调用方：角色为 card_admin（卡管员）、clerk（营业员）或auditor（审计员）的员工。",
  },
  getCardTransfer: {
    summary: "查询发往本单位及下级单位的一笔分发",
    description: "调用方：角色为 card_admin（卡管员）、clerk（营业员）或auditor（审计员）的员工。",
  },
  receiveCardTransfer: {
    summary: "确认领用一笔分发",
    description:
      "发往单位的分发，由管辖该单位的 card_admin（发出人除外）确认领用；发往营业员的分发只能由该营业员本人确认。这些卡成为接收单位的在库卡（`in_stock`），若指定了营业员则由该营业员持有。\n\n调用方：角色为 card_admin（卡管员）或clerk（营业员）的员工。",
  },
  getInventory: {
    summary: "某单位及其下级单位的卡，按单位 × 面值 × 状态统计",
    description:
      "每张卡计入其所属单位：在途的卡计入其发往的市局，营业员持有的卡计入该营业员所在单位。没有卡的单位不出现在结果中。\n\n调用方：角色为 card_admin（卡管员）、issuer（发卡员）或auditor（审计员）的员工。",
  },
  checkCardConservation: {
    summary: "逐批次核对：制卡数 = 该批次所有状态下卡的合计（张数和金额）",
    description:
      "涵盖以已知数量制作（制卡订单）、且供本单位及下级单位使用的批次。当一个批次的各行卡合计等于其数量、且等于数量 × 面值时，该批次为 `balanced`；每个批次都平衡时，顶层的 `balanced` 为 true。\n\n调用方：角色为 issuer（发卡员）或auditor（审计员）的员工。",
  },
  createCardSale: {
    summary: "在您的营业网点出售一张或一段卡",
    description:
      "每张卡都必须在您营业网点的库存中、未分配或已领给您本人，且其批次的销售截止日（如有）尚未过去（按 Asia/Shanghai）。这些卡变为 `sold`——此后才能充值——售卡金额记为您营业网点应解缴的现金（对方科目为卡沉淀资金）；以上全部一起完成，或全部不做。若调用超时，以相同的 Idempotency-Key 重发：返回的是第一次的应答。\n\n调用方：角色为 clerk（营业员）的员工。",
  },
  listCardSales: {
    summary: "列出本单位及下级单位的售卡，最新的在前",
    description:
      "调用方：角色为 clerk（营业员）、card_admin（卡管员）、fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  getCardSale: {
    summary: "查询本单位及下级单位的一笔售卡",
    description:
      "调用方：角色为 clerk（营业员）、card_admin（卡管员）、fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  freezeCardRange: {
    summary: "冻结挂失（丢失或被盗）的号段",
    description:
      "在途、在库或已售出的卡变为 `frozen`：在解冻之前，不能出售、充值（`card_frozen`）、分发或发货。每张卡都记住自己冻结前的状态。号段中的每张卡都必须归属于本单位及下级单位，且处于该操作允许的状态；否则返回 409 `card_range_not_eligible`，说明受阻的原因，不做任何变更。可选的 Idempotency-Key 使重试（双击、超时）返回第一次的结果；同一幂等键配不同的请求体返回 422。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  unfreezeCardRange: {
    summary: "解冻已找回的号段",
    description:
      "每张卡恢复到被冻结时的原有状态。号段中的每张卡都必须归属于本单位及下级单位，且处于该操作允许的状态；否则返回 409 `card_range_not_eligible`，说明受阻的原因，不做任何变更。可选的 Idempotency-Key 使重试（双击、超时）返回第一次的结果；同一幂等键配不同的请求体返回 422。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  scrapCardRange: {
    summary: "报废未售出的卡（损坏或已过销售截止日）",
    description:
      "在库的卡变为 `scrapped`；之后通过销毁申请、经另一位卡管员审批后销毁。号段中的每张卡都必须归属于本单位及下级单位，且处于该操作允许的状态；否则返回 409 `card_range_not_eligible`，说明受阻的原因，不做任何变更。可选的 Idempotency-Key 使重试（双击、超时）返回第一次的结果；同一幂等键配不同的请求体返回 422。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  requestCardDestruction: {
    summary: "申请销毁已报废的号段（由另一位卡管员审批）",
    description:
      "发起一个类型为 `card_destruction` 的审批（双人复核）申请。号段中的每张卡都必须在本单位及下级单位范围内且为 `scrapped`。当管辖这些卡所属单位的另一位卡管员批准（`POST /v1/approvals/{approvalId}/approve`）时，该号段在同一事务中变为 `destroyed`；若届时有卡已不再处于报废状态，审批失败，返回 409，不做任何变更。可选的 Idempotency-Key 使重试（双击、超时）返回第一次的结果；同一幂等键配不同的请求体返回 422。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  declareRemittance: {
    summary: "申报营业网点的售卡解款",
    description:
      "申报本单位及下级单位的某个营业网点为某一营业日存入结算中心统一账户的现金。结算中心确认之前不记账。金额不得超过该网点已售卡而尚未解款的金额（已确认的解款和等待处理的申报都计算在内）；同一网点的并发申报逐笔串行处理。超时后以相同的 Idempotency-Key 重发：返回的是第一次的应答。\n\n调用方：角色为 fund_admin（资金管理员）的员工。",
  },
  listRemittances: {
    summary: "列出本单位及下级单位的解款，最新的在前",
    description:
      "调用方：角色为 fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  getRemittance: {
    summary: "查询本单位及下级单位的一笔解款",
    description:
      "调用方：角色为 fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  confirmRemittance: {
    summary: "确认银行对账单上已到账的解款",
    description:
      "结算中心核对其银行对账单后，确认本单位及下级单位已申报的一笔解款；申报人不能确认自己申报的解款。在该营业网点的账簿中记一笔借贷平衡的账务交易：借记 `settlement_unified`，贷记该网点的 `outlet_card_cash`。必须提供 Idempotency-Key。\n\n调用方：角色为 settlement_officer（结算员）的员工。",
  },
  rejectRemittance: {
    summary: "退回银行对账单上未到账的解款",
    description:
      "退回本单位及下级单位已申报的一笔解款，并写明原因；不记账，该金额可以重新申报。申报人不能退回自己申报的解款。\n\n调用方：角色为 settlement_officer（结算员）的员工。",
  },
  createSettlementRun: {
    summary: "计算某月的资金返还并提交审批",
    description:
      "由结算中心（根单位）的结算员按核算单位计算：其客户在截至本期末的营业日内通过卡充值和合作方直充入账的金额，减去已审批的资金返还此前已返还给该单位的金额；并计算统一账户的余额和缺口。不记账：本次返还发起一个审批（类型 `settlement_run`），由另一位结算员以 `POST /v1/approvals/{approvalId}/approve` 或 `/reject` 决定。审批通过后，每个单位记一笔账务交易（借记 `unit_fee_account`，贷记 `settlement_unified`）；如有缺口，统一账户余额按比例分配，其余部分仍为应返还。每个期间只能有一次返还（被驳回的除外），且同一时间只能有一次未决的返还：否则返回 409，并指明已有的那一次。不使用 Idempotency-Key：期间本身就是幂等键。\n\n调用方：角色为 settlement_officer（结算员）的员工。",
  },
  listSettlementRuns: {
    summary: "列出资金返还批次，最新的期间在前",
    description:
      "本单位及下级单位发起的资金返还批次，可只列某一期间（包括已驳回的批次）。\n\n调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）或auditor（审计员）的员工。",
  },
  getSettlementRun: {
    summary: "查询一个资金返还批次及其明细行",
    description:
      "调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）或auditor（审计员）的员工。",
  },
  getRemittanceVariance: {
    summary: "按营业网点和营业日统计的解款差异",
    description:
      "针对本单位及下级单位（或 `unitId` 及其下级单位）的每个营业网点，以及 [from, to] 内有售卡或解款的每个营业日：售卡、已申报、已确认，以及累计未解款（自该网点开业以来的售卡 − 已确认）。最多 366 天。默认返回 JSON；使用 `Accept: text/csv` 或 `?format=csv` 时返回 CSV（流式输出，表头为 `outlet_unit_id,outlet_name,business_date,sold_fen,declared_fen,confirmed_fen,outstanding_fen`）。\n\n使用 `?format=xlsx` 或 `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时，以 Excel 工作簿返回同一报表：中文表头（`lang=en` 时为英文），金额以元计，为格式 `0.00` 的数值，日期为日期类型，合计行在最后。CSV 以 UTF-8 BOM 开头，行尾为 CRLF，因此 Excel 会按 UTF-8 打开。两者都带有 `Content-Disposition`，注明报表、单位和日期。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  getDailySales: {
    summary: "按营业日、营业网点和营业员统计的售卡",
    description:
      "按营业日 × 营业网点 × 营业员统计售出的卡数及其面值，范围为本单位及下级单位（或 `unitId` 及其下级单位）的营业网点，数据取自售卡记录，附合计。最多 366 天。默认返回 JSON；使用 `Accept: text/csv` 或 `?format=csv` 时返回 CSV（流式输出，表头为 `business_date,outlet_unit_id,outlet_name,clerk_id,clerk_name,card_count,amount_fen`，最后一行的 business_date 为 `total`）。\n\n使用 `?format=xlsx` 或 `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时，以 Excel 工作簿返回同一报表：中文表头（`lang=en` 时为英文），金额以元计，为格式 `0.00` 的数值，日期为日期类型，合计行在最后。CSV 以 UTF-8 BOM 开头，行尾为 CRLF，因此 Excel 会按 UTF-8 打开。两者都带有 `Content-Disposition`，注明报表、单位和日期。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）或auditor（审计员）的员工。",
  },
  getCardFloat: {
    summary: "按批次统计的卡沉淀资金及其账龄",
    description:
      "营业日 `asOf`（默认为今天）结束时已售出但尚未使用的卡（即卡沉淀资金），按批次统计：张数和金额，按自售出起的账龄分段，以及该批次的销售截止日；范围为本单位及下级单位（或 `unitId` 及其下级单位）的营业网点售出的卡，附合计。就全省而言，合计金额等于总账中 card_float 账户的余额。默认返回 JSON；使用 `Accept: text/csv` 或 `?format=csv` 时返回 CSV（流式输出，表头为 `batch_id,face_value_fen,sell_by,card_count,value_fen,age_0_30_count,age_0_30_fen,age_31_90_count,age_31_90_fen,age_91_365_count,age_91_365_fen,age_over_365_count,age_over_365_fen`，最后一行的 batch_id 为 `total`）。\n\n使用 `?format=xlsx` 或 `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时，以 Excel 工作簿返回同一报表：中文表头（`lang=en` 时为英文），金额以元计，为格式 `0.00` 的数值，日期为日期类型，合计行在最后。CSV 以 UTF-8 BOM 开头，行尾为 CRLF，因此 Excel 会按 UTF-8 打开。两者都带有 `Content-Disposition`，注明报表、单位和日期。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）、auditor（审计员）或card_admin（卡管员）的员工。",
  },
  getRechargesByChannel: {
    summary: "按营业日和渠道统计的充值和直充",
    description:
      "按营业日 × 渠道统计卡充值的笔数和金额，合作方直充作为渠道 `partner_topup` 列出；范围为您所辖核算单位（或 `unitId` 及其下级单位）的客户（省级调用方可看到全部客户），附合计。最多 366 天。默认返回 JSON；使用 `Accept: text/csv` 或 `?format=csv` 时返回 CSV（流式输出，表头为 `business_date,channel,count,amount_fen`，最后一行的 business_date 为 `total`）。\n\n使用 `?format=xlsx` 或 `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时，以 Excel 工作簿返回同一报表：中文表头（`lang=en` 时为英文），金额以元计，为格式 `0.00` 的数值，日期为日期类型，合计行在最后。CSV 以 UTF-8 BOM 开头，行尾为 CRLF，因此 Excel 会按 UTF-8 打开。两者都带有 `Content-Disposition`，注明报表、单位和日期。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）或auditor（审计员）的员工。",
  },
  getSettlementHistory: {
    summary: "某一月份范围内的资金返还批次，按核算单位明细行列出",
    description:
      "[from, to] 各月的每个资金返还批次——包括已驳回和待审批的批次，并注明其状态——每个批次 × 本单位及下级单位（或 `unitId` 及其下级单位）的每个核算单位明细行为一行：该明细行的充值、直充、冲正退费（转入的冲正减去转出的冲正和销户退费）、以前已返还、应返还和本次返还，旁边是批次本身的数字（应返还、统一账户余额、缺口、已返还；仅向结算中心的员工显示，他们也能查看批次本身）。若查询范围覆盖结算中心，在该范围内没有明细行的批次出现一次，单位各列为空。按期间和创建时间排序。`totals.returnedFen` 是所列各明细行的返还金额之和。最多 36 个月，否则返回 400 `report_range_invalid`。默认返回 JSON；使用 `Accept: text/csv` 或 `?format=csv` 时返回 CSV（流式输出，表头为 `period,run_id,state,created_at,created_by,created_by_name,decided_at,unit_id,unit_name,recharges_fen,topups_fen,corrections_fen,returned_before_fen,due_fen,returned_fen,run_due_fen,run_unified_balance_fen,run_shortfall_fen,run_returned_fen`，最后一行的 period 为 `total`，只含 returned_fen）。\n\n使用 `?format=xlsx` 或 `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时，以 Excel 工作簿返回同一报表：中文表头（`lang=en` 时为英文），金额以元计，为格式 `0.00` 的数值，日期为日期类型，合计行在最后。CSV 以 UTF-8 BOM 开头，行尾为 CRLF，因此 Excel 会按 UTF-8 打开。两者都带有 `Content-Disposition`，注明报表、单位和日期。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）或auditor（审计员）的员工。",
  },
  getMonthlyClearing: {
    summary: "按核算单位的月度清算表",
    description:
      "针对本单位及下级单位（或 `unitId` 之下）的每个核算单位：售卡、已解款、其客户的充值和直充、从余额缴付的电费账单、当月资金返还批次返还的资金、其已售未用卡的沉淀资金，以及跨单位用卡矩阵（在一个单位售出、由另一单位的客户使用的卡）。月份为 Asia/Shanghai 营业月。\n\n默认返回 JSON。使用 `Accept: text/csv` 或 `?format=csv` 时，清算表以两张可直接用于电子表格的表返回，每张各为一个 CSV 文件，以便在 Excel 中作为普通表格打开（排序、筛选、数据透视）：`?part=units`（默认），每个核算单位一行，张数和金额各占一列（表头为 `period,unit_id,unit_name,cards_sold_count,cards_sold_fen,remitted_fen,recharge_count,recharge_fen,topup_count,topup_fen,bills_paid_fen,returned_fen,float_count,float_fen`）；以及 `?part=cross-unit`，每个售卡单位 × 客户所属单位一行，附两个单位的名称（表头为 `period,sold_in_unit_id,sold_in_unit_name,used_in_unit_id,used_in_unit_name,recharge_count,recharge_fen`）。每一行都带有期间，因此可以把多个月份追加到同一张工作表中。没有合计行：JSON 也没有合计。`part` 对 JSON 不起作用（JSON 同时包含两部分），对 XLSX（`?format=xlsx`）也不起作用（工作簿同时包含两张表，各占一个工作表）。\n\n使用 `?format=xlsx` 或 `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时，以 Excel 工作簿返回同一报表：中文表头（`lang=en` 时为英文），金额以元计，为格式 `0.00` 的数值，日期为日期类型，合计行在最后。CSV 以 UTF-8 BOM 开头，行尾为 CRLF，因此 Excel 会按 UTF-8 打开。两者都带有 `Content-Disposition`，注明报表、单位和日期。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）或auditor（审计员）的员工。",
  },
  getUnitDashboard: {
    summary: "单位当日概览（控制台的看板）",
    description:
      "针对本单位及下级单位（或 `unitId` 及其下级单位）：今日售卡（合计及各营业网点）、今日各渠道的充值和直充、当前的卡沉淀资金（按账龄），以及其营业网点已申报但仍未处理的解款（全部的笔数和金额，列出最早的 50 笔）。这些数字与日销售、分渠道充值和卡沉淀资金三张报表当天的数字一致。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 settlement_officer（结算员）、fund_admin（资金管理员）或auditor（审计员）的员工。",
  },
  importBills: {
    summary: "导入电费账单（JSON 批量）",
    description:
      "以幂等方式导入您所辖核算单位客户的电费账单，最多 1000 张：之前已导入且内容相同的账单 id 报告为 `duplicate`，不做任何变更；若客户、期间或金额不同，则为 `rejected`（`bill_conflict`）。每张新账单都记账（客户欠款：借记 `electricity_receivable`，贷记该单位的 `unit_electricity_revenue`），然后从客户的预付费余额中缴付其未缴账单，最早的期间优先——最后缴到的一张可能只缴付一部分。之后的充值和直充再缴付仍未缴清的部分。必须提供 Idempotency-Key。\n\n调用方：角色为 fund_admin（资金管理员）或settlement_officer（结算员）的员工。",
  },
  importBillsCsv: {
    summary: "导入电费账单（CSV 文件）",
    description:
      "以幂等方式导入您所辖核算单位客户的电费账单，最多 1000 张：之前已导入且内容相同的账单 id 报告为 `duplicate`，不做任何变更；若客户、期间或金额不同，则为 `rejected`（`bill_conflict`）。每张新账单都记账（客户欠款：借记 `electricity_receivable`，贷记该单位的 `unit_electricity_revenue`），然后从客户的预付费余额中缴付其未缴账单，最早的期间优先——最后缴到的一张可能只缴付一部分。之后的充值和直充再缴付仍未缴清的部分。必须提供 Idempotency-Key。\n\n请求体为 `Content-Type: text/csv`：表头为 `bill_id,customer_no,period,amount_fen`，之后每行一张账单；任何一行格式错误都会使整个文件被拒绝（400，并指明出错的行）。\n\n调用方：角色为 fund_admin（资金管理员）或settlement_officer（结算员）的员工。",
  },
  listCustomerBills: {
    summary: "列出某客户的电费账单，最新的在前",
    description:
      "供该客户所属核算单位、其上级单位以及其下属营业网点和供电所的员工查询。\n\n调用方：角色为 clerk（营业员）、fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  registerManufacturer: {
    summary: "登记制卡厂及其公钥",
    description:
      "公钥在此直接提供，绝不从 URL 获取。私钥会被拒绝。\n\n调用方：角色为 issuer（发卡员）的员工。",
  },
  listManufacturers: {
    summary: "列出已登记的制卡厂",
    description: "调用方：角色为 issuer（发卡员）或auditor（审计员）的员工。",
  },
  createProductionRequest: {
    summary: "市局申请制作一种面值的卡",
    description: "调用方：角色为 card_admin（卡管员）的员工。",
  },
  listProductionRequests: {
    summary: "列出本单位及下级单位的制卡申请",
    description: "调用方：角色为 card_admin（卡管员）、issuer（发卡员）或auditor（审计员）的员工。",
  },
  createProductionPlan: {
    summary: "将待编入计划的申请编成制作计划（由另一位发卡员审批）",
    description:
      "发起一个类型为 `production_plan` 的审批（双人复核）申请；批准（由另一位发卡员调用 POST /v1/approvals/{id}/approve）后该计划即可下单，驳回则其申请重新变为待编入计划。\n\n调用方：角色为 issuer（发卡员）的员工。",
  },
  listProductionPlans: {
    summary: "列出本单位及下级单位的制作计划及其明细行",
    description: "调用方：角色为 issuer（发卡员）或auditor（审计员）的员工。",
  },
  getProductionPlan: {
    summary: "查询一个制作计划及其明细行",
    description: "调用方：角色为 issuer（发卡员）或auditor（审计员）的员工。",
  },
  createProductionOrder: {
    summary: "为已批准的计划下单：生成卡和加密卡数据文件",
    description:
      "在一个事务中完成：每个计划明细行成为一个批次，拥有自己的卡号段；生成卡（状态 `generated`，密码只以带密钥的 HMAC 形式存储）；含密码的印制文件由 Powercard 签名（JWS，EdDSA，公钥见 /.well-known/jwks.json），并按制卡厂的公钥加密（JWE ECDH-ES+A256KW / A256GCM）。大计划需要数秒（一百万张卡：远低于 20 秒）。\n\n调用方：角色为 issuer（发卡员）的员工。",
  },
  listProductionOrders: {
    summary: "列出本单位及下级单位的制卡订单及其批次和卡数据文件",
    description: "调用方：角色为 issuer（发卡员）或auditor（审计员）的员工。",
  },
  getProductionOrder: {
    summary: "查询一个制卡订单及其批次",
    description: "调用方：角色为 issuer（发卡员）或auditor（审计员）的员工。",
  },
  downloadCardFile: {
    summary: "下载一份供制卡厂使用的加密卡数据文件（记入审计）",
    description:
      "一个订单的卡分成若干文件，每个约 200,000 张卡（见订单中的 `files`）。每个文件是一个只有制卡厂能解密的紧凑 JWE（`Content-Type: application/jose`）；用 `npm run manufacturer -- open` 打开。每次下载都记入审计日志。\n\n调用方：角色为 issuer（发卡员）的员工。",
  },
  acknowledgeCardFile: {
    summary: "登记制卡厂对一份卡数据文件的签名回执",
    description:
      "回执注明订单、该文件的卡数及其印制文件的哈希，并以制卡厂已登记的密钥签名。订单的每个文件都已确认时，订单变为 `acknowledged`。\n\n调用方：角色为 issuer（发卡员）的员工。",
  },
  getAccount: {
    summary: "查询客户的预付费账户：余额、脱敏户名、核算单位",
    description:
      "即渠道在资金变动前向付款人显示的内容：脱敏户名和余额，适用于任何客户。员工可查看其所在核算单位一线（该核算单位、其上级单位、其营业网点和供电所）客户的账户，并附核算单位；柜台营业员为办理业务，可读取任何客户的脱敏户名和余额。其他任何客户都返回 404，与不存在的客户相同。\n\n调用方：渠道客户端（任意渠道）；角色为 clerk（营业员）或auditor（审计员）的员工。",
  },
  listAccountTransactions: {
    summary: "列出预付费账户的资金变动，最新的在前",
    description:
      "渠道客户端只能看到自己在该账户上的变动：它办理的充值和直充（若没有则为空页）。该客户所属核算单位一线的员工可看到每一笔变动。其他任何调用方都得到 404，与不存在的客户相同。\n\n允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：渠道客户端（任意渠道）；角色为 clerk（营业员）或auditor（审计员）的员工。",
  },
  listUnits: {
    summary: "列出本单位及下级单位",
    description:
      "调用方：角色为 issuer（发卡员）、card_admin（卡管员）、clerk（营业员）、fund_admin（资金管理员）、settlement_officer（结算员）、auditor（审计员）或sysadmin（系统管理员）的员工。",
  },
  createUnit: {
    summary: "在您的某个单位下新增下级单位",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  getUnit: {
    summary: "查询本单位及下级单位中的一个单位",
    description:
      "调用方：角色为 issuer（发卡员）、card_admin（卡管员）、clerk（营业员）、fund_admin（资金管理员）、settlement_officer（结算员）、auditor（审计员）或sysadmin（系统管理员）的员工。",
  },
  renameUnit: {
    summary: "为本单位及下级单位中的单位改名",
    description:
      "只改名称：编码、类别和在单位树中的位置不变。\n\n调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  listUnitStaff: {
    summary: "列出本单位及下级单位中某单位的在岗员工（供选择器使用）",
    description:
      "只返回选择器需要的字段（id、用户名、显示名称、单位、角色）。本单位及下级单位以外的单位按不存在处理。\n\n调用方：角色为 card_admin（卡管员）的员工。",
  },
  listUsers: {
    summary: "列出本单位及下级单位的员工",
    description: "调用方：角色为 sysadmin（系统管理员）或auditor（审计员）的员工。",
  },
  createUser: {
    summary: "在本单位及下级单位中新建员工用户",
    description:
      "card_admin 和 fund_admin 不能由同一人担任；sysadmin 不再担任任何其他角色。\n\n调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  getUser: {
    summary: "查询本单位及下级单位的一位用户",
    description: "调用方：角色为 sysadmin（系统管理员）或auditor（审计员）的员工。",
  },
  setUserRoles: {
    summary: "替换用户的角色",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  unlockUser: {
    summary: "解除登录锁定",
    description: "调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  setUserStatus: {
    summary: "停用或重新启用用户",
    description:
      "停用会立即结束该用户的所有会话（其刷新令牌被吊销，不再受理其任何请求）。任何人都不能停用或启用自己的账号。\n\n调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  resetUserPassword: {
    summary: "为忘记密码的用户设置新的初始密码",
    description:
      "解除登录锁定，并结束该用户的所有会话。密码绝不返回，也不记入日志。您本人的密码须凭当前密码修改（`POST /v1/auth/password`）。\n\n调用方：角色为 sysadmin（系统管理员）的员工。",
  },
  listApprovals: {
    summary: "列出本单位及下级单位的审批申请",
    description:
      "调用方：角色为 issuer（发卡员）、card_admin（卡管员）、fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  getApproval: {
    summary: "查询一个审批申请",
    description:
      "调用方：角色为 issuer（发卡员）、card_admin（卡管员）、fund_admin（资金管理员）、settlement_officer（结算员）或auditor（审计员）的员工。",
  },
  approveRequest: {
    summary: "批准申请（不能是您自己提交的）；申请的事项随即执行",
    description:
      "调用方：角色为 issuer（发卡员）、card_admin（卡管员）、fund_admin（资金管理员）或settlement_officer（结算员）的员工。",
  },
  rejectRequest: {
    summary: "驳回申请（不能是您自己提交的）",
    description:
      "调用方：角色为 issuer（发卡员）、card_admin（卡管员）、fund_admin（资金管理员）或settlement_officer（结算员）的员工。",
  },
  listAuditEvents: {
    summary: "列出本单位及下级单位的审计事件，最新的在前",
    description:
      "允许读取稍旧的数据：本接口可能由流复制备库（只读副本）应答，其落后主库不超过 `DATABASE_REPLICA_MAX_LAG_MS`（默认 10 秒）；响应头 `Powercard-Data-As-Of` 说明数据的截止时间。\n\n调用方：角色为 auditor（审计员）的员工。",
  },
  verifyAuditChain: {
    summary: "重新计算审计哈希链，报告第一个断裂处",
    description: "调用方：角色为 auditor（审计员）的员工。",
  },
};

/**
 * Parameter description (the English, as the routes give it) → Chinese. One entry serves every
 * parameter with that text; a test fails when a parameter's text has none.
 */
export const PARAMETERS_ZH: Readonly<Record<string, string>> = {
  "A unit of your subtree; default: yours.": "您所辖范围内的一个单位；默认：您所在的单位。",
  "An Asia/Shanghai business day.": "一个营业日（Asia/Shanghai 时区）。",
  "An Asia/Shanghai month, YYYY-MM.": "一个月份（Asia/Shanghai 时区），YYYY-MM。",
  "Default: your unit.": "默认：您所在的单位。",
  "Exclusive upper bound (RFC 3339).": "上限，不含（RFC 3339）。",
  "Inclusive lower bound (RFC 3339).": "下限，含（RFC 3339）。",
  "One action (`user.created`), or every action of a kind when it ends in a dot (`user.`).":
    "一种操作（`user.created`）；以点结尾时为该类的全部操作（`user.`）。",
  "Only the events of this unit of your subtree and the units below it.":
    "只看您所辖范围内该单位及其下级单位的事件。",
  "Only this outlet's remittances.": "只看该网点的解款。",
  "Only this outlet's sales.": "只看该网点的售卡。",
  "Only this unit's subtree.": "只看该单位及其下级单位。",
  "Only users with this role in the unit.": "只看在本单位拥有该角色的用户。",
  "Optional. 1–255 printable ASCII characters; resending the same key with the same body returns the first response, with another body 422.":
    "可选。1–255 个可打印 ASCII 字符；以相同的键和相同的请求体重发，返回第一次的响应，请求体不同则返回 422。",
  "Optional. 1–255 printable ASCII characters; when given it is used instead of the derived key.":
    "可选。1–255 个可打印 ASCII 字符；提供时代替推导出的键使用。",
  "Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or `xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates).":
    "覆盖 Accept 请求头：`csv`（带 BOM 的 UTF-8，CRLF 换行，机器可读的表头，金额以分为单位）或 `xlsx`（Excel 工作簿：中文表头，金额以元为单位、数字格式 `0.00`，日期为日期格式）。",
  "Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422.":
    "必填。1–255 个可打印 ASCII 字符，每个只想执行一次的请求各用一个（UUID 最合适）。以相同的键和相同的请求体重发，返回第一次的响应；请求体不同则返回 422。",
  "The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.":
    "卡面印刷的 16 位卡号（不含空格）；最后一位是 Damm 校验位。",
  "The 16-digit card number as printed.": "卡面印刷的 16 位卡号。",
  "The Asia/Shanghai business day; today if absent.": "营业日（Asia/Shanghai 时区）；不填为今天。",
  "The billing system the bills come from; bill ids are unique per source.":
    "账单来自的计费系统；账单编号在同一来源内唯一。",
  "The credit's 流水号 (a recharge `rch_…` or top-up `tup_…` id) or the used card's 16-digit number.":
    "入账的流水号（充值 `rch_…` 或直充 `tup_…` 的编号），或已使用的卡的 16 位卡号。",
  "The electricity customer number (户号).": "电力客户编号（户号）。",
  "The first month, YYYY-MM (Asia/Shanghai).": "起始月份，YYYY-MM（Asia/Shanghai 时区）。",
  "The language of the XLSX header, sheet and file name; default zh-CN.":
    "XLSX 表头、工作表名和文件名的语言；默认 zh-CN。",
  "The last month, YYYY-MM, included.": "截止月份，YYYY-MM，含该月。",
  "The last position you stored (a `next` of this feed); 0 for the beginning.":
    "您保存的上一个位置（本数据流返回的某个 `next`）；从头开始为 0。",
  "Which table the CSV gives: `units` (default) or `cross-unit`.":
    "CSV 给出哪张表：`units`（默认）或 `cross-unit`。",
  "`cookie`: the refresh token travels in an httpOnly, Secure, SameSite=Strict cookie scoped to /v1/auth/refresh instead of the JSON body (for the staff console in a browser).":
    "`cookie`：刷新令牌不放在 JSON 响应体中，而放在限定于 /v1/auth/refresh 的 httpOnly、Secure、SameSite=Strict Cookie 里（供浏览器中的员工控制台使用）。",
  "nextCursor of the previous page.": "上一页的 nextCursor。",
};

/**
 * Schema description (the English, as the request and response schemas give it) → Chinese: every
 * property, item and branch of components.schemas and of the inline bodies, and the response headers.
 * One entry serves every schema with that text; a test fails when a schema's text has none.
 */
export const SCHEMA_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = {
  "+ money into the account, − money out.": "+ 为存入账户的金额，− 为从账户支出的金额。",
  "0-based position of the bill in the batch (CSV: data line − 1).":
    "账单在批次中的位置，从 0 开始（CSV：数据行号 − 1）。",
  "A JWT signed with your registered key (ES256 or EdDSA): iss = sub = your client id, aud = this endpoint's URL, exp ≤ 5 min ahead, a fresh jti.":
    "用您已登记的密钥（ES256 或 EdDSA）签名的 JWT：iss = sub = 您的客户端 id，aud = 本接口的 URL，exp 不超过当前时间之后 5 分钟，jti 每次新生成。",
  "A card `recharge` or a partner `topup`.": "充值卡充值 `recharge`，或合作方直充 `topup`。",
  "A case of this credit pending or executed, if any.": "该笔入账已有的待审批或已执行的案件（如有）。",
  "A city bureau of your units.": "您所辖单位中的一个市局。",
  "A public JSON Web Key (RFC 7517).": "一个公钥 JSON Web Key（RFC 7517）。",
  "Amount credited, in fen (the card's face value).": "入账金额，单位为分（即卡的面值）。",
  "Amount credited, in fen.": "入账金额，单位为分。",
  "An inclusive range of card numbers: one carton.": "一段卡号（含首尾两张）：即一箱。",
  "Asia/Shanghai business day of the sale.": "售卡的营业日（Asia/Shanghai 时区）。",
  "Asia/Shanghai business day.": "营业日（Asia/Shanghai 时区）。",
  "Asia/Shanghai date.": "日期（Asia/Shanghai 时区）。",
  "Bills paid from its customers' balances.": "从其客户余额中缴付的电费账单。",
  "By days since the sale (Asia/Shanghai dates) at asOf: 0–30, 31–90, 91–365, >365.":
    "按截至 asOf 自售出起的天数（按 Asia/Shanghai 日期）分段：0–30、31–90、91–365、>365。",
  "CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. `日销售_杭州城区营业厅_2026-12-02.xlsx`.":
    "仅用于 CSV 和 XLSX：`attachment`，带 ASCII 的 `filename`（报表、单位 id、日期），并按 RFC 6266 和 5987 带 `filename*=UTF-8''…`，以中文注明报表、单位和日期，例如 `日销售_杭州城区营业厅_2026-12-02.xlsx`。",
  "CSV, one line per batch, then the total line.": "CSV：每个批次一行，最后是合计行。",
  "CSV, one line per day and channel, then the total line.": "CSV：每个营业日 × 渠道一行，最后是合计行。",
  "CSV, one line per day, outlet and clerk, then the total line.":
    "CSV：每个营业日 × 营业网点 × 营业员一行，最后是合计行。",
  "CSV, one line per outlet and day.": "CSV：每个营业网点 × 营业日一行。",
  "CSV, one line per run and accounting unit, then the total line.":
    "CSV：每个资金返还批次 × 核算单位一行，最后是合计行。",
  "CSV: one line per accounting unit, or with `part=cross-unit` one line per pair of units.":
    "CSV：每个核算单位一行；使用 `part=cross-unit` 时，每对单位一行。",
  "Card recharges by the unit's customers in the month.": "该单位的客户当月的充值卡充值。",
  "Card recharges of the unit's customers with business dates up to the period's end.":
    "该单位的客户营业日截至期末的充值卡充值。",
  "Card recharges you made. No money is owed for them: the cards were paid for at the outlets.":
    "您办理的充值卡充值。这部分无需您付款：卡款已在营业网点付清。",
  "Cards moved: every card of the range.": "本次变动的卡数：即号段中的每一张卡。",
  "Cards sold by its outlets up to the month's end and not recharged by then: the float at the month's end.":
    "其营业网点截至月末售出、到月末仍未充值的卡：即月末的卡沉淀资金。",
  "Cards sold by the unit's outlets in the month.": "该单位的营业网点当月售出的卡。",
  "Cards sold today by the outlets of the subtree, and per outlet.":
    "本单位及下级单位的营业网点今日售出的卡：合计及各营业网点。",
  "Cards the clerk sold at the outlet that day.": "该营业员当日在该营业网点售出的卡数。",
  "Cards the subtree's outlets sold and that are not used yet (the card float), by age.":
    "本单位及下级单位的营业网点已售出、尚未使用的卡（即卡沉淀资金），按账龄统计。",
  "Cartons of the shipment still in transit.": "该发货中仍在途的箱子。",
  "Cartons received by this receipt.": "本次验收入库的箱子。",
  "Cash paid into the settlement center's unified account, in fen.": "存入结算中心统一账户的现金，单位为分。",
  "Closed-account refunds (销户退费) executed in the month for its customers.":
    "当月为其客户执行的销户退费。",
  "Compact JWE.": "紧凑 JWE。",
  "Compact JWS whose payload is a MovementFile.": "载荷为 MovementFile 的紧凑 JWS。",
  "Compact JWS whose payload is a ReconciliationFile.": "载荷为 ReconciliationFile 的紧凑 JWS。",
  "Contact phone.": "联系电话。",
  "Cumulative to that day: everything the outlet sold minus everything confirmed.":
    "截至当日的累计：该营业网点售出的全部金额减去已确认解款的全部金额。",
  "Customers changed by a newer version.": "因版本更新而变更的客户数。",
  "Customers whose account became closed (销户).": "账户变为销户的客户数。",
  "Data rows read.": "读取的数据行数。",
  "Direct top-ups you made.": "您办理的直充。",
  "EdDSA-signed JWT (typ at+jwt), valid 10 minutes.":
    "以 EdDSA 签名的 JWT（typ 为 at+jwt），有效期 10 分钟。",
  "Events not yet sealed into the chain.": "尚未封入哈希链的事件数。",
  "Every delivery attempt, oldest first.": "每一次投递尝试，最早的在前。",
  "Executed corrections up to the period's end: reversals into the unit's customers minus reversals out of them and closed-account refunds (negative when more left).":
    "截至期末已执行的更正：转入该单位客户的冲正，减去从这些客户转出的冲正和销户退费（转出多于转入时为负数）。",
  "Face value of the cards the outlet sold that day.": "该营业网点当日售出的卡的面值。",
  "False for a closed account (销户).": "已销户的账户为 false。",
  "For validation_failed: each invalid field.": "validation_failed 时：逐一列出无效的字段。",
  "From 1; download it at /card-files/{part}.": "从 1 开始；在 /card-files/{part} 下载。",
  "How far the due exceeded the unified balance. The whole run's figure; null for staff below the settlement center.":
    "应返还金额超出统一账户余额的部分。为整个批次的数字；结算中心以下单位的员工看到的是 null。",
  "How far the due exceeded the unified balance: cards used whose cash is not yet remitted.":
    "应返还金额超出统一账户余额的部分：卡已充值使用，但其售卡款尚未解款。",
  "How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began.":
    "应答数据的截止时间（RFC 3339）：此时刻之前提交的每一项变更都已包含在内。由流复制备库应答时，为其重放的最后一个事务的时间（已重放完收到的全部内容时，为备库自身的时钟）；由主库应答时，为开始读取的时间。",
  "In English; the console words it from `details`.": "英文；控制台根据 `details` 自行组织文字。",
  "Its public telephone, when the utility recorded it.": "对外服务电话（如电力公司有登记）。",
  "Last Asia/Shanghai date the plan's cards may be sold; default three years from today.":
    "该计划的卡可出售的最后一天（Asia/Shanghai 日期）；默认为从今天起三年。",
  "Listed ranges that are no carton of this shipment; nothing was done.":
    "列出的、但不是该发货中任何一箱的号段；未做任何处理。",
  "Masked.": "已脱敏。",
  "Moved to the unit's fee account by this run (0 unless approved). Null on a run's row without a line.":
    "本批次转入该单位电费账户的金额（未批准时为 0）。批次在该单位没有明细行时为 null。",
  "Moved to the unit's fee account by this run's approval; 0 until approved.":
    "本批次获批准时转入该单位电费账户的金额；批准前为 0。",
  "Names this import in the audit trail (`cim_…`).": "本次导入在审计记录中的标识（`cim_…`）。",
  "New customers (each with its prepaid account).": "新建的客户数（每个客户连同其预付费账户）。",
  "Of the updated: customers moved to another accounting unit.":
    "在已更新的客户中，改归另一核算单位的客户数。",
  "Of those, confirmed by the settlement center.": "其中已由结算中心确认的金额。",
  "Oldest first.": "最早的在前。",
  "Our bill id (`bil_…`), unless rejected.": "Powercard 的账单 id（`bil_…`）；被拒绝的账单没有。",
  "Paid at once from prepaid balances.": "当即从预付费余额中缴付的金额。",
  "Partner top-ups for the unit's customers in the month.": "合作方当月为该单位客户办理的直充。",
  "Partner top-ups of the unit's customers up to the period's end.": "截至期末该单位客户的合作方直充。",
  "Partner top-ups of the unit's customers up to the period's end. Null on a run's row without a line.":
    "截至期末该单位客户的合作方直充。批次在该单位没有明细行时为 null。",
  "Per ledger kind, sorted by kind.": "按账务类型分列，按类型排序。",
  "Public EC P-256 or OKP Ed25519 JWK.": "EC P-256 或 OKP Ed25519 公钥 JWK。",
  "Public key card files are encrypted to (ECDH-ES+A256KW): EC P-256/P-384 or OKP X25519.":
    "卡数据文件按此公钥加密（ECDH-ES+A256KW）：EC P-256/P-384 或 OKP X25519。",
  "Public key that verifies the manufacturer's acknowledgements: EC P-256 (ES256) or Ed25519.":
    "用于验证制卡厂回执的公钥：EC P-256（ES256）或 Ed25519。",
  "Recharges of the unit's customers up to the period's end. Null on a run's row without a line.":
    "截至期末该单位客户的充值。批次在该单位没有明细行时为 null。",
  "Recorded once the money has left; null until then.": "款项付出后登记；此前为 null。",
  "Refusals not listed in `errors`.": "未在 `errors` 中列出的被拒数。",
  "Remittances declared by the subtree's outlets and not yet confirmed or rejected.":
    "本单位及下级单位的营业网点已申报、尚未确认或驳回的解款。",
  "Remittances declared for that day (not rejected).": "为当日申报的解款（不含已驳回的）。",
  "Remittances of its outlets the settlement center confirmed in the month.":
    "结算中心当月确认的、其营业网点的解款。",
  "Required unless the session is in cookie mode (then send `{}`).":
    "必填，除非会话为 cookie 模式（此时发送 `{}`）。",
  "Returned by the month's approved settlement run.": "当月已批准的资金返还批次所返还的金额。",
  "Returned to the unit by runs approved before this run was made.":
    "本批次发起之前已批准的批次返还给该单位的金额。",
  "Returned to the unit by runs approved before this run. Null on a run's row without a line.":
    "本批次之前已批准的批次返还给该单位的金额。批次在该单位没有明细行时为 null。",
  "Reversals (冲正) executed in the month of credits its customers' recharges or top-ups recorded: value that left them.":
    "当月对其客户的充值或直充入账执行的冲正：从这些客户转出的金额。",
  "Reversals executed in the month to its customers (the right 户号): value that arrived.":
    "当月执行的、转入其客户（正确户号）的冲正：转入的金额。",
  "Reversals in − reversals out − closed-account refunds, up to the period's end. Null on a run's row without a line.":
    "截至期末的转入冲正 − 转出冲正 − 销户退费。批次在该单位没有明细行时为 null。",
  "Rows refused whole (see `errors`).": "整行被拒的行数（见 `errors`）。",
  "Rows whose version is not newer than the stored one (a repeat, or an older file): nothing changed.":
    "版本不比已存版本新的行数（重复发送或较旧的文件）：未做任何变更。",
  "SHA-256 (hex) of the file's plaintext print file.": "该文件对应的明文印制文件的 SHA-256（十六进制）。",
  "Seconds to wait before retrying (with the same Idempotency-Key).":
    "重试（使用相同的 Idempotency-Key）前需等待的秒数。",
  "Seconds to wait before trying again.": "重试前需等待的秒数。",
  "Seconds until the limit's window ends and attempts are counted afresh.":
    "距该限额的时间窗结束、重新开始计数的秒数。",
  "Set when confirmed: the ledger transaction moving the cash to the unified account.":
    "确认时填写：将该笔现金转入统一账户的账务交易。",
  "Set when executed to a customer: the ledger transaction in the right customer's book.":
    "执行转给客户时填写：正确客户账簿中的账务交易。",
  "Set when executed: the ledger transaction in the wrongly credited customer's book.":
    "执行时填写：被误入账客户账簿中的账务交易。",
  "Set while the login is locked after 10 failures.": "连续登录失败 10 次、账号被锁定期间有值。",
  "Signed for the customer: + money into the prepaid account, − out of it.":
    "从客户角度记符号：+ 为存入预付费账户，− 为从中支出。",
  "Signed for the customers.": "从客户角度记符号。",
  "Single-use; trade it for a new pair before the access token expires. Valid 12 hours. Absent in cookie mode (`X-Session-Mode: cookie`): the token is then in an httpOnly cookie.":
    "只能使用一次；请在访问令牌过期前用它换取一对新令牌。有效期 12 小时。cookie 模式（`X-Session-Mode: cookie`）下不返回：此时令牌在 httpOnly cookie 中。",
  "Space-separated operations, from: cards:verify recharges:write recharges:read accounts:read topups:write customers:import reconciliation:read webhooks:manage movements:read. Default: all you are allowed.":
    "以空格分隔的操作，可选：cards:verify recharges:write recharges:read accounts:read topups:write customers:import reconciliation:read webhooks:manage movements:read。默认：您获准的全部操作。",
  "Stable machine-readable error code; branch on this, not on the title.":
    "稳定的机器可读错误码；请据此（而不是 title）判断如何处理。",
  "Sum of the negative amounts (money out), ≤ 0.": "负数金额（支出）之和，≤ 0。",
  "Sum of the positive amounts (money in).": "正数金额（存入）之和。",
  "Supply address (用电地址); shown to channels only masked.": "用电地址；向渠道只显示脱敏后的地址。",
  "The 16-digit PIN under the scratch-off panel, as keyed in.": "按键输入的 16 位密码（在刮开涂层下）。",
  "The 16-digit PIN under the scratch-off panel.": "刮开涂层下的 16 位密码。",
  "The 16-digit card number as keyed in (last digit is a check digit).":
    "按键输入的 16 位卡号（最后一位是校验位）。",
  "The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.":
    "卡面印刷的 16 位卡号（不含空格）；最后一位是 Damm 校验位。",
  "The 16-digit card number, to see its face value and whether it can be used.":
    "16 位卡号，用于查看其面值及当前能否使用。",
  "The API key of one of our own channels, shown in this answer only. Null for partners: they authenticate with a registered public key and `POST /v1/oauth/token`.":
    "电力公司自有渠道的 API 密钥，只在本次应答中显示。合作方为 null：合作方凭已登记的公钥在 `POST /v1/oauth/token` 进行认证。",
  "The Asia/Shanghai business day whose sales are remitted.": "所解缴售卡款的营业日（Asia/Shanghai 时区）。",
  "The IVR's id of the phone call. Without an Idempotency-Key header, the key is derived from the call and the digits keyed in, so resending the same request is one recharge.":
    "IVR 为该通电话分配的 id。不带 Idempotency-Key 请求头时，幂等键由该通电话和按键输入的数字派生，因此重发同一请求仍只算一笔充值。",
  "The account holder's name, masked, to confirm the account.": "脱敏的户名，供付款人确认账户。",
  "The account holder's name, masked.": "脱敏的户名。",
  "The account name (户名).": "户名。",
  "The accounting unit (核算单位) the customer belongs to: an `org_units` id.":
    "客户所属的核算单位：一个 `org_units` id。",
  "The accounting unit of the line.": "该明细行的核算单位。",
  "The accounting unit.": "核算单位。",
  "The amount you took from the customer, in fen: 1 fen to 50000000 fen (500,000 yuan) per top-up.":
    "您向客户收取的金额，单位为分：每笔直充 1 分至 50000000 分（500,000 元）。",
  "The balance right after the recharge, in fen.": "充值后的余额，单位为分。",
  "The balance, in fen.": "余额，单位为分。",
  "The bank's reference of the deposit, as on the slip; once per outlet.":
    "存款凭条上的银行流水号；同一营业网点只能使用一次。",
  "The bank's reference of the transfer made, or the number of the cash voucher the payee signed.":
    "所做转账的银行流水号，或收款人签字的现金凭证号。",
  "The bank's reference of the transfer, or the number of the cash voucher the payee signed.":
    "转账的银行流水号，或收款人签字的现金凭证号。",
  "The batch's sell-by date, if any.": "该批次的销售截止日（如有）。",
  "The bill's id in the billing system.": "账单在计费系统中的编号。",
  "The billing month.": "账期（月份）。",
  "The billing system the bills come from; bill ids are unique per source.":
    "账单来自的计费系统；账单编号在同一来源内唯一。",
  "The bureau the outlet belongs to (its parent unit).": "该营业网点所属的供电局（其上级单位）。",
  "The business record behind it: a recharge (`rch_…`) or top-up id; null where none.":
    "对应的业务记录：充值（`rch_…`）或直充的 id；没有时为 null。",
  "The business record, e.g. the recharge id.": "对应的业务记录，例如充值 id。",
  "The business record: shipment, transfer, sale, approval or recharge id.":
    "对应的业务记录：发货、分发、售卡、审批或充值的 id。",
  "The caller's number (ANI) as the switch delivered it, or empty when the caller withheld it. Failed recharges are limited per calling number (all withheld numbers share one limit).":
    "交换机送来的主叫号码（ANI）；来电者隐藏号码时为空。失败的充值按主叫号码限次（所有隐藏号码共用一个限额）。",
  "The card number asked about, as sent.": "所查询的卡号，与请求中的相同。",
  "The card of a recharge; null for a top-up.": "充值所用的卡；直充为 null。",
  "The card's face value, in fen.": "卡的面值，单位为分。",
  "The card's status, when a card number was sent.": "卡的状态（请求中提供了卡号时）。",
  "The carton's number within the shipment, from 1.": "该箱在本次发货中的序号，从 1 开始。",
  "The channel the recharge came through.": "充值所经的渠道。",
  "The city bureau above it.": "其上级市局。",
  "The city bureau; default your own unit.": "市局；默认为您所在的单位。",
  "The clerk holding the card, when a clerk received it.": "持有该卡的营业员（卡已领给营业员时）。",
  "The clerk the cards go to, if any.": "接收这些卡的营业员（如有）。",
  "The clerk who sold them.": "售出这些卡的营业员。",
  "The closed account's balance refunded.": "退还的已销户账户余额。",
  "The credit's 流水号 (a recharge `rch_…` or top-up `tup_…` id) or the used card's 16-digit number.":
    "入账的流水号（充值 `rch_…` 或直充 `tup_…` 的编号），或已使用的卡的 16 位卡号。",
  "The customer number (户号) as keyed in: 10 digits.": "按键输入的户号：10 位数字。",
  "The customer number (户号), 10 digits.": "户号，10 位数字。",
  "The customer number credited, masked.": "入账的户号（脱敏）。",
  "The customer number it went to, masked.": "该卡充入的户号（脱敏）。",
  "The customer number, masked.": "户号（脱敏）。",
  "The customer wrongly credited.": "被误入账的客户。",
  "The customer's accounting unit when the movement was sequenced.": "该变动排定位置时客户所属的核算单位。",
  "The customer's accounting unit, for staff of that unit, the units above it and its outlets and stations; null for channels and for counters of other units.":
    "客户所属的核算单位，向该单位、其上级单位及其营业网点和供电所的员工显示；对渠道和其他单位的柜台为 null。",
  "The customer's name, masked.": "客户的户名（脱敏）。",
  "The day's movements in feed order.": "当日的变动，按流水中的顺序排列。",
  "The electricity customer number (户号).": "电力客户编号（户号）。",
  "The face value of the cards sold: the cash the outlet owes.": "所售卡的面值：即该营业网点应解缴的现金。",
  "The feed's last position when the file was made: the file holds every movement of the day up to it.":
    "生成文件时流水的最后位置：文件包含当日截至该位置的每一笔变动。",
  "The field at fault (`customer_no`, `accounting_unit_id`, …; `row` when the row has the wrong number of fields).":
    "出错的字段（`customer_no`、`accounting_unit_id` 等；该行字段个数不对时为 `row`）。",
  "The finished Asia/Shanghai month to settle, YYYY-MM.":
    "要结算的已结束月份（Asia/Shanghai 时区），YYYY-MM。",
  "The first 100 refusals, one per field at fault, in file order.":
    "前 100 条拒绝原因，每个出错字段一条，按文件中的顺序排列。",
  "The first characters of the API key, to tell keys apart.": "API 密钥的前几个字符，用于区分不同的密钥。",
  "The gateway's id of the message. Send it, and send the same id when you retry: a recharge is then made once however often the message is delivered. Without it, the same text from the same number within the same minute counts as one message.":
    "短信网关为该短信分配的 id。请发送它，重试时也发送同一个 id：这样无论该短信投递多少次，都只充值一次。不带该 id 时，同一号码在同一分钟内发来的相同内容算作一条短信。",
  "The last card of the range (inclusive; the same as firstCardNo for one card). At most 1000000 cards.":
    "号段的最后一张卡（含该卡；只有一张卡时与 firstCardNo 相同）。最多 1000000 张卡。",
  "The last card of the range sold; omit it to sell one card.": "所售号段的最后一张卡；只售一张卡时省略。",
  "The last link found intact (the chain's end when ok, the link before the break otherwise) and its event's time: the chain vouches for every event up to it. Null when no link holds.":
    "最后一个完好的链节（ok 时为链的末端，否则为断裂处之前的链节）及其事件的时间：哈希链担保截至该链节的每一个事件。没有任何完好的链节时为 null。",
  "The ledger kind: `recharge`, `topup`, `bill_payment`, and any kind added later (reversals, refunds). Treat an unknown kind as a movement like any other: its amount and balance are complete.":
    "账务类型：`recharge`、`topup`、`bill_payment`，以及今后新增的任何类型（冲正、退费）。请把未知的类型当作普通变动处理：其金额和余额都是完整的。",
  "The ledger transaction (with `leg`, unique): the key to deduplicate by.":
    "账务交易（与 `leg` 一起唯一）：据此去重。",
  "The maker-checker request deciding the run.": "决定该批次的审批（双人复核）申请。",
  "The maker-checker request that decides the case.": "决定该案件的审批（双人复核）申请。",
  "The manufacturer's compact JWS for one card file, from `npm run manufacturer -- open`.":
    "制卡厂为一份卡数据文件出具的紧凑 JWS，由 `npm run manufacturer -- open` 生成。",
  "The marketing system's version of this customer (a change sequence or change time as an integer): only a newer version changes anything.":
    "营销系统中该客户的版本号（以整数表示的变更序号或变更时间）：只有更新的版本才会带来变更。",
  "The message exactly as received, any length up to the request size limit. Full-width characters, ideographic spaces, lower case and numbers grouped with spaces or dashes are all understood.":
    "原样转发的短信内容，长度不超过请求大小限制即可。全角字符、全角空格、小写字母，以及用空格或短横线分组的数字都能识别。",
  "The month's recharges by the accounting unit that sold the card × the customer's unit.":
    "当月的充值，按售卡的核算单位 × 客户所属单位统计。",
  "The name to show.": "显示的名称。",
  "The oldest first, at most 50.": "最早的在前，最多 50 笔。",
  "The outlet remitting.": "解款的营业网点。",
  "The outlet that sold the cards.": "售出这些卡的营业网点。",
  "The payee's bank account, for a transfer; only its last four digits are kept.":
    "收款人的银行账号（银行转账时）；只保存其后四位。",
  "The payout's transaction: debit `refunds_payable`, credit `settlement_unified`.":
    "退费支付的账务交易：借记 `refunds_payable`，贷记 `settlement_unified`。",
  "The position to ask after next time (`?after=`): the last one of this page, or your `after` when nothing is new yet. Keep it only once you have stored the page.":
    "下次请求时使用的位置（`?after=`）：本页的最后一个位置；暂无新变动时，为您传入的 `after`。请在保存本页之后再保存它。",
  "The prepaid account balance right after this recharge, in fen.": "本次充值后预付费账户的余额，单位为分。",
  "The prepaid account balance right after this top-up, in fen.": "本次直充后预付费账户的余额，单位为分。",
  "The prepaid balance right after this movement.": "本次变动后的预付费余额。",
  "The prepaid balance right after this recharge, in fen — shown to whoever just recharged.":
    "本次充值后的预付费余额，单位为分——显示给刚完成充值的人。",
  "The recharge channel (counter, ivr, sms, web, partner), or `partner_topup` for top-ups.":
    "充值渠道（counter、ivr、sms、web、partner）；直充为 `partner_topup`。",
  "The recharge or top-up the event reports.": "该事件所报告的充值或直充。",
  "The recharge or top-up undone (its 流水号).": "被冲正的充值或直充（其流水号）。",
  "The recharge's channel (counter, ivr, sms, web, partner); `partner` for a top-up; else null.":
    "充值的渠道（counter、ivr、sms、web、partner）；直充为 `partner`；其他为 null。",
  "The return's transaction in the unit's book, when something was returned.":
    "有返还时，该单位账簿中记录这笔返还的账务交易。",
  "The right customer asked about; null when none was given or it does not exist.":
    "所查询的正确客户；未提供或不存在时为 null。",
  "The right customer's name, masked.": "正确客户的户名（脱敏）。",
  "The right 户号; required for `customer`.": "正确的户号；`customer` 时必填。",
  "The row's line in the CSV file (the header is line 1), or its 1-based position in a JSON batch.":
    "该行在 CSV 文件中的行号（表头为第 1 行），或在 JSON 批次中从 1 开始的位置。",
  "The same rows as an Excel workbook (streamed): a bold, frozen header row, amounts in 元, the totals line in bold.":
    "同样的各行，以 Excel 工作簿返回（流式输出）：表头行加粗并冻结，金额以元计，合计行加粗。",
  "The sender's phone number (13812345678, 8613812345678 or +8613812345678).":
    "发送方的手机号（13812345678、8613812345678 或 +8613812345678）。",
  "The settlement center that made the run.": "发起该批次的结算中心。",
  "The settlement officer who made the run.": "发起该批次的结算员。",
  "The staff member who did it.": "办理该操作的员工。",
  "The supply address, masked to its region; null when the utility holds none.":
    "用电地址，脱敏至所在地区；电力公司未登记地址时为 null。",
  "The text to send back to `from` (zh-CN, one SMS where possible). Never contains the PIN.":
    "要回复给 `from` 的短信内容（zh-CN，尽量为一条短信）。绝不包含密码。",
  "The transaction's prepaid-account leg.": "该交易记在预付费账户上的那一笔分录。",
  "The transfer order or the counter's cash receipt number.": "转账单号或柜台现金收据号。",
  "The unified account's balance when the run was made.": "发起该批次时统一账户的余额。",
  "The unified account's balance when the run was made. The whole run's figure; null for staff below the settlement center.":
    "发起该批次时统一账户的余额。为整个批次的数字；结算中心以下单位的员工看到的是 null。",
  "The wrongly credited customer's accounting unit.": "被误入账客户所属的核算单位。",
  "Their face value.": "这些卡的面值。",
  "Their name, masked.": "其户名（脱敏）。",
  "Their total face value, in fen.": "这些卡的面值合计，单位为分。",
  "Today's recharges and top-ups of the subtree's customers, per channel.":
    "本单位及下级单位客户今日的充值和直充，按渠道统计。",
  "Today, Asia/Shanghai.": "今天（Asia/Shanghai 时区）。",
  "Total due to all units. The whole run's figure; null for staff below the settlement center.":
    "应返还所有单位的总额。为整个批次的数字；结算中心以下单位的员工看到的是 null。",
  "Total due to the units.": "应返还各单位的总额。",
  "Total moved by the approval (pro rata on a shortfall).": "批准时转出的总额（有缺口时按比例分配）。",
  "Total moved by the approval. The whole run's figure; null for staff below the settlement center.":
    "批准时转出的总额。为整个批次的数字；结算中心以下单位的员工看到的是 null。",
  "Total of the bills imported now.": "本次导入账单的合计金额。",
  "True once the day closed more than an hour ago and none of its movements waits to be sequenced: the file will not change any more. Before that, fetch it again later.":
    "该日结束已超过一小时、且当日没有变动仍在等待排定位置时为 true：文件不会再变化。在此之前，请稍后再次获取。",
  "True when the card can be recharged now (it is sold, not used).":
    "该卡当前可以充值时为 true（已售出且未使用）。",
  "What happened to the card (alone or as part of a range).":
    "该卡发生的事件（单张办理或作为号段的一部分）。",
  "What happened: `recharged`, `balance_sent`, `balance_refused` (the sender is not the customer's registered phone, or there is no such customer — deliberately indistinguishable), `help`, `invalid_command`, a recharge error code of `POST /v1/recharges`, or `rate_limited` (too many failed recharges from this phone or naming this customer number; the reply says when to try again).":
    "处理结果：`recharged`、`balance_sent`、`balance_refused`（发送方不是该客户登记的手机号，或没有该客户——有意不加区分）、`help`、`invalid_command`、`POST /v1/recharges` 的某个充值错误码，或 `rate_limited`（来自该手机号或指明该户号的充值失败次数过多；回复中会说明何时可以再试）。",
  "What staff checked: the receipt, the card, the right customer's bill or ID.":
    "员工已核验的证据：凭条、卡、正确客户的电费账单或身份证件。",
  "What the client may do. A client gets only the operations listed here (none if omitted); a recharge channel typically needs cards:verify, recharges:write, recharges:read, accounts:read.":
    "该客户端可以执行的操作。客户端只能执行此处列出的操作（省略则没有任何操作）；充值渠道通常需要 cards:verify、recharges:write、recharges:read、accounts:read。",
  "What to say to the caller, zh-CN, ready for TTS: identifiers digit by digit, amounts in 元/角/分.":
    "要向来电者播报的内容，zh-CN，可直接用于 TTS：号码逐位读出，金额按元/角/分读出。",
  "What you owe for the day: your top-ups.": "您当日应付的金额：即您的直充。",
  "What you owe the utility for the day, in fen: your top-ups, as the ledger records them.":
    "您当日应付电力公司的金额，单位为分：即账簿所记您的直充。",
  "When a change of accounting unit takes effect: YYYY-MM-DD (Asia/Shanghai) or RFC 3339, not in the future. Default: the import's time.":
    "核算单位变更的生效时间：YYYY-MM-DD（Asia/Shanghai 时区）或 RFC 3339，不得晚于当前时间。默认：导入的时间。",
  "When a used card was recharged.": "已使用的卡的充值时间。",
  "When the last carton was received.": "最后一箱验收入库的时间。",
  "When the movement was booked.": "该变动的记账时间。",
  "Where and why the file stopped being readable CSV, if it did.":
    "文件在何处、因何不再是可读的 CSV（如发生）。",
  "Where events are POSTed: https to a public host. A host that is or resolves to a private, loopback, link-local, CGNAT, multicast, unspecified or otherwise special address (IPv4 or IPv6) is refused, here and again at every delivery. Plain http only outside production, to 127.0.0.1, localhost or [::1] (a developer's receiver), or to an origin the operator has allowed by name.":
    "事件 POST 到的地址：须为指向公网主机的 https。主机本身是、或解析为私有、环回、链路本地、CGNAT、组播、未指定或其他特殊地址（IPv4 或 IPv6）的，一律拒绝——登记时如此，每次投递时也再次检查。明文 http 只能在生产环境之外使用，且只能指向 127.0.0.1、localhost 或 [::1]（开发者自己的接收端），或运维人员按名称放行的源（origin）。",
  "Where it is, when the utility recorded it.": "所在地址（如电力公司有登记）。",
  "Where the movement stands in the feed: 1, 2, 3… without gaps, never reused.":
    "该变动在流水中的位置：1、2、3……连续无间隔，永不重复使用。",
  "Whether a case may still be opened (REVERSAL_WINDOW_DAYS).":
    "是否仍在可开立案件的时限内（REVERSAL_WINDOW_DAYS）。",
  "Whether a recharge with the right PIN would go ahead now: the account is open and the card (if sent) is sold and unused.":
    "若密码正确，当前能否充值：账户未销户，且卡（如提供）已售出、未使用。",
  "Whether the balance still holds the amount (checked again at execution).":
    "余额中是否仍有这笔金额（执行时会再次检查）。",
  "Whether the card was used and the account credited.": "卡是否已使用、账户是否已入账。",
  "Whether the customer number exists.": "户号是否存在。",
  "Whether the last digit matches (Damm). False means a typo or a made-up number — told at once, without a look-up.":
    "最后一位（Damm 校验位）是否相符。false 表示输错或编造的号码——立即答复，不做查询。",
  "Whether the utility issued a card with this number.": "电力公司是否发行过该卡号的卡。",
  "Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach).":
    "由哪个数据库应答：`replica`；`primary`（未配置备库）；或在配置了备库但未读取备库时，`primary;fallback=lagging`（备库落后超过 DATABASE_REPLICA_MAX_LAG_MS）或 `primary;fallback=unreachable`（无法连接备库）。",
  "Who confirmed or rejected it, by name.": "确认人或驳回人的姓名。",
  "Who declared it (`declaredBy`), by name.": "申报人（`declaredBy`）的姓名。",
  "Who made the run (`createdBy`), by name.": "发起该批次的人（`createdBy`）的姓名。",
  "Why (kept in the audit trail).": "原因（记入审计记录）。",
  "Why `ok` is false. `customer_no_invalid`, `card_no_invalid`, `pin_invalid`: wrong number of digits or a card number whose check digit does not match (ask again); the others are the recharge error codes of `POST /v1/recharges` (an unknown card is `pin_incorrect`), and `rate_limited` when 10 recharges from this calling number failed within 10 minutes, or 10 self-service recharges naming this customer number failed within the hour.":
    "`ok` 为 false 的原因。`customer_no_invalid`、`card_no_invalid`、`pin_invalid`：位数不对，或卡号的校验位不符（请来电者重新输入）；其他均为 `POST /v1/recharges` 的充值错误码（卡号不存在为 `pin_incorrect`），以及 `rate_limited`：该主叫号码 10 分钟内已有 10 次充值失败，或指明该户号的自助充值一小时内已有 10 次失败。",
  "Why not, when `canRecharge` is false.": "`canRecharge` 为 false 时的原因。",
  "Why the attempt failed (null if delivered): `http_<status>` (an answer other than 2xx), `timeout`, `connection_failed` (no HTTP answer: name not found, connection refused or reset, TLS), `address_refused` (the host resolved to a non-public address), `url_refused` (the registered URL is no longer allowed), `no_url`.":
    "该次尝试失败的原因（已投递时为 null）：`http_<status>`（收到 2xx 以外的应答）、`timeout`、`connection_failed`（没有 HTTP 应答：域名不存在、连接被拒绝或被重置、TLS 错误）、`address_refused`（主机解析为非公网地址）、`url_refused`（已登记的 URL 已不再被允许）、`no_url`。",
  "Why the credit is wrong, as the customer told it.": "该笔入账为何有误，按客户的陈述。",
  "Why the remittance is rejected, e.g. not on the bank statement.":
    "驳回该笔解款的原因，例如银行对账单上没有这笔款项。",
  "Your endpoint's HTTP status, if it answered.": "您的接收端返回的 HTTP 状态码（如有应答）。",
  "Your own reference for the payment you took (shown in reconciliation files). Unique per partner: a reference already used for a top-up is refused (409 `partner_reference_reused`).":
    "您为所收款项自编的参考号（会出现在对账文件中）。在同一合作方内唯一：已用于某笔直充的参考号会被拒绝（409 `partner_reference_reused`）。",
  "Your webhook endpoint; null removes it.": "您的 webhook 接收地址；为 null 时删除已登记的地址。",
  "`bank_transfer` to the payee's account, or `cash` at the counter.":
    "`bank_transfer`：转账到收款人账户；或 `cash`：在柜台支付现金。",
  "`bill_conflict`: the bill id was imported before (or earlier in this batch) with another customer, period or amount; `customer_not_found`: no such customer in your accounting units.":
    "`bill_conflict`：该账单 id 之前（或在本批次中更靠前的位置）已以不同的客户、期间或金额导入；`customer_not_found`：您所辖核算单位中没有该客户。",
  "`byUserId` by name (null for a manufacturer).": "`byUserId` 对应的姓名（制卡厂为 null）。",
  "`customer`: move the value to `toCustomerNo` (改户); `source`: back where it came from (退回) — a card becomes sold and unused again, a top-up goes back to the partner.":
    "`customer`：将金额转给 `toCustomerNo`（改户）；`source`：退回其来源（退回）——卡恢复为已售未用，直充退回合作方。",
  "`customer`: to the right 户号; `source`: back to the card (sold, unused again) or partner.":
    "`customer`：转入正确的户号；`source`：退回到卡（恢复为已售未用）或合作方。",
  "`declared` by the outlet; `confirmed` (booked) or `rejected` by the settlement center.":
    "`declared`：营业网点已申报；`confirmed`（已记账）或 `rejected`：结算中心已确认或已驳回。",
  "`disabled` (停用): the unit receives no cards and sells none.":
    "`disabled`（停用）：该单位不接收卡，也不售卡。",
  "`imported`: new; `duplicate`: imported before with the same content, nothing changed; `rejected`: see `code`.":
    "`imported`：新导入；`duplicate`：之前已以相同内容导入，未做任何变更；`rejected`：见 `code`。",
  "`normal` (正常) or `closed` (销户).": "`normal`（正常）或 `closed`（销户）。",
  "`not_genuine`: no such card (or a wrong check digit); `unsold`: still in the utility's stock — a card offered for sale outside an authorised outlet is suspect; `sold_unused`: sold, can be recharged; `locked_online`: sold, unused, but closed to the web, phone and SMS after 5 wrong PINs — it still works at a service counter or a bank; `locked`: locked after wrong PINs, a service counter unlocks it; `frozen`: reported lost or stolen; `used`: already recharged (see `usedAt`, `usedByCustomerNo`); `void`: scrapped or destroyed.":
    "`not_genuine`：没有这张卡（或校验位错误）；`unsold`：仍在电力公司的库存中——在授权营业网点以外兜售的卡值得怀疑；`sold_unused`：已售出，可以充值；`locked_online`：已售出、未使用，但因输错 5 次密码，网站、电话和短信渠道已不能再用——在营业厅柜台或银行仍可充值；`locked`：因密码错误被锁定，可到营业厅柜台解锁；`frozen`：已挂失（丢失或被盗）；`used`：已充值（见 `usedAt`、`usedByCustomerNo`）；`void`：已报废或已销毁。",
  "`pending_approval` until a second settlement officer approves (booked) or rejects it.":
    "`pending_approval`：等待另一位结算员批准（记账）或驳回。",
  "`pending` until a second person decides; `executed` (the money moved) or `rejected`.":
    "`pending`：等待另一人审批；之后为 `executed`（资金已转移）或 `rejected`（已驳回）。",
  "count × face value.": "张数 × 面值。",
  "creditFen + debitFen.": "即 creditFen + debitFen。",
  "false when the file broke off (see `stoppedAt`): the rows before that line were applied, the rest not read. Sending the corrected file again is safe.":
    "文件中途中断时为 false（见 `stoppedAt`）：该行之前的各行已生效，其余未读取。改正后重新发送整个文件是安全的。",
  "recharges + top-ups + corrections − returned before (never below zero).":
    "充值 + 直充 + 更正 − 以前已返还（不低于零）。",
  "recharges + top-ups + corrections − returned before. Null on a run's row without a line.":
    "充值 + 直充 + 更正 − 以前已返还。批次在该单位没有明细行时为 null。",
  "核算单位: owns customers and an electricity-fee account.": "核算单位：拥有客户和电费账户。",
};

/** The whole table, as openapi-localize.ts takes it. */
export const OPENAPI_ZH: OpenApiTranslation = {
  info: INFO_ZH,
  tags: TAGS_ZH,
  operations: OPERATIONS_ZH,
  parameters: PARAMETERS_ZH,
  schemas: SCHEMA_DESCRIPTIONS_ZH,
};
