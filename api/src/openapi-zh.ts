/**
 * The API reference in Chinese: each operation's summary and description, the tag names, the
 * parameters' descriptions and the document's title, by operationId. `npm run openapi:write` writes api/openapi.zh.json from
 * api/openapi.json and this table; a test fails when an operation has no Chinese text here.
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

/** The whole table, as openapi-localize.ts takes it. */
export const OPENAPI_ZH: OpenApiTranslation = {
  info: INFO_ZH,
  tags: TAGS_ZH,
  operations: OPERATIONS_ZH,
  parameters: PARAMETERS_ZH,
};
