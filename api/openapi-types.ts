// Generated from the OpenAPI document by `npm run openapi:write`: do not edit.
export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of this instance (for operators)
         * @description Counters in the Prometheus text format: `powercard_recharge_outcomes_total{channel,outcome}`, `powercard_card_verifications_total{channel,outcome}`, `powercard_rate_limited_total{limit}` and process basics. Per instance; Prometheus sums them. Alarm on a rising rate of `pin_incorrect` or `card_not_found` on one channel, or of `rate_limited`: that is a guessing spray.
         *
         *     Only for the monitoring system: with `METRICS_TOKEN` set, only `Authorization: Bearer <METRICS_TOKEN>` is answered; without it, only a caller on the loopback interface whose request carries no forwarding header (so not through a proxy). Anyone else gets 404, as if the route did not exist.
         *
         *     Public: no credentials.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/recharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recharge a card from the public self-service page (no credentials)
         * @description For the 95598 self-service recharge page, served from the same origin (no CORS headers are sent, so other sites' pages cannot call it from a browser). The recharge itself is the one of `POST /v1/recharges`, on channel `web`.
         *
         *     Answers never tell whether a card number or a customer number exists: an unknown customer, an unknown card, a wrong PIN and a locked card all get the same `recharge_refused` (identical bodies but for `requestId`). `card_already_used`, `card_frozen` and `card_not_sold` are told, PIN or not (no PIN is compared for a card that is not sold, and the public card check tells the same). The new balance and the masked name are shown only in the answer to a successful recharge.
         *
         *     Limits, counted before the card is looked at: 10 refusals per 10 minutes per IP address (IPv6: per /64), 10 per 60 minutes per customer number, 10 per 60 minutes per card number; beyond them, 429 `rate_limited` with `Retry-After` in seconds. Failures here are counted apart from the counter's and the partner banks': they never block a customer number there, and after 5 wrong PINs a card only stops working on the self-service channels (it stays redeemable at a counter).
         *
         *     Idempotency-Key: generate a new one per submission (a UUID) and resend it only to retry the same submission. Keys are scoped by card number, as every visitor shares one identity.
         *
         *     Public: no credentials.
         */
        post: operations["createPublicRecharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/recharge-previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a recharge from the public self-service page (no credentials)
         * @description Before any money moves: whose account a recharge would go to — the customer number, name and supply address, masked (张*明, 浙江省杭州市西湖区****) — and, with `cardNo`, the card's face value and whether it can be used now. No PIN is asked, and nothing is told of one. Nothing is written but the look-up's count. Show the masked name to the payer and recharge only after they confirm it.
         *
         *     An unknown customer number is 404 `customer_not_found`. A card number whose check digit is wrong, or that the utility never issued, has `card.status` `not_genuine`. A closed account has `acceptsRecharge: false` and `refusal` `account_closed`.
         *
         *     The confirm step of the 95598 page (same origin, no CORS). Every preview counts: 30 per 10 minutes per IP address (IPv6: per /64), 20 per 60 minutes per customer number; beyond, 429 `rate_limited` with `Retry-After`.
         *
         *     Public: no credentials.
         */
        post: operations["createPublicRechargePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recharge-previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a recharge: the masked 户名 and address, the card's value (step 1 of a recharge)
         * @description Before any money moves: whose account a recharge would go to — the customer number, name and supply address, masked (张*明, 浙江省杭州市西湖区****) — and, with `cardNo`, the card's face value and whether it can be used now. No PIN is asked, and nothing is told of one. Nothing is written but the look-up's count. Show the masked name to the payer and recharge only after they confirm it.
         *
         *     An unknown customer number is 404 `customer_not_found`. A card number whose check digit is wrong, or that the utility never issued, has `card.status` `not_genuine`. A closed account has `acceptsRecharge: false` and `refusal` `account_closed`.
         *
         *     Every preview counts (found or not, it tells something): 600 per 10 minutes per channel client, or half the requests its rate allows in that window if more; 300 per 60 minutes per clerk. Beyond, 429 `rate_limited` with `Retry-After`.
         *
         *     Who may call: channel clients (any channel); staff with role clerk.
         */
        post: operations["createRechargePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/cards/{cardNo}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is this card genuine? Its status by card number alone (no PIN)
         * @description How a customer tells a counterfeit or resold card before buying or using it: whether the utility issued this number, and whether it is unsold, sold and unused, used (when, and the masked customer number), locked, frozen or void, with its face value. Nothing of the PIN. A wrong check digit is answered at once as `not_genuine` with `checkDigitValid: false` (a typo or a made-up number) and is not counted; a well-formed number the utility never issued is `not_genuine` with `checkDigitValid: true`.
         *
         *     Every other look-up counts: 30 per 10 minutes per IP address (IPv6: per /64); beyond, 429 `rate_limited` with `Retry-After`.
         *
         *     Public: no credentials.
         */
        get: operations["getPublicCardStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The authorised outlets, where cards are sold legitimately
         * @description Every outlet of the utility's unit tree with its bureau and city (and address and telephone when recorded), so customers know where genuine cards are sold. The only cacheable /v1 answer: `Cache-Control: public, max-age=300`; it holds no personal data.
         *
         *     Public: no credentials.
         */
        get: operations["listPublicOutlets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up (never touches the database)
         * @description Public: no credentials.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description 200 when `SELECT 1` answers within 1.5 s; 503 `service_unavailable` with Retry-After while the database is out of reach.
         *
         *     Public: no credentials.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness, as /health/ready (kept for existing monitors)
         * @description Public: no credentials.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Powercard's public signing keys (JWK Set)
         * @description Verify tokens and signed documents from Powercard with these keys, chosen by `kid`.
         *
         *     Public: no credentials.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password
         * @description Any failure answers `invalid_credentials`, whether the user exists or not. Ten failures in a row lock the account for 30 minutes.
         *
         *     Public: no credentials.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trade a refresh token for a new token pair
         * @description Each refresh token works once. Presenting a spent one again revokes the whole session. In cookie mode the token comes from the cookie, only with `X-Session-Mode: cookie` and from this site's own Origin (else 403), and the new one goes back into the cookie.
         *
         *     Public: no credentials.
         */
        post: operations["refreshSession"];
        /**
         * Sign out a cookie-mode session
         * @description Ends the session whose refresh token is in the cookie (as `POST /v1/auth/logout` does for a token in the body) and clears the cookie. Needs `X-Session-Mode: cookie` and this site's Origin, like refresh.
         *
         *     Public: no credentials.
         */
        delete: operations["endCookieSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session
         * @description Public: no credentials.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (ends your other sessions)
         * @description The current password is required, and counts toward the sign-in lockout when wrong. The new one must have at least 12 characters and differ from the current one. Every other session of yours ends at once (their refresh tokens are revoked); the one you are signed in with goes on.
         *
         *     Who may call: staff with role issuer or card_admin or clerk or fund_admin or settlement_officer or auditor or sysadmin.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who you are: user, unit and roles
         * @description Who may call: staff with role issuer or card_admin or clerk or fund_admin or settlement_officer or auditor or sysadmin.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token with a signed client assertion (OAuth 2.0 client credentials, private_key_jwt)
         * @description RFC 6749 client credentials grant with RFC 7523 client authentication. Every failure of the assertion is 401 `invalid_client` and issues nothing. Each assertion (its jti) works once.
         *
         *     Public: no credentials.
         */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channel-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The channel clients you manage
         * @description Who may call: staff with role sysadmin.
         */
        get: operations["listChannelClients"];
        put?: never;
        /**
         * Register a channel client (its API key is shown once)
         * @description API keys serve the utility's own gateways (counter terminals, IVR, SMS, the website). Partners get none: register their public key (`POST /v1/channel-clients/{clientId}/keys`); they authenticate with it at `POST /v1/oauth/token`.
         *
         *     Who may call: staff with role sysadmin.
         */
        post: operations["createChannelClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channel-clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One channel client with its keys
         * @description Who may call: staff with role sysadmin.
         */
        get: operations["getChannelClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Suspend or reactivate a client, change its operations or rate quota
         * @description Who may call: staff with role sysadmin.
         */
        patch: operations["updateChannelClient"];
        trace?: never;
    };
    "/v1/channel-clients/{clientId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a partner's public key (JWK) for signing client assertions
         * @description Who may call: staff with role sysadmin.
         */
        post: operations["registerChannelClientKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channel-clients/{clientId}/keys/{kid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a partner key
         * @description Who may call: staff with role sysadmin.
         */
        delete: operations["revokeChannelClientKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channel-clients/{clientId}/api-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the API key of one of our own channels (the new key is shown once)
         * @description The old key is refused from then on (within CLIENT_CACHE_MS, 2 seconds, on every API instance). Partners have no API key: register or revoke their public keys instead.
         *
         *     Who may call: staff with role sysadmin.
         */
        post: operations["rotateChannelClientApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your own counter recharges of a business day, newest first (for the reprint of a receipt)
         * @description A counter clerk sees only the recharges they made themselves, with the customer's masked name. `businessDate` is an Asia/Shanghai date.
         *
         *     Who may call: staff with role clerk.
         */
        get: operations["listCounterRecharges"];
        put?: never;
        /**
         * Recharge a card into a customer's prepaid account
         * @description Uses a sold card once and credits its face value to the customer's prepaid account, atomically. A wrong PIN counts toward the card's lockout (5 wrong PINs lock it). An unknown card number and a wrong PIN get the same answer, `pin_incorrect`. Failures (wrong PIN, unknown card or customer, locked card) are limited per client and per customer number, at every channel but the counter; beyond a limit, 429 `rate_limited` with Retry-After. If the call times out, look the result up with `GET /v1/recharges/by-idempotency-key/{key}` or resend the same request with the same Idempotency-Key.
         *
         *     Who may call: channel clients (any channel); staff with role clerk.
         */
        post: operations["createRecharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recharges/by-idempotency-key/{idempotencyKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find out what became of a recharge request
         * @description For a channel whose recharge call timed out. 404 means the request never took effect: resend it with the same Idempotency-Key.
         *
         *     Who may call: channel clients (any channel); staff with role clerk.
         */
        get: operations["getRechargeByIdempotencyKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recharges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a recharge made by your client
         * @description Who may call: channel clients (any channel); staff with role clerk.
         */
        get: operations["getRecharge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit a customer's prepaid account with money you took (direct top-up)
         * @description For a bank or telco that took the customer's money itself: the amount is credited to the customer's prepaid account at once, and you owe it to the utility — it appears in your daily net (`GET /v1/partners/me/daily-net`) and your reconciliation file. At most 500,000 yuan per top-up. If the call times out, resend the same request with the same Idempotency-Key: the first answer comes back. A partnerReference books at most one top-up: sent again with another Idempotency-Key it is refused with 409 `partner_reference_reused`, whose detail names the first top-up's id.
         *
         *     Who may call: channel clients (partner).
         */
        post: operations["createTopup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a top-up you made
         * @description Who may call: channel clients (partner).
         */
        get: operations["getTopup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconciliation/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your signed reconciliation file for a business day
         * @description Every recharge and top-up you made on one Asia/Shanghai business day, with counts and totals, as a compact JWS (`Content-Type: application/jose`) signed by Powercard: header `alg: EdDSA`, `typ: powercard-reconciliation+jws`, `kid`. Verify it against `/.well-known/jwks.json` and check `typ` and `clientId`; the payload is a `ReconciliationFile` (see components). Today's file covers the day so far; a day without activity gives a signed file with empty lists.
         *
         *     Who may call: channel clients (partner).
         */
        get: operations["getReconciliationFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/me/daily-net": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your net amount for a business day
         * @description Counts and totals of the recharges and top-ups you made on one Asia/Shanghai business day, and what you owe for it. Today's figures cover the day so far.
         *
         *     Who may call: channel clients (partner).
         */
        get: operations["getDailyNet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/me/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Register your webhook endpoint
         * @description Recharge and top-up events (`recharge.succeeded`, `topup.succeeded`), and `reversal.executed` when staff reversed one of your credits made to the wrong customer, are POSTed to this URL as a compact JWS (`Content-Type: application/jose`, header `typ: powercard-event+jws`) signed by Powercard: verify it against `/.well-known/jwks.json` by `kid` before trusting it. The payload is `{id, type, clientId, createdAt, data}`, `data` being the recharge or top-up as the API returned it. Answer 2xx within 5 seconds; redirects are not followed. Anything else is retried with backoff (10 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 3 h, 4 h, 6 h, 6 h: 12 attempts over about a day), then the event is given up. Delivery is at least once: deduplicate by the event `id`. Events are sent to the URL registered at the time of each attempt.
         *
         *     Who may call: channel clients (partner).
         */
        put: operations["setWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/me/webhook/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your recent webhook events and their delivery attempts, newest first
         * @description An event that was delivered or given up is kept, with its attempts, for 30 days after its last attempt; pending events are always listed.
         *
         *     Who may call: channel clients (partner).
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feed of prepaid-account movements, after a position
         * @description Every movement of a customer's prepaid account — recharges, top-ups, bill payments, and the kinds corrections add (reversals, refunds) — once, in one order that never changes. Start with `after=0`, store each page, then ask again with its `next`; an empty page means nothing new yet (poll again in a few seconds). Replaying from any position you have seen gives the same movements again. A movement that commits late is given a later position, so a reader never misses one behind its cursor. Movements appear a second or two after they are booked.
         *
         *     Who may call: channel clients (any channel).
         */
        get: operations["listMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/movements/files/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed file of one business day's movements
         * @description The same movements as the feed, of one Asia/Shanghai business day, with totals per kind, as a compact JWS (`Content-Type: application/jose`) signed by Powercard: header `alg: EdDSA`, `typ: powercard-movements+jws`, `kid`. Verify it against `/.well-known/jwks.json` and check `typ`; the payload is a `MovementFile` (see components). The day's file is `final` once the day closed more than an hour ago and every movement of it has a position; before that it covers the day so far.
         *
         *     Who may call: channel clients (any channel).
         */
        get: operations["getMovementFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/ivr/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IVR: confirm a customer number keyed in by the caller
         * @description The first step of the 95598 phone recharge: the caller hears the masked name before going on. Every business outcome is a 200 with `ok` and `speak` (zh-CN text for TTS); a 4xx means the IVR itself sent something wrong.
         *
         *     Who may call: channel clients (ivr).
         */
        post: operations["ivrConfirmCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/ivr/recharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IVR: recharge a card keyed in on the phone
         * @description Uses a sold card once and credits its face value to the customer's prepaid account, exactly as `POST /v1/recharges` does (recorded with channel `ivr`). The Idempotency-Key header is optional here: without it the key is derived from `callId` and the digits keyed in, so resending the same request after a timeout is one recharge, while a second card or a corrected PIN in the same call is a new attempt. Every business outcome is a 200 with `ok` and `speak` (zh-CN text for TTS); a 4xx means the IVR itself sent something wrong.
         *
         *     Who may call: channel clients (ivr).
         */
        post: operations["ivrRecharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/ivr/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IVR: the balance of a customer number
         * @description The prepaid balance, in fen and in words. Every business outcome is a 200 with `ok` and `speak` (zh-CN text for TTS); a 4xx means the IVR itself sent something wrong.
         *
         *     Who may call: channel clients (ivr).
         */
        post: operations["ivrBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/sms/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SMS gateway: answer an inbound SMS
         * @description The SMS gateway posts every message customers send to the service number; the answer is the reply to send back. Commands (keywords in any case, full-width or Chinese):
         *
         *     - `CZ <户号> <卡号> <密码>` or `充值 …` — recharge a card (channel `sms`);
         *     - `YE <户号>` or `余额 …` — the balance, sent only to the phone registered for that customer;
         *     - `HELP`, `BZ`, `帮助`, `?` — a short help. Anything else is answered with the help too.
         *
         *     Every message is answered 200 with a reply; only credentials and a body that is not the JSON described here get a 4xx.
         *
         *     Who may call: channel clients (sms).
         */
        post: operations["smsInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a card number and PIN without using the card
         * @description Answers the card's face value and whether it can be recharged. A wrong PIN counts toward the lockout exactly like a recharge; an unknown card number gets the same answer as a wrong PIN. Failures count toward your client's failure limit, as recharges do.
         *
         *     Who may call: channel clients (any channel); staff with role clerk.
         */
        post: operations["verifyCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/{cardNo}/unlock-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to unlock a card locked by wrong PINs (another card admin approves)
         * @description Opens a maker-checker request of kind `card_unlock`; when another card_admin of the card's units approves it, the card returns to its state before the lock with a fresh attempt counter.
         *
         *     Who may call: staff with role card_admin.
         */
        post: operations["requestCardUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/{cardNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One card of your units: state, batch, custody, sale, use and history
         * @description For card administrators, issuers and auditors, over the cards owned by a unit of their subtree. The customer number that used the card is masked. Never any PIN material (neither the PIN nor its HMAC). A card of another branch of the tree answers 404 `card_not_found_for_staff`, exactly as an unknown one.
         *
         *     Who may call: staff with role card_admin or issuer or auditor.
         */
        get: operations["getCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipments to a unit or any unit below it, newest first
         * @description Who may call: staff with role issuer or card_admin or auditor.
         */
        get: operations["listShipments"];
        put?: never;
        /**
         * Ship the manufacturer's cartons of a production order to a city bureau
         * @description Every card of every carton must be `generated`, belong to a batch of the order and be in your units; the cards become `in_transit` with the bureau as their owner. Cartons must not overlap. All cartons move or none does.
         *
         *     Who may call: staff with role issuer.
         */
        post: operations["createShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One shipment to your units, with its cartons
         * @description Who may call: staff with role issuer or card_admin or auditor.
         */
        get: operations["getShipment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive the cartons that arrived into the bureau's stock
         * @description List the cartons that arrived. A range that is exactly a carton of the shipment is received (its cards become `in_stock`); cartons not listed stay in transit and are reported `missing`; listed ranges that are no carton of the shipment are reported `unexpected` and nothing is done with them. Listing a carton that was already received refuses the whole receipt (409) with nothing changed.
         *
         *     Who may call: staff with role card_admin.
         */
        post: operations["receiveShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfers sent from or to a unit, newest first
         * @description Who may call: staff with role card_admin or clerk or auditor.
         */
        get: operations["listCardTransfers"];
        put?: never;
        /**
         * Send a range of cards to a child unit or to a clerk (分发)
         * @description The range must be in the sending unit's own stock (`in_stock`, held by no clerk). `toUnitId` is a direct child unit of `fromUnitId`, or `fromUnitId` itself when the cards go to one of its clerks; `toUserId` names a clerk of `toUnitId`. The cards are `in_transfer` until the receiver confirms.
         *
         *     Who may call: staff with role card_admin.
         */
        post: operations["sendCards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One transfer to a unit of yours
         * @description Who may call: staff with role card_admin or clerk or auditor.
         */
        get: operations["getCardTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-transfers/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm receipt of a transfer (领用)
         * @description A transfer to a unit is received by a card_admin of that unit's units other than the sender; a transfer to a clerk only by that clerk. The cards become `in_stock` of the receiving unit, held by the clerk if named.
         *
         *     Who may call: staff with role card_admin or clerk.
         */
        post: operations["receiveCardTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cards by unit × face value × state for a unit's subtree
         * @description Each card counts at its owner unit: cards in transit at the bureau they are shipped to, cards held by a clerk at the clerk's unit. Units without cards have no rows.
         *
         *     Who may call: staff with role card_admin or issuer or auditor.
         */
        get: operations["getInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory/conservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For every batch: generated = the sum of its cards over all states, in count and value
         * @description Covers batches made with a known quantity (production orders) meant for your units. A batch is `balanced` when its card rows add up to its quantity and to quantity × face value; `balanced` at the top is true when every batch is.
         *
         *     Who may call: staff with role issuer or auditor.
         */
        get: operations["checkCardConservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Card sales of your units, newest first
         * @description Who may call: staff with role clerk or card_admin or fund_admin or settlement_officer or auditor.
         */
        get: operations["listCardSales"];
        put?: never;
        /**
         * Sell a card or a range of cards at your outlet
         * @description Every card must be in stock at your outlet, unassigned or handed to you, and its batch's sell-by date (if any) must not have passed (Asia/Shanghai). The cards become `sold` — only now can they be recharged — and the sale's amount is booked as cash your outlet owes against the card float, all at once or not at all. If the call times out, resend it with the same Idempotency-Key: the first answer comes back.
         *
         *     Who may call: staff with role clerk.
         */
        post: operations["createCardSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-sales/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One card sale of your units
         * @description Who may call: staff with role clerk or card_admin or fund_admin or settlement_officer or auditor.
         */
        get: operations["getCardSale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-ranges/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze a range reported lost or stolen
         * @description Cards in transit, in stock or sold become `frozen`: they cannot be sold, recharged (`card_frozen`), transferred or shipped until unfrozen. Each card remembers its state. Every card of the range must be owned by a unit of yours and be in a state the move allows; otherwise 409 `card_range_not_eligible` says what stood in the way and nothing is changed. An optional Idempotency-Key makes a retry (a double click, a timeout) answer the first result; the same key with another body is 422.
         *
         *     Who may call: staff with role card_admin.
         */
        post: operations["freezeCardRange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-ranges/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unfreeze a range found again
         * @description Every card returns to exactly the state it had when it was frozen. Every card of the range must be owned by a unit of yours and be in a state the move allows; otherwise 409 `card_range_not_eligible` says what stood in the way and nothing is changed. An optional Idempotency-Key makes a retry (a double click, a timeout) answer the first result; the same key with another body is 422.
         *
         *     Who may call: staff with role card_admin.
         */
        post: operations["unfreezeCardRange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-ranges/scrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scrap unsold cards (damaged, or past their sell-by date)
         * @description Cards in stock become `scrapped`; they are destroyed later with a destruction request and a second card administrator's approval. Every card of the range must be owned by a unit of yours and be in a state the move allows; otherwise 409 `card_range_not_eligible` says what stood in the way and nothing is changed. An optional Idempotency-Key makes a retry (a double click, a timeout) answer the first result; the same key with another body is 422.
         *
         *     Who may call: staff with role card_admin.
         */
        post: operations["scrapCardRange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/card-ranges/destruction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to destroy a scrapped range (another card admin approves)
         * @description Opens a maker-checker request of kind `card_destruction`. Every card of the range must be `scrapped` in your units. When another card administrator covering the cards' unit approves it (`POST /v1/approvals/{approvalId}/approve`), the range becomes `destroyed` in the same transaction; if a card is no longer scrapped by then, the approval fails with 409 and nothing changes. An optional Idempotency-Key makes a retry (a double click, a timeout) answer the first result; the same key with another body is 422.
         *
         *     Who may call: staff with role card_admin.
         */
        post: operations["requestCardDestruction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remittances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Remittances of your units, newest first
         * @description Who may call: staff with role fund_admin or settlement_officer or auditor.
         */
        get: operations["listRemittances"];
        put?: never;
        /**
         * Declare an outlet's sales remittance (售卡解款)
         * @description Declares cash an outlet of your units paid into the settlement center's unified account for a business day. Nothing is booked until the settlement center confirms it. The amount may not exceed what the outlet sold and has not yet remitted (confirmed remittances and declarations awaiting a decision both count); concurrent declarations for one outlet are serialized. Resend with the same Idempotency-Key after a timeout: the first answer comes back.
         *
         *     Who may call: staff with role fund_admin.
         */
        post: operations["declareRemittance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remittances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One remittance of your units
         * @description Who may call: staff with role fund_admin or settlement_officer or auditor.
         */
        get: operations["getRemittance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remittances/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a remittance found on the bank statement
         * @description The settlement center confirms a declared remittance of your units after checking its bank statement; the declarer cannot confirm their own. One balanced ledger transaction in the outlet's book debits `settlement_unified` and credits the outlet's `outlet_card_cash`. Idempotency-Key required.
         *
         *     Who may call: staff with role settlement_officer.
         */
        post: operations["confirmRemittance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remittances/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a remittance not found on the bank statement
         * @description Rejects a declared remittance of your units with a reason; nothing is booked, and the amount becomes declarable again. The declarer cannot reject their own.
         *
         *     Who may call: staff with role settlement_officer.
         */
        post: operations["rejectRemittance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Settlement runs, newest period first
         * @description Runs made by units in your subtree, optionally of one period (rejected runs included).
         *
         *     Who may call: staff with role settlement_officer or fund_admin or auditor.
         */
        get: operations["listSettlementRuns"];
        put?: never;
        /**
         * Compute a month's card-fund return (资金返还) and ask for its approval
         * @description A settlement officer of the settlement center (the root unit) computes, per accounting unit, what its customers were credited by card recharges and partner top-ups with business dates up to the end of the period, minus what approved runs already returned to the unit, and the unified account's balance and shortfall. Nothing is booked: the run opens an approval (kind `settlement_run`) that another settlement officer decides with `POST /v1/approvals/{approvalId}/approve` or `/reject`. Approval books one transaction per unit (debit `unit_fee_account`, credit `settlement_unified`); on a shortfall the unified balance is shared pro rata and the rest stays due. One run per period unless rejected, and one undecided run at a time: otherwise 409 naming the existing run. No Idempotency-Key: the period is the key.
         *
         *     Who may call: staff with role settlement_officer.
         */
        post: operations["createSettlementRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One settlement run with its lines
         * @description Who may call: staff with role settlement_officer or fund_admin or auditor.
         */
        get: operations["getSettlementRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/remittance-variance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Remittance variance per outlet and business day
         * @description For every outlet of your units (or of `unitId`'s subtree) and every business day in [from, to] with sales or remittances: sold, declared, confirmed, and the cumulative outstanding (sold − confirmed since the outlet began). At most 366 days. JSON by default; CSV (streamed, header `outlet_unit_id,outlet_name,business_date,sold_fen,declared_fen,confirmed_fen,outstanding_fen`) with `Accept: text/csv` or `?format=csv`.
         *
         *     The same report as an Excel workbook with `?format=xlsx` or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: a Chinese header (English with `lang=en`), amounts in 元 as numbers formatted `0.00`, dates as dates, the totals line last. The CSV starts with a UTF-8 BOM and ends its lines with CRLF, so Excel opens it as UTF-8. Both come with a `Content-Disposition` naming the report, the unit and the dates.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role fund_admin or settlement_officer or auditor.
         */
        get: operations["getRemittanceVariance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/daily-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Card sales per business day, outlet and clerk
         * @description Cards sold and their face value per business day × outlet × clerk, for the outlets of your units (or of `unitId`'s subtree), from the sales records, with totals. At most 366 days. JSON by default; CSV (streamed, header `business_date,outlet_unit_id,outlet_name,clerk_id,clerk_name,card_count,amount_fen`, then a last line whose business_date is `total`) with `Accept: text/csv` or `?format=csv`.
         *
         *     The same report as an Excel workbook with `?format=xlsx` or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: a Chinese header (English with `lang=en`), amounts in 元 as numbers formatted `0.00`, dates as dates, the totals line last. The CSV starts with a UTF-8 BOM and ends its lines with CRLF, so Excel opens it as UTF-8. Both come with a `Content-Disposition` naming the report, the unit and the dates.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role settlement_officer or fund_admin or auditor.
         */
        get: operations["getDailySales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/card-float": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The card float by batch, with its aging
         * @description Cards sold and not yet used (the float, 卡沉淀资金) at the end of business day `asOf` (default today), per batch: count and value, by age since the sale, and the batch's sell-by date, for cards sold by outlets of your units (or of `unitId`'s subtree), with totals. Over the whole province the total value equals the card_float ledger balance. JSON by default; CSV (streamed, header `batch_id,face_value_fen,sell_by,card_count,value_fen,age_0_30_count,age_0_30_fen,age_31_90_count,age_31_90_fen,age_91_365_count,age_91_365_fen,age_over_365_count,age_over_365_fen`, then a last line whose batch_id is `total`) with `Accept: text/csv` or `?format=csv`.
         *
         *     The same report as an Excel workbook with `?format=xlsx` or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: a Chinese header (English with `lang=en`), amounts in 元 as numbers formatted `0.00`, dates as dates, the totals line last. The CSV starts with a UTF-8 BOM and ends its lines with CRLF, so Excel opens it as UTF-8. Both come with a `Content-Disposition` naming the report, the unit and the dates.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role settlement_officer or fund_admin or auditor or card_admin.
         */
        get: operations["getCardFloat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/recharges-by-channel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recharges and top-ups per business day and channel
         * @description Count and amount of card recharges per business day × channel, and partners' direct top-ups as channel `partner_topup`, for the customers of your accounting units (or of `unitId`'s subtree; a province-level caller sees every customer), with totals. At most 366 days. JSON by default; CSV (streamed, header `business_date,channel,count,amount_fen`, then a last line whose business_date is `total`) with `Accept: text/csv` or `?format=csv`.
         *
         *     The same report as an Excel workbook with `?format=xlsx` or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: a Chinese header (English with `lang=en`), amounts in 元 as numbers formatted `0.00`, dates as dates, the totals line last. The CSV starts with a UTF-8 BOM and ends its lines with CRLF, so Excel opens it as UTF-8. Both come with a `Content-Disposition` naming the report, the unit and the dates.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role settlement_officer or fund_admin or auditor.
         */
        get: operations["getRechargesByChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/settlement-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Settlement runs (资金返还) of a range of months, per accounting unit line
         * @description Every settlement run of the months [from, to] — rejected and pending ones too, with their state — one row per run × accounting unit line of your subtree (or `unitId`'s subtree): the line's recharges, top-ups, corrections (reversals in − reversals out − closed-account refunds), returned before, due and returned, beside the run's own figures (due, unified balance, shortfall, returned; shown to staff of the settlement center only, who can read the run itself). A run without a line in that scope appears once, with empty unit columns, when the scope covers the settlement center. Ordered by period and creation. `totals.returnedFen` is what the lines listed returned. At most 36 months, else 400 `report_range_invalid`. JSON by default; CSV (streamed, header `period,run_id,state,created_at,created_by,created_by_name,decided_at,unit_id,unit_name,recharges_fen,topups_fen,corrections_fen,returned_before_fen,due_fen,returned_fen,run_due_fen,run_unified_balance_fen,run_shortfall_fen,run_returned_fen`, then a last line whose period is `total`, with only returned_fen) with `Accept: text/csv` or `?format=csv`.
         *
         *     The same report as an Excel workbook with `?format=xlsx` or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: a Chinese header (English with `lang=en`), amounts in 元 as numbers formatted `0.00`, dates as dates, the totals line last. The CSV starts with a UTF-8 BOM and ends its lines with CRLF, so Excel opens it as UTF-8. Both come with a `Content-Disposition` naming the report, the unit and the dates.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role settlement_officer or fund_admin or auditor.
         */
        get: operations["getSettlementHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/monthly-clearing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly clearing statement (月度清算) per accounting unit
         * @description For every accounting unit in your subtree (or under `unitId`): cards sold, remitted, recharges and top-ups of its customers, bills paid from balances, funds returned by the month's settlement run, the float of its sold-but-unused cards, and the cross-unit matrix of cards sold in one unit and used by customers of another. Months are Asia/Shanghai business months.
         *
         *     JSON by default. With `Accept: text/csv` or `?format=csv`, the statement comes as two spreadsheet-ready tables, each its own CSV file so that it opens in Excel as a plain table (sort, filter, pivot): `?part=units` (the default), one line per accounting unit with counts and values in their own columns (header `period,unit_id,unit_name,cards_sold_count,cards_sold_fen,remitted_fen,recharge_count,recharge_fen,topup_count,topup_fen,bills_paid_fen,returned_fen,float_count,float_fen`), and `?part=cross-unit`, one line per selling unit × customers' unit with both units' names (header `period,sold_in_unit_id,sold_in_unit_name,used_in_unit_id,used_in_unit_name,recharge_count,recharge_fen`). Every line carries the period, so months can be appended into one sheet. No total line: the JSON has no totals either. `part` is ignored for JSON, which carries both, and for XLSX (`?format=xlsx`), a workbook with both tables, a sheet each.
         *
         *     The same report as an Excel workbook with `?format=xlsx` or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: a Chinese header (English with `lang=en`), amounts in 元 as numbers formatted `0.00`, dates as dates, the totals line last. The CSV starts with a UTF-8 BOM and ends its lines with CRLF, so Excel opens it as UTF-8. Both come with a `Content-Disposition` naming the report, the unit and the dates.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role settlement_officer or fund_admin or auditor.
         */
        get: operations["getMonthlyClearing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit's day at a glance (the console's dashboard)
         * @description For your unit's subtree (or `unitId`'s): today's card sales (total and per outlet), today's recharges and top-ups per channel, the card float now (by age), and the remittances its outlets declared that are still open (count and sum of all, the 50 oldest listed). The figures are those of the daily-sales, recharges-by-channel and card-float reports for today.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role settlement_officer or fund_admin or auditor.
         */
        get: operations["getUnitDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import electricity bills (JSON batch)
         * @description Imports up to 1000 bills of customers of your accounting units, idempotently: a bill id seen before with the same content is reported `duplicate` and changes nothing; with another customer, period or amount it is `rejected` (`bill_conflict`). Each new bill is booked (the customer owes it: debit `electricity_receivable`, credit the unit's `unit_electricity_revenue`), then the customers' open bills are paid from their prepaid balances, oldest period first — the last one reached may be partly paid. Later recharges and top-ups pay what stays open. Idempotency-Key required.
         *
         *     Who may call: staff with role fund_admin or settlement_officer.
         */
        post: operations["importBills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bills/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import electricity bills (CSV file)
         * @description Imports up to 1000 bills of customers of your accounting units, idempotently: a bill id seen before with the same content is reported `duplicate` and changes nothing; with another customer, period or amount it is `rejected` (`bill_conflict`). Each new bill is booked (the customer owes it: debit `electricity_receivable`, credit the unit's `unit_electricity_revenue`), then the customers' open bills are paid from their prepaid balances, oldest period first — the last one reached may be partly paid. Later recharges and top-ups pay what stays open. Idempotency-Key required.
         *
         *     The body is `Content-Type: text/csv`: the header `bill_id,customer_no,period,amount_fen`, then one bill per line; any malformed line refuses the file (400, naming the lines).
         *
         *     Who may call: staff with role fund_admin or settlement_officer.
         */
        post: operations["importBillsCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customerNo}/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's bills, newest first
         * @description For staff of the customer's accounting unit, of the units above it, and of its outlets and stations.
         *
         *     Who may call: staff with role clerk or fund_admin or settlement_officer or auditor.
         */
        get: operations["listCustomerBills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import customers (JSON batch)
         * @description Brings customers (户号) in from the marketing system (营销系统): new customers are created with their prepaid account; a known customer is changed only by a newer `sourceVersion` — a file sent twice, or an older one, changes nothing (`unchanged`). A change of accounting unit moves the customer from `effectiveFrom` on; recharges, top-ups and bill payments keep the unit they were made under. `closed` (销户) closes the account: it takes no more recharges. Each row is applied whole or refused whole; refused rows are listed by line, field and reason (the first 100) and the others are applied. No Idempotency-Key: the versions make it idempotent.
         *
         *     Up to 10000 customers per batch; a line number in `errors` is the customer's 1-based position.
         *
         *     Who may call: channel clients (any channel); staff with role sysadmin.
         */
        post: operations["importCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customer-imports/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import customers (CSV file, streamed)
         * @description Brings customers (户号) in from the marketing system (营销系统): new customers are created with their prepaid account; a known customer is changed only by a newer `sourceVersion` — a file sent twice, or an older one, changes nothing (`unchanged`). A change of accounting unit moves the customer from `effectiveFrom` on; recharges, top-ups and bill payments keep the unit they were made under. `closed` (销户) closes the account: it takes no more recharges. Each row is applied whole or refused whole; refused rows are listed by line, field and reason (the first 100) and the others are applied. No Idempotency-Key: the versions make it idempotent.
         *
         *     The body is `Content-Type: text/csv` as the marketing system exports it: UTF-8 with or without a BOM, a header row, then one customer per line (RFC 4180 quoting). The header names the columns in any order, in English (`customer_no,name,phone,address,accounting_unit_id,status,source_version,effective_from`) or as the export does (户号, 户名, 电话, 地址, 核算单位, 状态, 版本, 生效日期); phone, address and effective_from may be left out. The file is read as it arrives and applied in chunks, so a file of ten million customers is fine. A header that is not valid is refused (400 `customer_file_invalid`); a file that stops being CSV midway answers `complete: false` with `stoppedAt`.
         *
         *     Who may call: channel clients (any channel); staff with role sysadmin.
         */
        post: operations["importCustomersCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/manufacturers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registered manufacturers
         * @description Who may call: staff with role issuer or auditor.
         */
        get: operations["listManufacturers"];
        put?: never;
        /**
         * Register a card manufacturer and its public keys
         * @description Keys are given here, never fetched from a URL. Private keys are refused.
         *
         *     Who may call: staff with role issuer.
         */
        post: operations["registerManufacturer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/production-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Production requests of your subtree
         * @description Who may call: staff with role card_admin or issuer or auditor.
         */
        get: operations["listProductionRequests"];
        put?: never;
        /**
         * A city bureau requests cards of one face value
         * @description Who may call: staff with role card_admin.
         */
        post: operations["createProductionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/production-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Production plans of your subtree, with their lines
         * @description Who may call: staff with role issuer or auditor.
         */
        get: operations["listProductionPlans"];
        put?: never;
        /**
         * Turn open requests into a production plan (another issuer approves it)
         * @description Opens a maker-checker request of kind `production_plan`; approving it (POST /v1/approvals/{id}/approve by another issuer) makes the plan orderable, rejecting it reopens its requests.
         *
         *     Who may call: staff with role issuer.
         */
        post: operations["createProductionPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/production-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One production plan with its lines
         * @description Who may call: staff with role issuer or auditor.
         */
        get: operations["getProductionPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/production-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Production orders of your subtree, with their batches and card files
         * @description Who may call: staff with role issuer or auditor.
         */
        get: operations["listProductionOrders"];
        put?: never;
        /**
         * Order an approved plan: generates the cards and the encrypted card file
         * @description In one transaction: every plan line becomes a batch with its own card-number range, the cards are created (state `generated`, PINs stored only as keyed HMACs), and the print file with the PINs is signed by Powercard (JWS, EdDSA, key in /.well-known/jwks.json) and encrypted to the manufacturer (JWE ECDH-ES+A256KW / A256GCM). Large plans take seconds (a million cards: well under 20 s).
         *
         *     Who may call: staff with role issuer.
         */
        post: operations["createProductionOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/production-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One production order with its batches
         * @description Who may call: staff with role issuer or auditor.
         */
        get: operations["getProductionOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/production-orders/{id}/card-files/{part}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One encrypted card file for the manufacturer (audited)
         * @description An order's cards come in files of about 200,000 cards (`files` in the order). Each is a compact JWE (`Content-Type: application/jose`) only the manufacturer can decrypt; open it with `npm run manufacturer -- open`. Every download is recorded in the audit log.
         *
         *     Who may call: staff with role issuer.
         */
        get: operations["downloadCardFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/production-orders/{id}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the manufacturer's signed acknowledgement of one card file
         * @description The acknowledgement names the order, the file's card count and its print-file hash, signed with the manufacturer's registered key. When every file of the order is acknowledged, the order is `acknowledged`.
         *
         *     Who may call: staff with role issuer.
         */
        post: operations["acknowledgeCardFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{customerNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's prepaid account: balance, masked name, accounting unit
         * @description What a channel shows the payer before money moves: the masked name and the balance, for any customer. Staff see the account of customers of their accounting unit's line (the unit, the units above it, its outlets and stations) with the accounting unit; a counter clerk may read any customer's masked name and balance to serve them. Any other customer answers 404, as an unknown one.
         *
         *     Who may call: channel clients (any channel); staff with role clerk or auditor.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{customerNo}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The movements of a prepaid account, newest first
         * @description A channel client sees only its own movements of the account: the recharges and top-ups it made (an empty page if none). Staff of the customer's accounting unit's line see every movement. Any other caller gets 404, as for an unknown customer.
         *
         *     Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: channel clients (any channel); staff with role clerk or auditor.
         */
        get: operations["listAccountTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units of your subtree
         * @description Who may call: staff with role issuer or card_admin or clerk or fund_admin or settlement_officer or auditor or sysadmin.
         */
        get: operations["listUnits"];
        put?: never;
        /**
         * Add a unit below one of yours
         * @description Who may call: staff with role sysadmin.
         */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit of your subtree
         * @description Who may call: staff with role issuer or card_admin or clerk or fund_admin or settlement_officer or auditor or sysadmin.
         */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a unit of your subtree
         * @description Only the name changes: the code, the kind and the place in the tree stay.
         *
         *     Who may call: staff with role sysadmin.
         */
        patch: operations["renameUnit"];
        trace?: never;
    };
    "/v1/units/{unitId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Disable (停用) or enable a unit of your subtree
         * @description A disabled unit receives no card transfers or shipments and sells no cards. A unit with active staff, or with cards in its custody or on their way to it, cannot be disabled (409, saying which); nor can your own unit. Audited.
         *
         *     Who may call: staff with role sysadmin.
         */
        put: operations["setUnitStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{unitId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active staff of one unit of your subtree, for a picker
         * @description Only the fields a picker needs (id, username, display name, unit, roles). A unit outside your subtree is not found.
         *
         *     Who may call: staff with role card_admin.
         */
        get: operations["listUnitStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff of your subtree
         * @description Who may call: staff with role sysadmin or auditor.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a staff user in your subtree
         * @description card_admin and fund_admin cannot go to one person; a sysadmin holds no other role.
         *
         *     Who may call: staff with role sysadmin.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user of your subtree
         * @description Who may call: staff with role sysadmin or auditor.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a user's roles
         * @description Who may call: staff with role sysadmin.
         */
        put: operations["setUserRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a login lock
         * @description Who may call: staff with role sysadmin.
         */
        post: operations["unlockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Disable or re-enable a user
         * @description Disabling ends the user's sessions at once (their refresh tokens are revoked, and no request of theirs is accepted any more). Nobody disables or enables their own account.
         *
         *     Who may call: staff with role sysadmin.
         */
        put: operations["setUserStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new initial password for a user who forgot theirs
         * @description Lifts a login lock and ends every session of the user. The password is never returned nor logged. Your own password is changed with your current one (`POST /v1/auth/password`).
         *
         *     Who may call: staff with role sysadmin.
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approval requests of your subtree
         * @description Who may call: staff with role issuer or card_admin or fund_admin or settlement_officer or auditor.
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One approval request
         * @description Who may call: staff with role issuer or card_admin or fund_admin or settlement_officer or auditor.
         */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a request (not your own); what it asks for happens now
         * @description Who may call: staff with role issuer or card_admin or fund_admin or settlement_officer.
         */
        post: operations["approveRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a request (not your own)
         * @description Who may call: staff with role issuer or card_admin or fund_admin or settlement_officer.
         */
        post: operations["rejectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reversal-previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up a credit to reverse (冲正): both customers' masked names, before a case is opened
         * @description Finds a recharge or top-up of a customer on your line by its 流水号 or the used card's number, and shows the wrongly credited customer's masked name and balance, the right customer's masked name, and whether a case may be opened now (window, unspent value, no other case). Nothing changes.
         *
         *     Who may call: staff with role clerk.
         */
        get: operations["previewReversal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reversal-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reversal cases of customers on your line, newest first
         * @description Who may call: staff with role clerk or fund_admin or auditor.
         */
        get: operations["listReversalCases"];
        put?: never;
        /**
         * Open a reversal case for a credit to the wrong 户号 (冲正 / 退回)
         * @description A counter clerk opens a case with the reason and the evidence checked. Nothing moves until a fund administrator (another person) approves the case's request in the approvals inbox; the approval then moves the value in two balanced ledger transactions, one in each customer's book, or back to its source. Refused when the credit is older than the window (REVERSAL_WINDOW_DAYS, default 30), its value is no longer in the balance, it already has a case, or the right customer is unknown, the same or closed. Idempotency-Key required.
         *
         *     Who may call: staff with role clerk.
         */
        post: operations["openReversalCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reversal-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One reversal case
         * @description Who may call: staff with role clerk or fund_admin or auditor.
         */
        get: operations["getReversalCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refund-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refund cases of customers on your line, newest first
         * @description Who may call: staff with role clerk or fund_admin or auditor.
         */
        get: operations["listRefundCases"];
        put?: never;
        /**
         * Open a refund case for a closed account's balance (销户退费)
         * @description A counter clerk opens a case for the whole balance of a closed account of a customer on their line, with the payout method and its reference. A fund administrator (another person) approves it in the approvals inbox; the approval books one balanced transaction in the customer's book (debit `customer_prepaid`, credit `refunds_payable`) and the balance ends 0. Idempotency-Key required.
         *
         *     Who may call: staff with role clerk.
         */
        post: operations["openRefundCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refund-cases/{id}/payout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that an executed refund was paid out (退费支付)
         * @description A fund administrator records the bank transfer's reference or the signed cash voucher once the money has left. One balanced transaction in the customer's book (debit `refunds_payable`, credit `settlement_unified`); the case keeps the voucher, who and when. Once per case; not by the clerk who opened it. Idempotency-Key required.
         *
         *     Who may call: staff with role fund_admin.
         */
        post: operations["recordRefundPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refund-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One refund case
         * @description Who may call: staff with role clerk or fund_admin or auditor.
         */
        get: operations["getRefundCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit events of your subtree, newest first
         * @description Stale reads allowed: this may be served by a streaming replica at most `DATABASE_REPLICA_MAX_LAG_MS` (default 10 s) behind the primary; the `Powercard-Data-As-Of` header says how fresh the answer is.
         *
         *     Who may call: staff with role auditor.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the audit hash chain and report the first broken link
         * @description Who may call: staff with role auditor.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ReconciliationFile: {
            clientId: string;
            /** Format: date */
            businessDate: string;
            /** Format: date-time */
            generatedAt: string;
            /** @enum {string} */
            currency: "CNY";
            recharges: {
                id: string;
                customerNo: string;
                cardNo: string;
                amountFen: number;
                idempotencyKey: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            topups: {
                id: string;
                customerNo: string;
                amountFen: number;
                partnerReference: string;
                idempotencyKey: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            totals: {
                recharges: {
                    count: number;
                    amountFen: number;
                };
                topups: {
                    count: number;
                    amountFen: number;
                };
                /** @description What you owe for the day: your top-ups. */
                netPayableFen: number;
            };
        };
        MovementFile: {
            /** Format: date */
            businessDate: string;
            /** Format: date-time */
            generatedAt: string;
            /** @enum {string} */
            currency: "CNY";
            /** @description The feed's last position when the file was made: the file holds every movement of the day up to it. */
            throughPosition: number;
            /** @description True once the day closed more than an hour ago and none of its movements waits to be sequenced: the file will not change any more. Before that, fetch it again later. */
            final: boolean;
            /** @description The day's movements in feed order. */
            movements: components["schemas"]["Movement"][];
            totals: {
                count: number;
                /** @description Sum of the positive amounts (money in). */
                creditFen: number;
                /** @description Sum of the negative amounts (money out), ≤ 0. */
                debitFen: number;
                /** @description creditFen + debitFen. */
                netFen: number;
                /** @description Per ledger kind, sorted by kind. */
                byKind: {
                    /** @example recharge */
                    kind: string;
                    /** @example 120 */
                    count: number;
                    /**
                     * @description Signed for the customers.
                     * @example 1200000
                     */
                    amountFen: number;
                }[];
            };
        };
        Movement: {
            /**
             * @description Where the movement stands in the feed: 1, 2, 3… without gaps, never reused.
             * @example 1024
             */
            position: number;
            /**
             * @description The ledger transaction (with `leg`, unique): the key to deduplicate by.
             * @example txn_01jq3v6k9xf0b8e4mz7t2c5n1r
             */
            movementId: string;
            /**
             * @description The transaction's prepaid-account leg.
             * @example 2
             */
            leg: number;
            /**
             * @description The ledger kind: `recharge`, `topup`, `bill_payment`, and any kind added later (reversals, refunds). Treat an unknown kind as a movement like any other: its amount and balance are complete.
             * @example recharge
             */
            kind: string;
            /** @example 3301000001 */
            customerNo: string;
            /**
             * @description Signed for the customer: + money into the prepaid account, − out of it.
             * @example 10000
             */
            amountFen: number;
            /**
             * @description The prepaid balance right after this movement.
             * @example 15000
             */
            balanceAfterFen: number;
            /**
             * @description The customer's accounting unit when the movement was sequenced.
             * @example unt_01jq3v6k9xf0b8e4mz7t2c5n1r
             */
            accountingUnitId: string | null;
            /**
             * @description The recharge's channel (counter, ivr, sms, web, partner); `partner` for a top-up; else null.
             * @example counter
             */
            channel: string | null;
            /**
             * @description The business record behind it: a recharge (`rch_…`) or top-up id; null where none.
             * @example rch_01jq3v6k9xf0b8e4mz7t2c5n1r
             */
            reference: string | null;
            /**
             * Format: date
             * @example 2026-11-26
             */
            businessDate: string;
            /**
             * Format: date-time
             * @description When the movement was booked.
             */
            occurredAt: string;
        };
        Problem: {
            /** @example urn:powercard:problem:card_already_used */
            type: string;
            /** @example The card has already been used */
            title: string;
            /** @example 409 */
            status: number;
            detail: string;
            /**
             * @description Stable machine-readable error code; branch on this, not on the title.
             * @enum {string}
             */
            code: "validation_failed" | "malformed_json" | "idempotency_key_missing" | "idempotency_key_invalid" | "password_too_weak" | "unauthenticated" | "invalid_client" | "api_key_not_accepted" | "unsupported_grant_type" | "invalid_scope" | "invalid_credentials" | "forbidden" | "not_found" | "customer_not_found" | "user_not_found" | "client_not_found" | "key_not_found" | "invalid_key" | "unit_not_found" | "approval_not_found" | "card_not_found_for_staff" | "recharge_not_found" | "topup_not_found" | "business_date_in_future" | "card_not_sold" | "card_already_used" | "card_frozen" | "idempotency_in_progress" | "partner_reference_reused" | "account_closed" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "pin_incorrect" | "recharge_refused" | "rate_limited" | "segregation_of_duties" | "approval_not_pending" | "approval_self_decision" | "username_taken" | "client_has_no_api_key" | "card_not_locked" | "production_request_unit_invalid" | "production_request_not_open" | "production_plan_not_found" | "production_plan_not_orderable" | "manufacturer_not_found" | "production_order_not_found" | "card_file_not_found" | "card_file_already_acknowledged" | "acknowledgement_invalid" | "card_range_invalid" | "card_range_not_eligible" | "shipment_not_found" | "shipment_order_not_found" | "shipment_destination_invalid" | "cartons_overlap" | "carton_already_received" | "unit_disabled" | "unit_has_active_staff" | "unit_holds_cards" | "transfer_not_found" | "transfer_target_invalid" | "transfer_already_received" | "transfer_receiver_is_sender" | "transfer_receiver_invalid" | "card_expired_for_sale" | "sale_not_found" | "remittance_not_found" | "remittance_exceeds_unremitted" | "remittance_bank_reference_taken" | "remittance_not_pending" | "remittance_self_decision" | "settlement_run_not_found" | "settlement_period_not_finished" | "settlement_run_exists" | "settlement_run_pending" | "customer_file_invalid" | "credit_not_found" | "reversal_case_not_found" | "reversal_window_passed" | "reversal_window_passed_at_approval" | "reversal_case_exists" | "reversal_value_spent" | "reversal_target_invalid" | "refund_case_not_found" | "refund_account_not_closed" | "refund_nothing_to_refund" | "refund_case_exists" | "refund_balance_changed" | "refund_not_executed" | "refund_already_paid_out" | "refund_payout_by_maker" | "report_range_invalid" | "movement_position_ahead" | "card_locked" | "internal_error" | "overloaded" | "service_unavailable" | "upstream_failed" | "upstream_timeout";
            /** @example req_3h2Jx0c7aQy8bR1m */
            requestId: string;
            /** @description For validation_failed: each invalid field. */
            errors?: {
                field: string;
                message: string;
            }[];
        };
        PublicRecharge: {
            /** @example rch_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description The account holder's name, masked, to confirm the account.
             * @example 张*明
             */
            customerName: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            cardNo: string;
            /**
             * @description Amount credited, in fen.
             * @example 10000
             */
            amountFen: number;
            /**
             * @description The prepaid balance right after this recharge, in fen — shown to whoever just recharged.
             * @example 25000
             */
            balanceFen: number;
            /** @enum {string} */
            currency: "CNY";
            /**
             * Format: date-time
             * @example 2026-11-26T02:30:00.000Z
             */
            createdAt: string;
        };
        CreatePublicRecharge: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            cardNo: string;
            /**
             * @description The 16-digit PIN under the scratch-off panel.
             * @example 1234567890123456
             */
            pin: string;
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
        };
        RechargePreview: {
            customer: {
                /**
                 * @description The customer number, masked.
                 * @example 33******01
                 */
                customerNo: string;
                /**
                 * @description The account holder's name, masked.
                 * @example 张*明
                 */
                name: string;
                /**
                 * @description The supply address, masked to its region; null when the utility holds none.
                 * @example 浙江省杭州市西湖区****
                 */
                address: string | null;
                /** @description False for a closed account (销户). */
                acceptsRecharge: boolean;
            };
            card?: components["schemas"]["CardStatus"];
            /** @description Whether a recharge with the right PIN would go ahead now: the account is open and the card (if sent) is sold and unused. */
            canRecharge: boolean;
            /**
             * @description Why not, when `canRecharge` is false.
             * @example null
             * @enum {string|null}
             */
            refusal: "account_closed" | "card_not_genuine" | "card_not_sold" | "card_locked" | "card_frozen" | "card_already_used" | "card_void" | null;
        };
        /** @description The card's status, when a card number was sent. */
        CardStatus: {
            /**
             * @description The card number asked about, as sent.
             * @example 3300000000000019
             */
            cardNo: string;
            /** @description Whether the utility issued a card with this number. */
            genuine: boolean;
            /** @description Whether the last digit matches (Damm). False means a typo or a made-up number — told at once, without a look-up. */
            checkDigitValid: boolean;
            /**
             * @description `not_genuine`: no such card (or a wrong check digit); `unsold`: still in the utility's stock — a card offered for sale outside an authorised outlet is suspect; `sold_unused`: sold, can be recharged; `locked_online`: sold, unused, but closed to the web, phone and SMS after 5 wrong PINs — it still works at a service counter or a bank; `locked`: locked after wrong PINs, a service counter unlocks it; `frozen`: reported lost or stolen; `used`: already recharged (see `usedAt`, `usedByCustomerNo`); `void`: scrapped or destroyed.
             * @example sold_unused
             * @enum {string}
             */
            status: "not_genuine" | "unsold" | "sold_unused" | "locked_online" | "locked" | "frozen" | "used" | "void";
            /**
             * @description The card's face value, in fen.
             * @example 10000
             */
            faceValueFen: number | null;
            /**
             * Format: date-time
             * @description When a used card was recharged.
             */
            usedAt: string | null;
            /**
             * @description The customer number it went to, masked.
             * @example 33******01
             */
            usedByCustomerNo: string | null;
        };
        CreateRechargePreview: {
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /** @description The 16-digit card number, to see its face value and whether it can be used. */
            cardNo?: string;
        };
        PublicOutletList: {
            data: components["schemas"]["PublicOutlet"][];
        };
        PublicOutlet: {
            /** @example ZJ-HZ-XH-01 */
            code: string;
            /** @example 西湖供电营业厅 */
            name: string;
            /**
             * @description The bureau the outlet belongs to (its parent unit).
             * @example 西湖区供电分局
             */
            bureau: string;
            /**
             * @description The city bureau above it.
             * @example 杭州供电公司
             */
            city: string | null;
            /** @description Where it is, when the utility recorded it. */
            address: string | null;
            /** @description Its public telephone, when the utility recorded it. */
            phone: string | null;
        };
        JwkSet: {
            keys: {
                [key: string]: unknown;
            }[];
        };
        TokenPair: {
            /** @description EdDSA-signed JWT (typ at+jwt), valid 10 minutes. */
            accessToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @example 600 */
            expiresIn: number;
            /** @description Single-use; trade it for a new pair before the access token expires. Valid 12 hours. Absent in cookie mode (`X-Session-Mode: cookie`): the token is then in an httpOnly cookie. */
            refreshToken?: string;
        };
        LoginRequest: {
            username: string;
            password: string;
        };
        Me: {
            id: string;
            username: string;
            /**
             * @description The name to show.
             * @example 王晓丽
             */
            displayName: string;
            unitId: string;
            roles: ("issuer" | "card_admin" | "clerk" | "fund_admin" | "settlement_officer" | "auditor" | "sysadmin")[];
        };
        TokenResponse: {
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @example 600 */
            expires_in: number;
            /** @example cards:verify recharges:write recharges:read */
            scope: string;
        };
        TokenRequest: {
            /** @example client_credentials */
            grant_type: string;
            /** @example urn:ietf:params:oauth:client-assertion-type:jwt-bearer */
            client_assertion_type: string;
            /** @description A JWT signed with your registered key (ES256 or EdDSA): iss = sub = your client id, aud = this endpoint's URL, exp ≤ 5 min ahead, a fresh jti. */
            client_assertion: string;
            /** @description Space-separated operations, from: cards:verify recharges:write recharges:read accounts:read topups:write customers:import reconciliation:read webhooks:manage movements:read. Default: all you are allowed. */
            scope?: string;
        };
        ChannelClient: {
            /** @example cli_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            name: string;
            /** @enum {string} */
            channel: "counter" | "ivr" | "sms" | "web" | "partner";
            /** @enum {string|null} */
            partnerType: "bank" | "telco" | null;
            /** @enum {string} */
            status: "active" | "suspended";
            unitId: string | null;
            allowedOperations: ("cards:verify" | "recharges:write" | "recharges:read" | "accounts:read" | "topups:write" | "customers:import" | "reconciliation:read" | "webhooks:manage" | "movements:read")[];
            rateLimitPerMinute: number;
            webhookUrl: string | null;
            /** @description The first characters of the API key, to tell keys apart. */
            apiKeyPrefix: string;
            keys: {
                kid: string;
                /** @enum {string} */
                alg: "ES256" | "EdDSA";
                /** @enum {string} */
                status: "active" | "revoked";
            }[];
            createdAt: string;
        };
        CreateChannelClient: {
            name: string;
            /** @enum {string} */
            channel: "counter" | "ivr" | "sms" | "web" | "partner";
            /** @enum {string} */
            partnerType?: "bank" | "telco";
            unitId?: string;
            /** @description What the client may do. A client gets only the operations listed here (none if omitted); a recharge channel typically needs cards:verify, recharges:write, recharges:read, accounts:read. */
            allowedOperations?: ("cards:verify" | "recharges:write" | "recharges:read" | "accounts:read" | "topups:write" | "customers:import" | "reconciliation:read" | "webhooks:manage" | "movements:read")[];
            rateLimitPerMinute?: number;
        };
        Recharge: {
            /** @example rch_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            cardNo: string;
            /**
             * @description Amount credited, in fen (the card's face value).
             * @example 10000
             */
            amountFen: number;
            /**
             * @description The prepaid account balance right after this recharge, in fen.
             * @example 25000
             */
            balanceFen: number;
            /** @enum {string} */
            currency: "CNY";
            /**
             * @description The channel the recharge came through.
             * @enum {string}
             */
            channel: "counter" | "ivr" | "sms" | "web" | "partner";
            /**
             * Format: date-time
             * @example 2026-11-26T02:30:00.000Z
             */
            createdAt: string;
        };
        CreateRecharge: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            cardNo: string;
            /**
             * @description The 16-digit PIN under the scratch-off panel.
             * @example 1234567890123456
             */
            pin: string;
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
        };
        RechargeByKey: {
            idempotencyKey: string;
            /** @enum {string} */
            status: "succeeded" | "failed" | "in_progress";
            recharge: components["schemas"]["Recharge"] & (Record<string, never> | null);
            error: {
                /** @enum {string} */
                code: "validation_failed" | "malformed_json" | "idempotency_key_missing" | "idempotency_key_invalid" | "password_too_weak" | "unauthenticated" | "invalid_client" | "api_key_not_accepted" | "unsupported_grant_type" | "invalid_scope" | "invalid_credentials" | "forbidden" | "not_found" | "customer_not_found" | "user_not_found" | "client_not_found" | "key_not_found" | "invalid_key" | "unit_not_found" | "approval_not_found" | "card_not_found_for_staff" | "recharge_not_found" | "topup_not_found" | "business_date_in_future" | "card_not_sold" | "card_already_used" | "card_frozen" | "idempotency_in_progress" | "partner_reference_reused" | "account_closed" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "pin_incorrect" | "recharge_refused" | "rate_limited" | "segregation_of_duties" | "approval_not_pending" | "approval_self_decision" | "username_taken" | "client_has_no_api_key" | "card_not_locked" | "production_request_unit_invalid" | "production_request_not_open" | "production_plan_not_found" | "production_plan_not_orderable" | "manufacturer_not_found" | "production_order_not_found" | "card_file_not_found" | "card_file_already_acknowledged" | "acknowledgement_invalid" | "card_range_invalid" | "card_range_not_eligible" | "shipment_not_found" | "shipment_order_not_found" | "shipment_destination_invalid" | "cartons_overlap" | "carton_already_received" | "unit_disabled" | "unit_has_active_staff" | "unit_holds_cards" | "transfer_not_found" | "transfer_target_invalid" | "transfer_already_received" | "transfer_receiver_is_sender" | "transfer_receiver_invalid" | "card_expired_for_sale" | "sale_not_found" | "remittance_not_found" | "remittance_exceeds_unremitted" | "remittance_bank_reference_taken" | "remittance_not_pending" | "remittance_self_decision" | "settlement_run_not_found" | "settlement_period_not_finished" | "settlement_run_exists" | "settlement_run_pending" | "customer_file_invalid" | "credit_not_found" | "reversal_case_not_found" | "reversal_window_passed" | "reversal_window_passed_at_approval" | "reversal_case_exists" | "reversal_value_spent" | "reversal_target_invalid" | "refund_case_not_found" | "refund_account_not_closed" | "refund_nothing_to_refund" | "refund_case_exists" | "refund_balance_changed" | "refund_not_executed" | "refund_already_paid_out" | "refund_payout_by_maker" | "report_range_invalid" | "movement_position_ahead" | "card_locked" | "internal_error" | "overloaded" | "service_unavailable" | "upstream_failed" | "upstream_timeout";
                title: string;
            } | null;
        };
        CounterRecharge: components["schemas"]["Recharge"] & {
            /**
             * @description The customer's name, masked.
             * @example 张*明
             */
            customerName: string;
        };
        Topup: {
            /** @example tup_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description Amount credited, in fen.
             * @example 5000
             */
            amountFen: number;
            /**
             * @description The prepaid account balance right after this top-up, in fen.
             * @example 30000
             */
            balanceFen: number;
            /** @enum {string} */
            currency: "CNY";
            /** @example ICBC-20261126-000123 */
            partnerReference: string;
            /**
             * Format: date-time
             * @example 2026-11-26T02:30:00.000Z
             */
            createdAt: string;
        };
        CreateTopup: {
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description The amount you took from the customer, in fen: 1 fen to 50000000 fen (500,000 yuan) per top-up.
             * @example 5000
             */
            amountFen: number;
            /**
             * @description Your own reference for the payment you took (shown in reconciliation files). Unique per partner: a reference already used for a top-up is refused (409 `partner_reference_reused`).
             * @example ICBC-20261126-000123
             */
            partnerReference: string;
        };
        DailyNet: {
            /** @example cli_01jq3v6k9xf0b8e4mz7t2c5n1r */
            clientId: string;
            /**
             * Format: date
             * @example 2026-11-26
             */
            businessDate: string;
            /** @enum {string} */
            currency: "CNY";
            /** @description Card recharges you made. No money is owed for them: the cards were paid for at the outlets. */
            recharges: {
                /** @example 120 */
                count: number;
                /** @example 1200000 */
                amountFen: number;
            };
            /** @description Direct top-ups you made. */
            topups: {
                /** @example 120 */
                count: number;
                /** @example 1200000 */
                amountFen: number;
            };
            /**
             * @description What you owe the utility for the day, in fen: your top-ups, as the ledger records them.
             * @example 350000
             */
            netPayableFen: number;
        };
        /** @description Your webhook endpoint; null removes it. */
        Webhook: {
            /**
             * @description Where events are POSTed: https to a public host. A host that is or resolves to a private, loopback, link-local, CGNAT, multicast, unspecified or otherwise special address (IPv4 or IPv6) is refused, here and again at every delivery. Plain http only outside production, to 127.0.0.1, localhost or [::1] (a developer's receiver), or to an origin the operator has allowed by name.
             * @example https://partner.example.com/powercard/events
             */
            url: string | null;
        };
        WebhookEvent: {
            /** @example evt_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /** @example topup.succeeded */
            type: string;
            /** @enum {string} */
            state: "pending" | "delivered" | "failed";
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The recharge or top-up the event reports. */
            data?: unknown;
            /** @description Every delivery attempt, oldest first. */
            deliveries: {
                /** @example 1 */
                attempt: number;
                /** Format: date-time */
                attemptedAt: string;
                url: string;
                /** @description Your endpoint's HTTP status, if it answered. */
                statusCode: number | null;
                /**
                 * @description Why the attempt failed (null if delivered): `http_<status>` (an answer other than 2xx), `timeout`, `connection_failed` (no HTTP answer: name not found, connection refused or reset, TLS), `address_refused` (the host resolved to a non-public address), `url_refused` (the registered URL is no longer allowed), `no_url`.
                 * @example http_503
                 */
                error: string | null;
                durationMs: number;
            }[];
        };
        MovementPage: {
            data: components["schemas"]["Movement"][];
            /**
             * @description The position to ask after next time (`?after=`): the last one of this page, or your `after` when nothing is new yet. Keep it only once you have stored the page.
             * @example 1124
             */
            next: number;
        };
        /**
         * @example {
         *       "ok": true,
         *       "maskedName": "张*明",
         *       "speak": "您输入的户号是三三零幺零零零零零幺，户名张某明。"
         *     }
         */
        IvrCustomerAnswer: {
            /** @description Whether the customer number exists. */
            ok: boolean;
            /**
             * @description The customer's name, masked.
             * @example 张*明
             */
            maskedName?: string;
            /**
             * @description Why `ok` is false. `customer_no_invalid`, `card_no_invalid`, `pin_invalid`: wrong number of digits or a card number whose check digit does not match (ask again); the others are the recharge error codes of `POST /v1/recharges` (an unknown card is `pin_incorrect`), and `rate_limited` when 10 recharges from this calling number failed within 10 minutes, or 10 self-service recharges naming this customer number failed within the hour.
             * @example pin_incorrect
             * @enum {string}
             */
            code?: "customer_no_invalid" | "card_no_invalid" | "pin_invalid" | "pin_incorrect" | "card_already_used" | "card_not_sold" | "card_frozen" | "card_locked" | "customer_not_found" | "account_closed" | "idempotency_key_reused" | "idempotency_in_progress" | "rate_limited";
            /** @description What to say to the caller, zh-CN, ready for TTS: identifiers digit by digit, amounts in 元/角/分. */
            speak: string;
        };
        IvrCustomerRequest: {
            /**
             * @description The customer number (户号) as keyed in: 10 digits.
             * @example 3301000001
             */
            customerNo: string;
        };
        /**
         * @example {
         *       "ok": true,
         *       "amountFen": 10000,
         *       "balanceFen": 25000,
         *       "speak": "您已成功充值100元，当前余额250元。"
         *     }
         */
        IvrRechargeAnswer: {
            /** @description Whether the card was used and the account credited. */
            ok: boolean;
            /**
             * @description Amount credited, in fen.
             * @example 10000
             */
            amountFen?: number;
            /**
             * @description The balance right after the recharge, in fen.
             * @example 25000
             */
            balanceFen?: number;
            /**
             * @description Why `ok` is false. `customer_no_invalid`, `card_no_invalid`, `pin_invalid`: wrong number of digits or a card number whose check digit does not match (ask again); the others are the recharge error codes of `POST /v1/recharges` (an unknown card is `pin_incorrect`), and `rate_limited` when 10 recharges from this calling number failed within 10 minutes, or 10 self-service recharges naming this customer number failed within the hour.
             * @example pin_incorrect
             * @enum {string}
             */
            code?: "customer_no_invalid" | "card_no_invalid" | "pin_invalid" | "pin_incorrect" | "card_already_used" | "card_not_sold" | "card_frozen" | "card_locked" | "customer_not_found" | "account_closed" | "idempotency_key_reused" | "idempotency_in_progress" | "rate_limited";
            /** @description What to say to the caller, zh-CN, ready for TTS: identifiers digit by digit, amounts in 元/角/分. */
            speak: string;
        };
        IvrRechargeRequest: {
            /**
             * @description The customer number (户号) as keyed in: 10 digits.
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description The 16-digit card number as keyed in (last digit is a check digit).
             * @example 3300000000000019
             */
            cardNo: string;
            /**
             * @description The 16-digit PIN under the scratch-off panel, as keyed in.
             * @example 1234567890123456
             */
            pin: string;
            /**
             * @description The IVR's id of the phone call. Without an Idempotency-Key header, the key is derived from the call and the digits keyed in, so resending the same request is one recharge.
             * @example call-20261126-000123
             */
            callId: string;
            /**
             * @description The caller's number (ANI) as the switch delivered it, or empty when the caller withheld it. Failed recharges are limited per calling number (all withheld numbers share one limit).
             * @example 13812345678
             */
            callerNumber: string;
        };
        /**
         * @example {
         *       "ok": true,
         *       "balanceFen": 25000,
         *       "speak": "您的户号当前余额250元。"
         *     }
         */
        IvrBalanceAnswer: {
            /** @description Whether the customer number exists. */
            ok: boolean;
            /**
             * @description The balance, in fen.
             * @example 25000
             */
            balanceFen?: number;
            /**
             * @description Why `ok` is false. `customer_no_invalid`, `card_no_invalid`, `pin_invalid`: wrong number of digits or a card number whose check digit does not match (ask again); the others are the recharge error codes of `POST /v1/recharges` (an unknown card is `pin_incorrect`), and `rate_limited` when 10 recharges from this calling number failed within 10 minutes, or 10 self-service recharges naming this customer number failed within the hour.
             * @example pin_incorrect
             * @enum {string}
             */
            code?: "customer_no_invalid" | "card_no_invalid" | "pin_invalid" | "pin_incorrect" | "card_already_used" | "card_not_sold" | "card_frozen" | "card_locked" | "customer_not_found" | "account_closed" | "idempotency_key_reused" | "idempotency_in_progress" | "rate_limited";
            /** @description What to say to the caller, zh-CN, ready for TTS: identifiers digit by digit, amounts in 元/角/分. */
            speak: string;
        };
        IvrBalanceRequest: {
            /**
             * @description The customer number (户号) as keyed in: 10 digits.
             * @example 3301000001
             */
            customerNo: string;
        };
        SmsReply: {
            /**
             * @description The text to send back to `from` (zh-CN, one SMS where possible). Never contains the PIN.
             * @example 充值成功：户号3301000001（张*明）充值100元，当前余额250元。
             */
            reply: string;
            /**
             * @description What happened: `recharged`, `balance_sent`, `balance_refused` (the sender is not the customer's registered phone, or there is no such customer — deliberately indistinguishable), `help`, `invalid_command`, a recharge error code of `POST /v1/recharges`, or `rate_limited` (too many failed recharges from this phone or naming this customer number; the reply says when to try again).
             * @example recharged
             * @enum {string}
             */
            outcome: "recharged" | "balance_sent" | "balance_refused" | "help" | "invalid_command" | "pin_incorrect" | "card_already_used" | "card_not_sold" | "card_frozen" | "card_locked" | "customer_not_found" | "account_closed" | "idempotency_key_reused" | "idempotency_in_progress" | "rate_limited";
        };
        InboundSms: {
            /**
             * @description The sender's phone number (13812345678, 8613812345678 or +8613812345678).
             * @example 13812345678
             */
            from: string;
            /**
             * @description The message exactly as received, any length up to the request size limit. Full-width characters, ideographic spaces, lower case and numbers grouped with spaces or dashes are all understood.
             * @example CZ 3301000001 3300 0000 0000 0019 1234 5678 9012 3456
             */
            text: string;
            /**
             * @description The gateway's id of the message. Send it, and send the same id when you retry: a recharge is then made once however often the message is delivered. Without it, the same text from the same number within the same minute counts as one message.
             * @example gw-20261126-7f3a9c
             */
            messageId?: string;
        };
        CardVerification: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            cardNo: string;
            /** @example 10000 */
            faceValueFen: number;
            /** @enum {string} */
            state: "generated" | "in_transit" | "in_stock" | "in_transfer" | "sold" | "used" | "locked" | "frozen" | "scrapped" | "destroyed";
            /** @description True when the card can be recharged now (it is sold, not used). */
            redeemable: boolean;
        };
        VerifyCard: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            cardNo: string;
            /**
             * @description The 16-digit PIN under the scratch-off panel.
             * @example 1234567890123456
             */
            pin: string;
        };
        Approval: {
            /** @example apr_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /** @example card_unlock */
            kind: string;
            objectType: string;
            objectId: string;
            unitId: string;
            /** @description In English; the console words it from `details`. */
            summary: string;
            details: components["schemas"]["ApprovalDetails"];
            makerId: string;
            maker: {
                /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
                id: string;
                /** @example hz01.clerk */
                username: string;
                /** @example 城区营业员 */
                displayName: string;
            };
            /** @enum {string} */
            checkerRole: "issuer" | "card_admin" | "clerk" | "fund_admin" | "settlement_officer" | "auditor" | "sysadmin";
            /** @enum {string} */
            state: "pending" | "approved" | "rejected";
            checkerId: string | null;
            checker: {
                /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
                id: string;
                /** @example hz01.clerk */
                username: string;
                /** @example 城区营业员 */
                displayName: string;
            } | null;
            decisionNote: string | null;
            decidedAt: string | null;
            createdAt: string;
        };
        ApprovalDetails: {
            /** @enum {string} */
            kind: "production_plan";
            planId: string;
            requestCount: number;
            sellBy: string;
        } | {
            /** @enum {string} */
            kind: "card_unlock";
            cardNo: string;
            reason: string;
        } | {
            /** @enum {string} */
            kind: "card_destruction";
            firstCardNo: string;
            lastCardNo: string;
            cardCount: number;
            valueFen: number;
            reason: string;
        } | {
            /** @enum {string} */
            kind: "settlement_run";
            period: string;
            dueFen: number;
            unitCount: number;
        } | null;
        CardDetail: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            cardNo: string;
            /** @enum {string} */
            state: "generated" | "in_transit" | "in_stock" | "in_transfer" | "sold" | "used" | "locked" | "frozen" | "scrapped" | "destroyed";
            /** @enum {string|null} */
            stateBeforeFreeze: "generated" | "in_transit" | "in_stock" | "in_transfer" | "sold" | "used" | "locked" | "frozen" | "scrapped" | "destroyed" | null;
            /** @enum {string|null} */
            stateBeforeLock: "generated" | "in_transit" | "in_stock" | "in_transfer" | "sold" | "used" | "locked" | "frozen" | "scrapped" | "destroyed" | null;
            /** @example 10000 */
            faceValueFen: number;
            batch: {
                id: string;
                /**
                 * Format: date
                 * @description Asia/Shanghai date.
                 */
                sellBy: string | null;
            };
            ownerUnit: {
                id: string;
                name: string;
            };
            /** @description The clerk holding the card, when a clerk received it. */
            holder: {
                id: string;
                displayName: string;
            } | null;
            sale: {
                id: string;
                outletUnit: {
                    id: string;
                    name: string;
                };
                clerkId: string;
                clerk: {
                    /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
                    id: string;
                    /** @example hz01.clerk */
                    username: string;
                    /** @example 城区营业员 */
                    displayName: string;
                } | null;
                /** Format: date */
                businessDate: string;
                /** Format: date-time */
                soldAt: string;
            } | null;
            recharge: {
                id: string;
                /** Format: date-time */
                usedAt: string;
                /**
                 * @description The customer number credited, masked.
                 * @example 33******01
                 */
                customerNo: string;
                channel: string;
                amountFen: number;
            } | null;
            failedPinAttempts: number;
            /** Format: date-time */
            lockedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Oldest first. */
            history: components["schemas"]["CardHistoryEntry"][];
        };
        CardHistoryEntry: {
            /** Format: date-time */
            at: string;
            /**
             * @description What happened to the card (alone or as part of a range).
             * @enum {string}
             */
            event: "shipped" | "received" | "transfer_sent" | "transfer_received" | "sold" | "frozen" | "unfrozen" | "scrapped" | "destruction_requested" | "destroyed" | "unlock_requested" | "used";
            fromUnit: {
                id: string;
                name: string;
            } | null;
            toUnit: {
                id: string;
                name: string;
            } | null;
            toUser: {
                id: string;
                displayName: string;
            } | null;
            /** @description The staff member who did it. */
            byUserId: string | null;
            /** @description `byUserId` by name (null for a manufacturer). */
            by: {
                /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
                id: string;
                /** @example hz01.clerk */
                username: string;
                /** @example 城区营业员 */
                displayName: string;
            } | null;
            reason: string | null;
            /** @description The business record: shipment, transfer, sale, approval or recharge id. */
            reference: string | null;
        };
        Shipment: {
            /** @example shp_01h455vb4pex5vsknk084sn02q */
            id: string;
            orderId: string;
            toUnitId: string;
            /** @enum {string} */
            state: "in_transit" | "partly_received" | "received";
            createdBy: string;
            createdAt: string;
            /** @description When the last carton was received. */
            completedAt: string | null;
            cardCount: number;
            cartons: components["schemas"]["Carton"][];
        };
        Carton: {
            /** @description The carton's number within the shipment, from 1. */
            seq: number;
            firstCardNo: string;
            lastCardNo: string;
            cardCount: number;
            /** @enum {string} */
            state: "in_transit" | "received";
            receivedBy: string | null;
            receivedAt: string | null;
        };
        CreateShipment: {
            orderId: string;
            /** @description A city bureau of your units. */
            toUnitId: string;
            cartons: components["schemas"]["CartonRange"][];
        };
        /** @description An inclusive range of card numbers: one carton. */
        CartonRange: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            firstCardNo: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            lastCardNo: string;
        };
        ShipmentSummary: {
            /** @example shp_01h455vb4pex5vsknk084sn02q */
            id: string;
            orderId: string;
            toUnitId: string;
            /** @enum {string} */
            state: "in_transit" | "partly_received" | "received";
            createdBy: string;
            createdAt: string;
            /** @description When the last carton was received. */
            completedAt: string | null;
        };
        ShipmentReceiptResult: {
            shipmentId: string;
            /** @enum {string} */
            state: "in_transit" | "partly_received" | "received";
            receivedCardCount: number;
            /** @example 1000000 */
            receivedValueFen: number;
            /** @description Cartons received by this receipt. */
            received: components["schemas"]["Carton"][];
            /** @description Cartons of the shipment still in transit. */
            missing: components["schemas"]["Carton"][];
            /** @description Listed ranges that are no carton of this shipment; nothing was done. */
            unexpected: {
                firstCardNo: string;
                lastCardNo: string;
            }[];
        };
        ShipmentReceipt: {
            cartons: components["schemas"]["CartonRange"][];
        };
        CardTransfer: {
            /** @example ctr_01h455vb4pex5vsknk084sn02q */
            id: string;
            fromUnitId: string;
            toUnitId: string;
            /** @description The clerk the cards go to, if any. */
            toUserId: string | null;
            firstCardNo: string;
            lastCardNo: string;
            cardCount: number;
            /** @example 1000000 */
            valueFen: number;
            /** @enum {string} */
            state: "sent" | "received";
            sentBy: string;
            sentAt: string;
            receivedBy: string | null;
            receivedAt: string | null;
        };
        SendCards: {
            fromUnitId: string;
            toUnitId: string;
            toUserId?: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            firstCardNo: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            lastCardNo: string;
        };
        Inventory: {
            unitId: string;
            rows: components["schemas"]["InventoryRow"][];
            totalCount: number;
            totalValueFen: number;
        };
        InventoryRow: {
            unitId: string;
            unitName: string;
            /** @example 10000 */
            faceValueFen: number;
            /** @enum {string} */
            state: "generated" | "in_transit" | "in_stock" | "in_transfer" | "sold" | "used" | "locked" | "frozen" | "scrapped" | "destroyed";
            count: number;
            /** @description count × face value. */
            valueFen: number;
        };
        CardConservation: {
            balanced: boolean;
            batches: {
                batchId: string;
                orderId: string | null;
                faceValueFen: number;
                generatedCount: number;
                generatedValueFen: number;
                countedCount: number;
                countedValueFen: number;
                byState: {
                    /** @enum {string} */
                    state: "generated" | "in_transit" | "in_stock" | "in_transfer" | "sold" | "used" | "locked" | "frozen" | "scrapped" | "destroyed";
                    count: number;
                    valueFen: number;
                }[];
                balanced: boolean;
            }[];
        };
        CardSale: {
            /** @example sal_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /**
             * @description The outlet that sold the cards.
             * @example unt_demo_hz01
             */
            outletUnitId: string;
            /** @description The clerk who sold them. */
            clerkId: string;
            /**
             * Format: date
             * @description Asia/Shanghai business day of the sale.
             */
            businessDate: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            firstCardNo: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            lastCardNo: string;
            /** @example 1000 */
            cardCount: number;
            /**
             * @description The face value of the cards sold: the cash the outlet owes.
             * @example 10000000
             */
            amountFen: number;
            /** @enum {string} */
            currency: "CNY";
            /**
             * Format: date-time
             * @example 2026-11-26T02:30:00.000Z
             */
            createdAt: string;
        };
        CreateCardSale: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            firstCardNo: string;
            /**
             * @description The last card of the range sold; omit it to sell one card.
             * @example 3300000000000019
             */
            lastCardNo?: string;
        };
        CardRangeResult: {
            /** @enum {string} */
            action: "freeze" | "unfreeze" | "scrap";
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            firstCardNo: string;
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            lastCardNo: string;
            /**
             * @description Cards moved: every card of the range.
             * @example 100
             */
            cardCount: number;
            /**
             * @description Their total face value, in fen.
             * @example 1000000
             */
            valueFen: number;
        };
        CardRangeAction: {
            /**
             * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
             * @example 3300000000000019
             */
            firstCardNo: string;
            /**
             * @description The last card of the range (inclusive; the same as firstCardNo for one card). At most 1000000 cards.
             * @example 3300000000000019
             */
            lastCardNo: string;
            /**
             * @description Why (kept in the audit trail).
             * @example 报失：营业厅被盗
             */
            reason: string;
        };
        Remittance: {
            /** @example rem_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            outletUnitId: string;
            /** Format: date */
            businessDate: string;
            /** @example 1250000 */
            amountFen: number;
            /** @enum {string} */
            currency: "CNY";
            bankReference: string;
            /**
             * @description `declared` by the outlet; `confirmed` (booked) or `rejected` by the settlement center.
             * @enum {string}
             */
            state: "declared" | "confirmed" | "rejected";
            declaredBy: string;
            /** @description Who declared it (`declaredBy`), by name. */
            declarer: {
                /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
                id: string;
                /** @example hz01.clerk */
                username: string;
                /** @example 城区营业员 */
                displayName: string;
            } | null;
            /** Format: date-time */
            declaredAt: string;
            decidedBy: string | null;
            /** @description Who confirmed or rejected it, by name. */
            decider: {
                /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
                id: string;
                /** @example hz01.clerk */
                username: string;
                /** @example 城区营业员 */
                displayName: string;
            } | null;
            /** Format: date-time */
            decidedAt: string | null;
            rejectReason: string | null;
            /** @description Set when confirmed: the ledger transaction moving the cash to the unified account. */
            ledgerTransactionId: string | null;
        };
        DeclareRemittance: {
            /**
             * @description The outlet remitting.
             * @example unt_demo_hz01
             */
            outletUnitId: string;
            /**
             * @description The Asia/Shanghai business day whose sales are remitted.
             * @example 2026-11-26
             */
            businessDate: string;
            /**
             * @description Cash paid into the settlement center's unified account, in fen.
             * @example 1250000
             */
            amountFen: number;
            /**
             * @description The bank's reference of the deposit, as on the slip; once per outlet.
             * @example ICBC20261126-000123
             */
            bankReference: string;
        };
        RejectRemittance: {
            /**
             * @description Why the remittance is rejected, e.g. not on the bank statement.
             * @example 未见于 11 月 26 日银行对账单
             */
            reason: string;
        };
        SettlementRun: {
            /** @example stl_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /** @example 2026-10 */
            period: string;
            /**
             * @description `pending_approval` until a second settlement officer approves (booked) or rejects it.
             * @enum {string}
             */
            state: "pending_approval" | "approved" | "rejected";
            /** @description The settlement center that made the run. */
            unitId: string;
            /** @description The maker-checker request deciding the run. */
            approvalId: string;
            createdBy: string;
            /** @description Who made the run (`createdBy`), by name. */
            creator: {
                /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
                id: string;
                /** @example hz01.clerk */
                username: string;
                /** @example 城区营业员 */
                displayName: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @enum {string} */
            currency: "CNY";
            /**
             * @description Total due to the units.
             * @example 1250000
             */
            dueFen: number;
            /**
             * @description The unified account's balance when the run was made.
             * @example 1250000
             */
            unifiedBalanceFen: number;
            /**
             * @description How far the due exceeded the unified balance: cards used whose cash is not yet remitted.
             * @example 1250000
             */
            shortfallFen: number;
            /**
             * @description Total moved by the approval (pro rata on a shortfall).
             * @example 1250000
             */
            returnedFen: number;
            lines: components["schemas"]["SettlementLine"][];
        };
        SettlementLine: {
            /**
             * @description The accounting unit.
             * @example unt_demo_hz
             */
            unitId: string;
            /**
             * @description Card recharges of the unit's customers with business dates up to the period's end.
             * @example 1250000
             */
            rechargesFen: number;
            /**
             * @description Partner top-ups of the unit's customers up to the period's end.
             * @example 1250000
             */
            topupsFen: number;
            /**
             * @description Executed corrections up to the period's end: reversals into the unit's customers minus reversals out of them and closed-account refunds (negative when more left).
             * @example 1250000
             */
            correctionsFen: number;
            /**
             * @description Returned to the unit by runs approved before this run was made.
             * @example 1250000
             */
            returnedBeforeFen: number;
            /**
             * @description recharges + top-ups + corrections − returned before (never below zero).
             * @example 1250000
             */
            dueFen: number;
            /**
             * @description Moved to the unit's fee account by this run's approval; 0 until approved.
             * @example 1250000
             */
            returnedFen: number;
            /** @description The return's transaction in the unit's book, when something was returned. */
            ledgerTransactionId: string | null;
        };
        CreateSettlementRun: {
            /**
             * @description The finished Asia/Shanghai month to settle, YYYY-MM.
             * @example 2026-10
             */
            period: string;
        };
        RemittanceVarianceRow: {
            outletUnitId: string;
            outletName: string;
            /** Format: date */
            businessDate: string;
            /** @description Face value of the cards the outlet sold that day. */
            soldFen: number;
            /** @description Remittances declared for that day (not rejected). */
            declaredFen: number;
            /** @description Of those, confirmed by the settlement center. */
            confirmedFen: number;
            /** @description Cumulative to that day: everything the outlet sold minus everything confirmed. */
            outstandingFen: number;
        };
        DailySalesRow: {
            /** Format: date */
            businessDate: string;
            outletUnitId: string;
            outletName: string;
            clerkId: string;
            clerkName: string;
            /** @description Cards the clerk sold at the outlet that day. */
            cardCount: number;
            /** @description Their face value. */
            amountFen: number;
        };
        CardFloatRow: {
            cardCount: number;
            valueFen: number;
            /** @description By days since the sale (Asia/Shanghai dates) at asOf: 0–30, 31–90, 91–365, >365. */
            aging: {
                "0_30": {
                    cardCount: number;
                    valueFen: number;
                };
                "31_90": {
                    cardCount: number;
                    valueFen: number;
                };
                "91_365": {
                    cardCount: number;
                    valueFen: number;
                };
                over_365: {
                    cardCount: number;
                    valueFen: number;
                };
            };
            batchId: string;
            faceValueFen: number;
            /**
             * Format: date
             * @description The batch's sell-by date, if any.
             */
            sellBy: string | null;
        };
        RechargesByChannelRow: {
            /** Format: date */
            businessDate: string;
            /** @description The recharge channel (counter, ivr, sms, web, partner), or `partner_topup` for top-ups. */
            channel: string;
            count: number;
            amountFen: number;
        };
        SettlementHistoryRow: {
            /** @example 2026-10 */
            period: string;
            /** @example stl_01jq3v6k9xf0b8e4mz7t2c5n1r */
            runId: string;
            /** @enum {string} */
            state: "pending_approval" | "approved" | "rejected";
            /** Format: date-time */
            createdAt: string;
            /** @description The settlement officer who made the run. */
            createdBy: string;
            createdByName: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description The accounting unit of the line. */
            unitId: string | null;
            unitName: string | null;
            /** @description Recharges of the unit's customers up to the period's end. Null on a run's row without a line. */
            rechargesFen: number | null;
            /** @description Partner top-ups of the unit's customers up to the period's end. Null on a run's row without a line. */
            topupsFen: number | null;
            /** @description Reversals in − reversals out − closed-account refunds, up to the period's end. Null on a run's row without a line. */
            correctionsFen: number | null;
            /** @description Returned to the unit by runs approved before this run. Null on a run's row without a line. */
            returnedBeforeFen: number | null;
            /** @description recharges + top-ups + corrections − returned before. Null on a run's row without a line. */
            dueFen: number | null;
            /** @description Moved to the unit's fee account by this run (0 unless approved). Null on a run's row without a line. */
            returnedFen: number | null;
            /** @description Total due to all units. The whole run's figure; null for staff below the settlement center. */
            runDueFen: number | null;
            /** @description The unified account's balance when the run was made. The whole run's figure; null for staff below the settlement center. */
            runUnifiedBalanceFen: number | null;
            /** @description How far the due exceeded the unified balance. The whole run's figure; null for staff below the settlement center. */
            runShortfallFen: number | null;
            /** @description Total moved by the approval. The whole run's figure; null for staff below the settlement center. */
            runReturnedFen: number | null;
        };
        MonthlyClearing: {
            /** @example 2026-10 */
            period: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            currency: "CNY";
            units: {
                unitId: string;
                unitName: string;
                /** @description Cards sold by the unit's outlets in the month. */
                cardsSold: {
                    count: number;
                    valueFen: number;
                };
                /** @description Remittances of its outlets the settlement center confirmed in the month. */
                remittedFen: number;
                /** @description Card recharges by the unit's customers in the month. */
                recharges: {
                    count: number;
                    valueFen: number;
                };
                /** @description Partner top-ups for the unit's customers in the month. */
                topups: {
                    count: number;
                    valueFen: number;
                };
                /** @description Bills paid from its customers' balances. */
                billsPaidFen: number;
                /** @description Reversals (冲正) executed in the month of credits its customers' recharges or top-ups recorded: value that left them. */
                reversalsOut: {
                    count: number;
                    valueFen: number;
                };
                /** @description Reversals executed in the month to its customers (the right 户号): value that arrived. */
                reversalsIn: {
                    count: number;
                    valueFen: number;
                };
                /** @description Closed-account refunds (销户退费) executed in the month for its customers. */
                refunds: {
                    count: number;
                    valueFen: number;
                };
                /** @description Returned by the month's approved settlement run. */
                returnedFen: number;
                /** @description Cards sold by its outlets up to the month's end and not recharged by then: the float at the month's end. */
                float: {
                    count: number;
                    valueFen: number;
                };
            }[];
            /** @description The month's recharges by the accounting unit that sold the card × the customer's unit. */
            crossUnit: {
                soldInUnitId: string;
                usedInUnitId: string;
                count: number;
                valueFen: number;
            }[];
        };
        UnitDashboard: {
            /**
             * Format: date
             * @description Today, Asia/Shanghai.
             */
            businessDate: string;
            unitId: string;
            unitName: string;
            /** @description Cards sold today by the outlets of the subtree, and per outlet. */
            sales: {
                cardCount: number;
                amountFen: number;
                byOutlet: {
                    cardCount: number;
                    amountFen: number;
                    outletUnitId: string;
                    outletName: string;
                }[];
            };
            /** @description Today's recharges and top-ups of the subtree's customers, per channel. */
            recharges: {
                count: number;
                amountFen: number;
                byChannel: {
                    channel: string;
                    count: number;
                    amountFen: number;
                }[];
            };
            /** @description Cards the subtree's outlets sold and that are not used yet (the card float), by age. */
            float: {
                cardCount: number;
                valueFen: number;
                /** @description By days since the sale (Asia/Shanghai dates) at asOf: 0–30, 31–90, 91–365, >365. */
                aging: {
                    "0_30": {
                        cardCount: number;
                        valueFen: number;
                    };
                    "31_90": {
                        cardCount: number;
                        valueFen: number;
                    };
                    "91_365": {
                        cardCount: number;
                        valueFen: number;
                    };
                    over_365: {
                        cardCount: number;
                        valueFen: number;
                    };
                };
            };
            /** @description Remittances declared by the subtree's outlets and not yet confirmed or rejected. */
            openRemittances: {
                count: number;
                amountFen: number;
                /** @description The oldest first, at most 50. */
                data: components["schemas"]["OpenRemittance"][];
            };
        };
        OpenRemittance: {
            id: string;
            outletUnitId: string;
            outletName: string;
            /** Format: date */
            businessDate: string;
            amountFen: number;
            /** Format: date-time */
            declaredAt: string;
        };
        ImportBillsResult: {
            source: string;
            imported: number;
            duplicates: number;
            rejected: number;
            /** @description Total of the bills imported now. */
            importedFen: number;
            /** @description Paid at once from prepaid balances. */
            paidFromBalanceFen: number;
            results: components["schemas"]["BillImportResult"][];
            payments: {
                customerNo: string;
                paidFen: number;
                billCount: number;
            }[];
        };
        BillImportResult: {
            /** @description 0-based position of the bill in the batch (CSV: data line − 1). */
            index: number;
            billId: string;
            /**
             * @description `imported`: new; `duplicate`: imported before with the same content, nothing changed; `rejected`: see `code`.
             * @enum {string}
             */
            outcome: "imported" | "duplicate" | "rejected";
            /** @description Our bill id (`bil_…`), unless rejected. */
            id?: string;
            customerNo?: string;
            /**
             * @description `bill_conflict`: the bill id was imported before (or earlier in this batch) with another customer, period or amount; `customer_not_found`: no such customer in your accounting units.
             * @enum {string}
             */
            code?: "bill_conflict" | "customer_not_found";
            detail?: string;
        };
        ImportBills: {
            /**
             * @description The billing system the bills come from; bill ids are unique per source.
             * @example cis
             */
            source: string;
            bills: components["schemas"]["BillItem"][];
        };
        BillItem: {
            /**
             * @description The bill's id in the billing system.
             * @example 202610-3301000001
             */
            billId: string;
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description The billing month.
             * @example 2026-10
             */
            period: string;
            /** @example 12345 */
            amountFen: number;
        };
        Bill: {
            /** @example bil_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            customerNo: string;
            source: string;
            billId: string;
            /** @example 2026-10 */
            period: string;
            amountFen: number;
            paidFen: number;
            dueFen: number;
            /** @enum {string} */
            currency: "CNY";
            /** @enum {string} */
            state: "open" | "partly_paid" | "paid";
            accountingUnitId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CustomerImportResult: {
            /**
             * @description Names this import in the audit trail (`cim_…`).
             * @example cim_01jd…
             */
            importId: string;
            /** @description false when the file broke off (see `stoppedAt`): the rows before that line were applied, the rest not read. Sending the corrected file again is safe. */
            complete: boolean;
            /** @description Data rows read. */
            rows: number;
            /** @description New customers (each with its prepaid account). */
            created: number;
            /** @description Customers changed by a newer version. */
            updated: number;
            /** @description Rows whose version is not newer than the stored one (a repeat, or an older file): nothing changed. */
            unchanged: number;
            /** @description Rows refused whole (see `errors`). */
            rejected: number;
            /** @description Of the updated: customers moved to another accounting unit. */
            moved: number;
            /** @description Customers whose account became closed (销户). */
            closed: number;
            /** @description The first 100 refusals, one per field at fault, in file order. */
            errors: components["schemas"]["CustomerImportRowError"][];
            /** @description Refusals not listed in `errors`. */
            errorsOmitted: number;
            /** @description Where and why the file stopped being readable CSV, if it did. */
            stoppedAt: {
                line: number;
                reason: string;
            } | null;
        };
        CustomerImportRowError: {
            /**
             * @description The row's line in the CSV file (the header is line 1), or its 1-based position in a JSON batch.
             * @example 17
             */
            line: number;
            /**
             * @description The field at fault (`customer_no`, `accounting_unit_id`, …; `row` when the row has the wrong number of fields).
             * @example accounting_unit_id
             */
            field: string;
            /** @example no such accounting unit */
            reason: string;
        };
        ImportCustomers: {
            customers: components["schemas"]["CustomerImportItem"][];
        };
        CustomerImportItem: {
            /**
             * @description The customer number (户号), 10 digits.
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description The account name (户名).
             * @example 张小明
             */
            name: string;
            /**
             * @description Contact phone.
             * @example 13812345678
             */
            phone?: string | null;
            /**
             * @description Supply address (用电地址); shown to channels only masked.
             * @example 杭州市西湖区文三路1号
             */
            address?: string | null;
            /**
             * @description The accounting unit (核算单位) the customer belongs to: an `org_units` id.
             * @example unt_city
             */
            accountingUnitId: string;
            /**
             * @description `normal` (正常) or `closed` (销户).
             * @example normal
             */
            status: string;
            /**
             * @description The marketing system's version of this customer (a change sequence or change time as an integer): only a newer version changes anything.
             * @example 20261203101500
             */
            sourceVersion: number | string;
            /**
             * @description When a change of accounting unit takes effect: YYYY-MM-DD (Asia/Shanghai) or RFC 3339, not in the future. Default: the import's time.
             * @example 2026-12-01
             */
            effectiveFrom?: string | null;
        };
        Manufacturer: {
            /** @example mfr_01jh3v5z2ef8r9t7g6q4n2m1k0 */
            id: string;
            name: string;
            encryptionJwk: components["schemas"]["PublicJwk"];
            verificationJwk: components["schemas"]["PublicJwk"];
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A public JSON Web Key (RFC 7517). */
        PublicJwk: {
            kty: string;
            crv?: string;
            x?: string;
            y?: string;
        } & {
            [key: string]: unknown;
        };
        RegisterManufacturer: {
            /** @example 某某智能卡有限公司 */
            name: string;
            encryptionJwk: components["schemas"]["PublicJwk"] & unknown;
            verificationJwk: components["schemas"]["PublicJwk"] & unknown;
        };
        ProductionRequest: {
            id: string;
            unitId: string;
            faceValueFen: number;
            quantity: number;
            /** @enum {string} */
            state: "open" | "planned";
            planId: string | null;
            requestedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreateProductionRequest: {
            /** @description The city bureau; default your own unit. */
            unitId?: string;
            /** @example 10000 */
            faceValueFen: number;
            /** @example 5000 */
            quantity: number;
        };
        ProductionPlan: {
            id: string;
            unitId: string;
            /** @enum {string} */
            state: "pending_approval" | "approved" | "rejected" | "ordered";
            /** Format: date */
            sellBy: string;
            approvalId: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            lines: {
                requestId: string;
                unitId: string;
                faceValueFen: number;
                quantity: number;
            }[];
            cardCount: number;
            totalFen: number;
        };
        CreateProductionPlan: {
            requestIds: string[];
            /**
             * Format: date
             * @description Last Asia/Shanghai date the plan's cards may be sold; default three years from today.
             * @example 2029-11-26
             */
            sellBy?: string;
        };
        ProductionOrder: {
            id: string;
            planId: string;
            manufacturerId: string;
            unitId: string;
            /** @enum {string} */
            state: "generated" | "acknowledged";
            cardCount: number;
            totalFen: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            acknowledgedAt: string | null;
            batches: {
                id: string;
                unitId: string | null;
                faceValueFen: number;
                quantity: number;
                /**
                 * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
                 * @example 3300000000000019
                 */
                firstCardNo: string | null;
                /**
                 * @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit.
                 * @example 3300000000000019
                 */
                lastCardNo: string | null;
                /** Format: date */
                sellBy: string | null;
            }[];
            files: {
                /** @description From 1; download it at /card-files/{part}. */
                part: number;
                cardCount: number;
                /** @description SHA-256 (hex) of the file's plaintext print file. */
                printFileSha256: string;
                /** Format: date-time */
                acknowledgedAt: string | null;
            }[];
        };
        CreateProductionOrder: {
            planId: string;
            manufacturerId: string;
        };
        ProductionOrderAcknowledgement: {
            /** @description The manufacturer's compact JWS for one card file, from `npm run manufacturer -- open`. */
            acknowledgement: string;
        };
        Account: {
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description The customer's name, masked.
             * @example 张*明
             */
            customerName: string;
            /** @description The customer's accounting unit, for staff of that unit, the units above it and its outlets and stations; null for channels and for counters of other units. */
            accountingUnit: {
                id: string;
                /** @example 杭州供电公司 */
                name: string;
            } | null;
            /** @example 25000 */
            balanceFen: number;
            /** @enum {string} */
            currency: "CNY";
            /** Format: date-time */
            updatedAt: string;
        };
        AccountTransaction: {
            /** @example txn_01jq3v6k9xf0b8e4mz7t2c5n1r */
            transactionId: string;
            /** @example recharge */
            kind: string;
            /**
             * @description + money into the account, − money out.
             * @example 10000
             */
            amountFen: number;
            /** @description The business record, e.g. the recharge id. */
            reference: string | null;
            /**
             * Format: date
             * @description Asia/Shanghai business day.
             */
            businessDate: string;
            /** Format: date-time */
            createdAt: string;
        };
        Unit: {
            id: string;
            /** @example ZJ-HZ */
            code: string;
            /** @example 杭州供电公司 */
            name: string;
            /** @enum {string} */
            kind: "province" | "city" | "county" | "station" | "outlet";
            parentId: string | null;
            /** @description 核算单位: owns customers and an electricity-fee account. */
            isAccountingUnit: boolean;
            /**
             * @description `disabled` (停用): the unit receives no cards and sells none.
             * @enum {string}
             */
            status: "active" | "disabled";
            /** Format: date-time */
            disabledAt: string | null;
        };
        CreateUnit: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "province" | "city" | "county" | "station" | "outlet";
            parentId: string;
            /** @default false */
            isAccountingUnit: boolean;
        };
        UnitStatus: {
            /** @enum {string} */
            status: "active" | "disabled";
        };
        UnitStaffMember: {
            /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /** @example hz01.clerk */
            username: string;
            /** @example 城区营业员 */
            displayName: string;
            unitId: string;
            roles: ("issuer" | "card_admin" | "clerk" | "fund_admin" | "settlement_officer" | "auditor" | "sysadmin")[];
        };
        StaffUser: {
            /** @example usr_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            username: string;
            displayName: string;
            unitId: string;
            /** @enum {string} */
            status: "active" | "disabled";
            roles: ("issuer" | "card_admin" | "clerk" | "fund_admin" | "settlement_officer" | "auditor" | "sysadmin")[];
            /** @description Set while the login is locked after 10 failures. */
            lockedUntil: string | null;
            createdAt: string;
        };
        CreateStaffUser: {
            username: string;
            displayName: string;
            unitId: string;
            password: string;
            roles: ("issuer" | "card_admin" | "clerk" | "fund_admin" | "settlement_officer" | "auditor" | "sysadmin")[];
        };
        ReversalPreview: {
            /** @enum {string} */
            source: "recharge" | "topup";
            creditId: string;
            cardNo: string | null;
            amountFen: number;
            /** Format: date-time */
            creditedAt: string;
            from: {
                customerNo: string;
                /**
                 * @description Masked.
                 * @example 欧**月
                 */
                customerName: string;
                balanceFen: number;
            };
            /** @description The right customer asked about; null when none was given or it does not exist. */
            to: {
                customerNo: string;
                /**
                 * @description Masked.
                 * @example 张*明
                 */
                customerName: string;
                closed: boolean;
            } | null;
            /** @description Whether a case may still be opened (REVERSAL_WINDOW_DAYS). */
            withinWindow: boolean;
            /** @description Whether the balance still holds the amount (checked again at execution). */
            unspent: boolean;
            /** @description A case of this credit pending or executed, if any. */
            openCaseId: string | null;
        };
        ReversalCase: {
            /** @example rvc_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            /**
             * @description A card `recharge` or a partner `topup`.
             * @enum {string}
             */
            source: "recharge" | "topup";
            /** @description The recharge or top-up undone (its 流水号). */
            creditId: string;
            /** @description The card of a recharge; null for a top-up. */
            cardNo: string | null;
            /** @description The customer wrongly credited. */
            fromCustomerNo: string;
            /**
             * @description Their name, masked.
             * @example 欧**月
             */
            fromCustomerName: string;
            /**
             * @description `customer`: to the right 户号; `source`: back to the card (sold, unused again) or partner.
             * @enum {string}
             */
            destination: "customer" | "source";
            toCustomerNo: string | null;
            /** @description The right customer's name, masked. */
            toCustomerName: string | null;
            /** @example 5000 */
            amountFen: number;
            /** @enum {string} */
            currency: "CNY";
            reason: string;
            evidence: string;
            /** @description The wrongly credited customer's accounting unit. */
            unitId: string;
            /** @description The maker-checker request that decides the case. */
            approvalId: string;
            /**
             * @description `pending` until a second person decides; `executed` (the money moved) or `rejected`.
             * @enum {string}
             */
            state: "pending" | "executed" | "rejected";
            openedBy: string;
            /** Format: date-time */
            openedAt: string;
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Set when executed: the ledger transaction in the wrongly credited customer's book. */
            outTransactionId: string | null;
            /** @description Set when executed to a customer: the ledger transaction in the right customer's book. */
            inTransactionId: string | null;
        };
        OpenReversalCase: {
            /**
             * @description The credit's 流水号 (a recharge `rch_…` or top-up `tup_…` id) or the used card's 16-digit number.
             * @example rch_01jq3v6k9xf0b8e4mz7t2c5n1r
             */
            ref: string;
            /**
             * @description `customer`: move the value to `toCustomerNo` (改户); `source`: back where it came from (退回) — a card becomes sold and unused again, a top-up goes back to the partner.
             * @enum {string}
             */
            destination: "customer" | "source";
            /**
             * @description The right 户号; required for `customer`.
             * @example 3301000001
             */
            toCustomerNo?: string;
            /**
             * @description Why the credit is wrong, as the customer told it.
             * @example 客户输错户号，应为 3301000002
             */
            reason: string;
            /**
             * @description What staff checked: the receipt, the card, the right customer's bill or ID.
             * @example 核对充值小票及正确户号电费单
             */
            evidence: string;
        };
        RefundCase: {
            /** @example rfc_01jq3v6k9xf0b8e4mz7t2c5n1r */
            id: string;
            customerNo: string;
            /**
             * @description Masked.
             * @example 张*明
             */
            customerName: string;
            /**
             * @description The closed account's balance refunded.
             * @example 3250
             */
            amountFen: number;
            /** @enum {string} */
            currency: "CNY";
            /** @enum {string} */
            payoutMethod: "bank_transfer" | "cash";
            /** @example ************1234 */
            bankAccountMasked: string | null;
            payoutReference: string;
            reason: string;
            unitId: string;
            approvalId: string;
            /** @enum {string} */
            state: "pending" | "executed" | "rejected";
            openedBy: string;
            /** Format: date-time */
            openedAt: string;
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            ledgerTransactionId: string | null;
            /** @description Recorded once the money has left; null until then. */
            payout: {
                /**
                 * @description The bank's reference of the transfer, or the number of the cash voucher the payee signed.
                 * @example BOC20261204-88231907
                 */
                voucher: string;
                paidOutBy: string;
                /** Format: date-time */
                paidOutAt: string;
                /** @description The payout's transaction: debit `refunds_payable`, credit `settlement_unified`. */
                ledgerTransactionId: string;
            } | null;
        };
        OpenRefundCase: {
            /**
             * @description The electricity customer number (户号).
             * @example 3301000001
             */
            customerNo: string;
            /**
             * @description `bank_transfer` to the payee's account, or `cash` at the counter.
             * @enum {string}
             */
            payoutMethod: "bank_transfer" | "cash";
            /**
             * @description The payee's bank account, for a transfer; only its last four digits are kept.
             * @example 6222021234567890123
             */
            bankAccount?: string;
            /**
             * @description The transfer order or the counter's cash receipt number.
             * @example TF20261203-000045
             */
            payoutReference: string;
            /** @example 客户销户，退还预存余额 */
            reason: string;
        };
        RecordRefundPayout: {
            /**
             * @description The bank's reference of the transfer made, or the number of the cash voucher the payee signed.
             * @example BOC20261204-88231907
             */
            voucher: string;
        };
        AuditEvent: {
            entryNo: number;
            id: string;
            occurredAt: string;
            /** @enum {string} */
            actorType: "user" | "client" | "system";
            actorId: string;
            /** @example recharge.succeeded */
            action: string;
            objectType: string;
            objectId: string;
            unitId: string | null;
            requestId: string | null;
            before?: unknown;
            after?: unknown;
        };
        AuditChainReport: components["schemas"]["AuditVerification"] & {
            /** @description The last link found intact (the chain's end when ok, the link before the break otherwise) and its event's time: the chain vouches for every event up to it. Null when no link holds. */
            lastIntact: {
                position: number;
                eventId: string;
                occurredAt: string;
            } | null;
        };
        AuditVerification: {
            ok: boolean;
            checked: number;
            firstBroken: {
                position: number;
                /** @enum {string} */
                reason: "hash_mismatch" | "event_missing" | "prev_hash_mismatch" | "position_gap";
                eventId: string | null;
            } | null;
            /** @description Events not yet sealed into the chain. */
            unsealed: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not_found`: No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPublicRecharge: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The card, its PIN and the customer number. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePublicRecharge"];
            };
        };
        responses: {
            /** @description The card was used and the account credited (or the replay of that answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRecharge"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_not_sold`: The card has not been sold and cannot be used yet; `card_frozen`: The card is frozen after being reported lost or stolen; ask staff; `card_already_used`: The card has already been used; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request; `recharge_refused`: The recharge was refused: the card number, PIN or customer number is not right */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: too many refusals for this address, customer number or card number; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends and attempts are counted afresh. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPublicRechargePreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The customer number, and optionally the card number. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRechargePreview"];
            };
        };
        responses: {
            /** @description The masked account and the card's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargePreview"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: too many previews from this address or for this customer number. */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends and attempts are counted afresh. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRechargePreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The customer number, and optionally the card number. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRechargePreview"];
            };
        };
        responses: {
            /** @description The masked account and the card's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargePreview"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: too many previews by this client or clerk; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends and attempts are counted afresh. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicCardStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 16-digit card number as printed. */
                cardNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the card number tells. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardStatus"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: too many look-ups from this address; retry after Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends and attempts are counted afresh. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicOutlets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outlets, by city, bureau and name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOutletList"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process serves HTTP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "postgres" | "pglite";
                    };
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (with the same Idempotency-Key). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "postgres" | "pglite";
                    };
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying (with the same Idempotency-Key). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current and still-valid previous public keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwkSet"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token travels in an httpOnly, Secure, SameSite=Strict cookie scoped to /v1/auth/refresh instead of the JSON body (for the staff console in a browser). */
                "x-session-mode"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Credentials. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: Wrong username or password, or the account is temporarily locked; `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token travels in an httpOnly, Secure, SameSite=Strict cookie scoped to /v1/auth/refresh instead of the JSON body (for the staff console in a browser). */
                "x-session-mode"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        /** @description The refresh token, or `{}`. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required unless the session is in cookie mode (then send `{}`). */
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description A new pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: Wrong username or password, or the account is temporarily locked; `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endCookieSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token travels in an httpOnly, Secure, SameSite=Strict cookie scoped to /v1/auth/refresh instead of the JSON body (for the staff console in a browser). */
                "x-session-mode"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: Wrong username or password, or the account is temporarily locked; `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The session's current refresh token. */
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: Wrong username or password, or the account is temporarily locked; `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The current and the new password (at least 12 characters). */
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `password_too_weak`: The new password must have at least 12 characters and differ from the old one; `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_credentials`: Wrong username or password, or the account is temporarily locked; `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A 10-minute access token for `Authorization: Bearer …`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description `unsupported_grant_type`: Only grant_type=client_credentials is supported; `invalid_scope`: The requested scope is not allowed for this client; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_client`: Client authentication failed; `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChannelClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clients. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChannelClient"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChannelClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The client. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelClient"];
            };
        };
        responses: {
            /** @description Created; store the apiKey now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelClient"] & {
                        /** @description The API key of one of our own channels, shown in this answer only. Null for partners: they authenticate with a registered public key and `POST /v1/oauth/token`. */
                        apiKey: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChannelClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelClient"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `client_not_found`: No such channel client */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateChannelClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        /** @description The changes. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "active" | "suspended";
                    allowedOperations?: ("cards:verify" | "recharges:write" | "recharges:read" | "accounts:read" | "topups:write" | "customers:import" | "reconciliation:read" | "webhooks:manage" | "movements:read")[];
                    rateLimitPerMinute?: number;
                };
            };
        };
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelClient"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `client_not_found`: No such channel client */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerChannelClientKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        /** @description The public key. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Public EC P-256 or OKP Ed25519 JWK. */
                    jwk: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Registered; kid is the RFC 7638 thumbprint. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kid: string;
                        /** @enum {string} */
                        alg: "ES256" | "EdDSA";
                        /** @enum {string} */
                        status: "active" | "revoked";
                    };
                };
            };
            /** @description `invalid_key`: The key is not an acceptable public JWK; `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `client_not_found`: No such channel client */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeChannelClientKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
                kid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `client_not_found`: No such channel client; `key_not_found`: No such key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateChannelClientApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client with its new apiKey; store it now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelClient"] & {
                        /** @description The API key of one of our own channels, shown in this answer only. Null for partners: they authenticate with a registered public key and `POST /v1/oauth/token`. */
                        apiKey: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `client_not_found`: No such channel client */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `client_has_no_api_key`: Partners have no API key: they authenticate with a registered public key */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCounterRecharges: {
        parameters: {
            query: {
                /** @description An Asia/Shanghai business day. */
                businessDate: string;
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recharges. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CounterRecharge"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRecharge: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The card and the customer. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecharge"];
            };
        };
        responses: {
            /** @description The card was used and the account credited (or the replay of that answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recharge"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_not_sold`: The card has not been sold and cannot be used yet; `card_frozen`: The card is frozen after being reported lost or stolen; ask staff; `card_already_used`: The card has already been used; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request; `pin_incorrect`: The card number or PIN is incorrect */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_locked`: The card is locked after too many wrong PINs; ask staff to unlock it */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: too many failures of your client, or naming this customer number, or too many requests a minute. */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends and attempts are counted afresh. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRechargeByIdempotencyKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idempotencyKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The outcome of the first request made with this key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RechargeByKey"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `recharge_not_found`: No such recharge */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecharge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recharge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recharge"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `recharge_not_found`: No such recharge */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTopup: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The customer, the amount and your payment reference. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTopup"];
            };
        };
        responses: {
            /** @description The account was credited (or the replay of that answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topup"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_in_progress`: A request with this Idempotency-Key is still running; `partner_reference_reused`: This partnerReference was already used for another top-up; nothing was booked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTopup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The top-up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topup"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `topup_not_found`: No such top-up */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReconciliationFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An Asia/Shanghai business day. */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/jose": string;
                };
            };
            /** @description `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDailyNet: {
        parameters: {
            query?: {
                /** @description The Asia/Shanghai business day; today if absent. */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyNet"];
                };
            };
            /** @description `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The endpoint. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Where events are POSTed: https to a public host. A host that is or resolves to a private, loopback, link-local, CGNAT, multicast, unspecified or otherwise special address (IPv4 or IPv6) is refused, here and again at every delivery. Plain http only outside production, to 127.0.0.1, localhost or [::1] (a developer's receiver), or to an origin the operator has allowed by name.
                     * @example https://partner.example.com/powercard/events
                     */
                    url: string | null;
                };
            };
        };
        responses: {
            /** @description The endpoint now registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMovements: {
        parameters: {
            query?: {
                /** @description The last position you stored (a `next` of this feed); 0 for the beginning. */
                after?: number | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The movements after `after`, at most `limit`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementPage"];
                };
            };
            /** @description `movement_position_ahead`: The feed has no movement at that position yet: pass a `next` this feed returned; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMovementFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An Asia/Shanghai business day. */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/jose": string;
                };
            };
            /** @description `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ivrConfirmCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The digits the caller keyed in. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IvrCustomerRequest"];
            };
        };
        responses: {
            /** @description The masked name and what to say, or why not (`ok: false`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrCustomerAnswer"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ivrRecharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. 1–255 printable ASCII characters; when given it is used instead of the derived key. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The customer number, card number and PIN keyed in, and the call. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IvrRechargeRequest"];
            };
        };
        responses: {
            /** @description The amount and new balance and what to say, or the reason (`code`) and what to say. A replay carries `Idempotent-Replayed: true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrRechargeAnswer"];
                };
            };
            /** @description `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ivrBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The customer number keyed in. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["IvrBalanceRequest"];
            };
        };
        responses: {
            /** @description The balance and what to say, or why not (`ok: false`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrBalanceAnswer"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    smsInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One inbound message. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundSms"];
            };
        };
        responses: {
            /** @description The reply to send to the customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsReply"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The card number and PIN. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCard"];
            };
        };
        responses: {
            /** @description The PIN is right; the card's state and value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardVerification"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `pin_incorrect`: The card number or PIN is incorrect */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_locked`: The card is locked after too many wrong PINs; ask staff to unlock it */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: too many failures of your client, or too many requests a minute. */
            429: {
                headers: {
                    /** @description Seconds until the limit's window ends and attempts are counted afresh. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCardUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit. */
                cardNo: string;
            };
            cookie?: never;
        };
        /** @description Why the card should be unlocked. */
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The approval request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_not_found_for_staff`: No such card in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_not_locked`: The card is not locked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 16-digit card number as printed (without spaces); the last digit is a Damm check digit. */
                cardNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card and its history, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardDetail"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_not_found_for_staff`: No such card in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listShipments: {
        parameters: {
            query?: {
                /** @description Default: your unit. */
                toUnitId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ShipmentSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createShipment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The order, the bureau and the cartons. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShipment"];
            };
        };
        responses: {
            /** @description Shipped: the cards are in transit. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipment"];
                };
            };
            /** @description `card_range_invalid`: The card number range is not valid; `cartons_overlap`: The card ranges of one request must not overlap; `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit; `shipment_order_not_found`: No cards of this production order in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `shipment_destination_invalid`: A shipment goes to a city bureau of your units */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shipment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipment"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `shipment_not_found`: No such shipment in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The cartons that arrived. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipmentReceipt"];
            };
        };
        responses: {
            /** @description What was received, what is missing, what was unexpected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentReceiptResult"];
                };
            };
            /** @description `card_range_invalid`: The card number range is not valid; `cartons_overlap`: The card ranges of one request must not overlap; `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `shipment_not_found`: No such shipment in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `carton_already_received`: A carton of this receipt has already been received; nothing was changed; `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCardTransfers: {
        parameters: {
            query?: {
                /** @description Default: your unit. */
                unitId?: string;
                state?: "sent" | "received";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CardTransfer"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendCards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who sends, who receives, which range. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendCards"];
            };
        };
        responses: {
            /** @description Sent: the cards are in transfer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardTransfer"];
                };
            };
            /** @description `card_range_invalid`: The card number range is not valid; `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `transfer_target_invalid`: Cards go to a direct child unit, or to a clerk of the sending unit or of a child unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCardTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardTransfer"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `transfer_not_found`: No such card transfer in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveCardTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardTransfer"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `transfer_receiver_is_sender`: The sender of a transfer cannot receive it; `transfer_receiver_invalid`: Only the addressed clerk, or a card admin of the receiving unit, can receive this transfer; `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `transfer_not_found`: No such card transfer in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `transfer_already_received`: This transfer has already been received; `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInventory: {
        parameters: {
            query?: {
                /** @description Default: your unit. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inventory. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inventory"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkCardConservation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check, batch by batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardConservation"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCardSales: {
        parameters: {
            query?: {
                /** @description Only this outlet's sales. */
                outletUnitId?: string;
                /** @description An Asia/Shanghai business day. */
                businessDate?: string;
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sales. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CardSale"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCardSale: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The first and (for a range) last card number sold. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCardSale"];
            };
        };
        responses: {
            /** @description The sale (or the replay of that answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardSale"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `card_range_invalid`: The card number range is not valid; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed; `card_expired_for_sale`: Cards past their batch's sell-by date cannot be sold; send them to scrap. Nothing was sold; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCardSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sale. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardSale"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `sale_not_found`: No such card sale in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    freezeCardRange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. 1–255 printable ASCII characters; resending the same key with the same body returns the first response, with another body 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The range (inclusive) and the reason. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardRangeAction"];
            };
        };
        responses: {
            /** @description Every card of the range moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardRangeResult"];
                };
            };
            /** @description `card_range_invalid`: The card number range is not valid; `malformed_json`: The request body is not valid JSON; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfreezeCardRange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. 1–255 printable ASCII characters; resending the same key with the same body returns the first response, with another body 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The range (inclusive) and the reason. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardRangeAction"];
            };
        };
        responses: {
            /** @description Every card of the range moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardRangeResult"];
                };
            };
            /** @description `card_range_invalid`: The card number range is not valid; `malformed_json`: The request body is not valid JSON; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scrapCardRange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. 1–255 printable ASCII characters; resending the same key with the same body returns the first response, with another body 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The range (inclusive) and the reason. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardRangeAction"];
            };
        };
        responses: {
            /** @description Every card of the range moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardRangeResult"];
                };
            };
            /** @description `card_range_invalid`: The card number range is not valid; `malformed_json`: The request body is not valid JSON; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCardDestruction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. 1–255 printable ASCII characters; resending the same key with the same body returns the first response, with another body 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The range (inclusive) and the reason. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardRangeAction"];
            };
        };
        responses: {
            /** @description The approval request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            /** @description `card_range_invalid`: The card number range is not valid; `malformed_json`: The request body is not valid JSON; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRemittances: {
        parameters: {
            query?: {
                /** @description Only this outlet's remittances. */
                outletUnitId?: string;
                /** @description An Asia/Shanghai business day. */
                businessDate?: string;
                state?: "declared" | "confirmed" | "rejected";
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of remittances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Remittance"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declareRemittance: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The outlet, the business day, the amount and the bank reference. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareRemittance"];
            };
        };
        responses: {
            /** @description The declared remittance (or the replay of that answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Remittance"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `remittance_exceeds_unremitted`: The amount exceeds what the outlet sold and has not yet remitted; nothing was declared; `remittance_bank_reference_taken`: This bank reference is already declared for this outlet; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRemittance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The remittance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Remittance"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `remittance_not_found`: No such remittance in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmRemittance: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The confirmed remittance (or the replay of that answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Remittance"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client; `remittance_self_decision`: The person who declared a remittance cannot confirm or reject it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `remittance_not_found`: No such remittance in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `remittance_not_pending`: The remittance has already been confirmed or rejected; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectRemittance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The reason. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRemittance"];
            };
        };
        responses: {
            /** @description The rejected remittance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Remittance"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client; `remittance_self_decision`: The person who declared a remittance cannot confirm or reject it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `remittance_not_found`: No such remittance in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `remittance_not_pending`: The remittance has already been confirmed or rejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSettlementRuns: {
        parameters: {
            query?: {
                /** @description An Asia/Shanghai month, YYYY-MM. */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The runs (at most 120). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SettlementRun"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSettlementRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The month to settle. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSettlementRun"];
            };
        };
        responses: {
            /** @description The run, awaiting approval. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementRun"];
                };
            };
            /** @description `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `settlement_run_exists`: This period already has a settlement run awaiting a decision or approved; `settlement_run_pending`: Another settlement run awaits a decision; only one run can be undecided at a time */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `settlement_period_not_finished`: Only a finished Asia/Shanghai month can be settled */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementRun"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `settlement_run_not_found`: No such settlement run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRemittanceVariance: {
        parameters: {
            query: {
                /** @description An Asia/Shanghai business day. */
                from: string;
                /** @description An Asia/Shanghai business day. */
                to: string;
                /** @description A unit of your subtree; default: yours. */
                unitId?: string;
                /** @description Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or `xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates). */
                format?: "json" | "csv" | "xlsx";
                /** @description The language of the XLSX header, sheet and file name; default zh-CN. */
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    /** @description CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
                    "Content-Disposition"?: string;
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RemittanceVarianceRow"][];
                    };
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `report_range_invalid`: The report's date range is not valid; `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDailySales: {
        parameters: {
            query: {
                /** @description An Asia/Shanghai business day. */
                from: string;
                /** @description An Asia/Shanghai business day. */
                to: string;
                /** @description A unit of your subtree; default: yours. */
                unitId?: string;
                /** @description Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or `xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates). */
                format?: "json" | "csv" | "xlsx";
                /** @description The language of the XLSX header, sheet and file name; default zh-CN. */
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    /** @description CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
                    "Content-Disposition"?: string;
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DailySalesRow"][];
                        totals: {
                            cardCount: number;
                            amountFen: number;
                        };
                    };
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `report_range_invalid`: The report's date range is not valid; `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCardFloat: {
        parameters: {
            query?: {
                /** @description An Asia/Shanghai business day. */
                asOf?: string;
                /** @description A unit of your subtree; default: yours. */
                unitId?: string;
                /** @description Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or `xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates). */
                format?: "json" | "csv" | "xlsx";
                /** @description The language of the XLSX header, sheet and file name; default zh-CN. */
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    /** @description CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
                    "Content-Disposition"?: string;
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        asOf: string;
                        data: components["schemas"]["CardFloatRow"][];
                        totals: {
                            cardCount: number;
                            valueFen: number;
                            /** @description By days since the sale (Asia/Shanghai dates) at asOf: 0–30, 31–90, 91–365, >365. */
                            aging: {
                                "0_30": {
                                    cardCount: number;
                                    valueFen: number;
                                };
                                "31_90": {
                                    cardCount: number;
                                    valueFen: number;
                                };
                                "91_365": {
                                    cardCount: number;
                                    valueFen: number;
                                };
                                over_365: {
                                    cardCount: number;
                                    valueFen: number;
                                };
                            };
                        };
                    };
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRechargesByChannel: {
        parameters: {
            query: {
                /** @description An Asia/Shanghai business day. */
                from: string;
                /** @description An Asia/Shanghai business day. */
                to: string;
                /** @description A unit of your subtree; default: yours. */
                unitId?: string;
                /** @description Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or `xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates). */
                format?: "json" | "csv" | "xlsx";
                /** @description The language of the XLSX header, sheet and file name; default zh-CN. */
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    /** @description CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
                    "Content-Disposition"?: string;
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RechargesByChannelRow"][];
                        totals: {
                            count: number;
                            amountFen: number;
                        };
                    };
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `report_range_invalid`: The report's date range is not valid; `business_date_in_future`: That business day has not begun yet (Asia/Shanghai): there is nothing to report; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementHistory: {
        parameters: {
            query: {
                /** @description The first month, YYYY-MM (Asia/Shanghai). */
                from: string;
                /** @description The last month, YYYY-MM, included. */
                to: string;
                /** @description A unit of your subtree; default: yours. */
                unitId?: string;
                /** @description Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or `xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates). */
                format?: "json" | "csv" | "xlsx";
                /** @description The language of the XLSX header, sheet and file name; default zh-CN. */
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    /** @description CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
                    "Content-Disposition"?: string;
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SettlementHistoryRow"][];
                        totals: {
                            returnedFen: number;
                        };
                    };
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `report_range_invalid`: The report's date range is not valid; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonthlyClearing: {
        parameters: {
            query: {
                /** @description An Asia/Shanghai month, YYYY-MM. */
                period: string;
                /** @description Only this unit's subtree. */
                unitId?: string;
                /** @description Overrides the Accept header: `csv` (UTF-8 with BOM, CRLF, machine header, amounts in fen) or `xlsx` (an Excel workbook: Chinese header, amounts in 元 as numbers formatted `0.00`, dates as dates). */
                format?: "json" | "csv" | "xlsx";
                /** @description The language of the XLSX header, sheet and file name; default zh-CN. */
                lang?: "zh-CN" | "en";
                /** @description Which table the CSV gives: `units` (default) or `cross-unit`. */
                part?: "units" | "cross-unit";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    /** @description CSV and XLSX only: `attachment` with an ASCII `filename` (report, unit id, dates) and, per RFC 6266 and 5987, `filename*=UTF-8''…` naming the report, the unit and the dates in Chinese, e.g. `日销售_杭州城区营业厅_2026-12-02.xlsx`. */
                    "Content-Disposition"?: string;
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyClearing"];
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnitDashboard: {
        parameters: {
            query?: {
                /** @description A unit of your subtree; default: yours. */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard. */
            200: {
                headers: {
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDashboard"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importBills: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The billing system and its bills. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportBills"];
            };
        };
        responses: {
            /** @description What happened to each bill, and what was paid at once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBillsResult"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importBillsCsv: {
        parameters: {
            query: {
                /** @description The billing system the bills come from; bill ids are unique per source. */
                source: string;
            };
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file. */
        requestBody: {
            content: {
                "text/csv; charset=utf-8": string;
            };
        };
        responses: {
            /** @description What happened to each bill, and what was paid at once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBillsResult"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomerBills: {
        parameters: {
            query?: {
                state?: "open" | "partly_paid" | "paid";
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The electricity customer number (户号). */
                customerNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of bills. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Bill"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The customers. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportCustomers"];
            };
        };
        responses: {
            /** @description What the import did, and the rows it refused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerImportResult"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `customer_file_invalid`: The customer file cannot be read: its header or CSV structure is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCustomersCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The CSV file. */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What the import did, and the rows it refused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerImportResult"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `customer_file_invalid`: The customer file cannot be read: its header or CSV structure is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listManufacturers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Manufacturer"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerManufacturer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The manufacturer and its two public JWKs. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterManufacturer"];
            };
        };
        responses: {
            /** @description Registered; each key got its RFC 7638 thumbprint as `kid`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Manufacturer"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductionRequests: {
        parameters: {
            query?: {
                state?: "open" | "planned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, at most 500. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductionRequest"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProductionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Face value and quantity. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductionRequest"];
            };
        };
        responses: {
            /** @description The open request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductionRequest"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_request_unit_invalid`: Only a city bureau requests cards */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductionPlans: {
        parameters: {
            query?: {
                state?: "pending_approval" | "approved" | "rejected" | "ordered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, at most 100. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductionPlan"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProductionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The requests and the sell-by date. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductionPlan"];
            };
        };
        responses: {
            /** @description The plan, pending approval. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductionPlan"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_request_not_open`: A request is not open or not in your units */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductionPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductionPlan"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_plan_not_found`: No such production plan */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductionOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, at most 100. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductionOrder"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProductionOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The plan and the manufacturer. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductionOrder"];
            };
        };
        responses: {
            /** @description The order with its batches. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductionOrder"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_plan_not_found`: No such production plan; `manufacturer_not_found`: No such manufacturer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_plan_not_orderable`: Only an approved plan without an order can be ordered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductionOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductionOrder"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_order_not_found`: No such production order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCardFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                part: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JWE. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/jose": string;
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_order_not_found`: No such production order; `card_file_not_found`: No such card file in this order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeCardFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The acknowledgement JWS. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductionOrderAcknowledgement"];
            };
        };
        responses: {
            /** @description The order with the file's acknowledgement recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductionOrder"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `production_order_not_found`: No such production order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `card_file_already_acknowledged`: This card file has already been acknowledged */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `acknowledgement_invalid`: The acknowledgement is not signed by the order's manufacturer or does not match the order, its card count and its file hash */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The electricity customer number (户号). */
                customerNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccountTransactions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The electricity customer number (户号). */
                customerNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of movements. */
            200: {
                headers: {
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AccountTransaction"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `rate_limited`: Too many requests or failed attempts; retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your unit and all units below it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Unit"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new unit. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnit"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        /** @description The new name. */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description The renamed unit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUnitStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        /** @description The new status. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitStatus"];
            };
        };
        responses: {
            /** @description The unit with its new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_has_active_staff`: The unit still has active staff: disable them or move them to another unit first; `unit_holds_cards`: The unit still holds cards (in stock, on their way to it, frozen or scrapped): move them first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnitStaff: {
        parameters: {
            query?: {
                /** @description Only users with this role in the unit. */
                role?: "issuer" | "card_admin" | "clerk" | "fund_admin" | "settlement_officer" | "auditor" | "sysadmin";
            };
            header?: never;
            path: {
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By username. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UnitStaffMember"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StaffUser"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new user and an initial password. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffUser"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description `password_too_weak`: The new password must have at least 12 characters and differ from the old one; `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `segregation_of_duties`: These roles may not be held by one person in one unit; `username_taken`: This username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `user_not_found`: No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        /** @description The complete new set of roles. */
        requestBody: {
            content: {
                "application/json": {
                    roles: ("issuer" | "card_admin" | "clerk" | "fund_admin" | "settlement_officer" | "auditor" | "sysadmin")[];
                };
            };
        };
        responses: {
            /** @description The user with the new roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `user_not_found`: No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `segregation_of_duties`: These roles may not be held by one person in one unit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `user_not_found`: No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUserStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        /** @description The new status. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "active" | "disabled";
                };
            };
        };
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `user_not_found`: No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        /** @description The new initial password. */
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffUser"];
                };
            };
            /** @description `password_too_weak`: The new password must have at least 12 characters and differ from the old one; `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `user_not_found`: No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                state?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, at most 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Approval"][];
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_not_found`: No such approval request */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approvalId: string;
            };
            cookie?: never;
        };
        /** @description An optional note. */
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Approved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_self_decision`: The maker of a request cannot approve or reject it; `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_not_found`: No such approval request */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_not_pending`: The request has already been decided; `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed; `reversal_value_spent`: The credited value is no longer unspent in the account (its balance is below the amount); nothing moved; `reversal_window_passed_at_approval`: The reversal window closed while the case awaited its approval; nothing moved — reject the case; `refund_balance_changed`: The account's balance is no longer the amount of the case; reject it and open a new one */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `reversal_target_invalid`: The right customer must be another existing account that is not closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                approvalId: string;
            };
            cookie?: never;
        };
        /** @description An optional note. */
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Rejected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Approval"];
                };
            };
            /** @description `validation_failed`: The request is not valid; `malformed_json`: The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_self_decision`: The maker of a request cannot approve or reject it; `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_not_found`: No such approval request */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `approval_not_pending`: The request has already been decided; `card_range_not_eligible`: Not every card of the range can make this move; nothing was changed; `reversal_value_spent`: The credited value is no longer unspent in the account (its balance is below the amount); nothing moved; `reversal_window_passed_at_approval`: The reversal window closed while the case awaited its approval; nothing moved — reject the case; `refund_balance_changed`: The account's balance is no longer the amount of the case; reject it and open a new one */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `reversal_target_invalid`: The right customer must be another existing account that is not closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewReversal: {
        parameters: {
            query: {
                /** @description The credit's 流水号 (a recharge `rch_…` or top-up `tup_…` id) or the used card's 16-digit number. */
                ref: string;
                /** @description The electricity customer number (户号). */
                toCustomerNo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit and both customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReversalPreview"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `credit_not_found`: No such recharge or top-up of a customer in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReversalCases: {
        parameters: {
            query?: {
                state?: "pending" | "executed" | "rejected";
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of cases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReversalCase"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openReversalCase: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The credit, where its value goes, the reason and the evidence. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenReversalCase"];
            };
        };
        responses: {
            /** @description The case, pending approval (or the replay of that answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReversalCase"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `credit_not_found`: No such recharge or top-up of a customer in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `reversal_window_passed`: The credit is older than the reversal window the utility allows; nothing was opened; `reversal_case_exists`: This credit already has a reversal case awaiting a decision or executed; `reversal_value_spent`: The credited value is no longer unspent in the account (its balance is below the amount); nothing moved; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `reversal_target_invalid`: The right customer must be another existing account that is not closed; `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReversalCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReversalCase"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `reversal_case_not_found`: No such reversal case in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRefundCases: {
        parameters: {
            query?: {
                state?: "pending" | "executed" | "rejected";
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of cases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RefundCase"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openRefundCase: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The closed account, the payout method and its reference. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenRefundCase"];
            };
        };
        responses: {
            /** @description The case, pending approval (or the replay of that answer). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundCase"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `customer_not_found`: No such customer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `refund_account_not_closed`: Only a closed account's balance is refunded; `refund_nothing_to_refund`: The closed account has no balance to refund; `refund_case_exists`: This account already has a refund case awaiting a decision or executed; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRefundPayout: {
        parameters: {
            query?: never;
            header: {
                /** @description Required. 1–255 printable ASCII characters, unique per request you mean to make once (a UUID is ideal). Resending the same key with the same body returns the first response; with another body, 422. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The payout's voucher. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRefundPayout"];
            };
        };
        responses: {
            /** @description The case with its payout (or the replay of that answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundCase"];
                };
            };
            /** @description `idempotency_key_missing`: Idempotency-Key header is required; `idempotency_key_invalid`: Idempotency-Key must be 1–255 printable characters; `malformed_json`: The request body is not valid JSON; `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `refund_case_not_found`: No such refund case in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `refund_not_executed`: The refund case is not approved and executed, so nothing is owed to pay out yet; `refund_already_paid_out`: This refund's payout is already recorded; `refund_payout_by_maker`: The payout is recorded by someone other than the clerk who opened the case; `idempotency_in_progress`: A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unsupported_media_type`: Send the body as application/json (a bill file as text/csv) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `idempotency_key_reused`: This Idempotency-Key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRefundCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundCase"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `refund_case_not_found`: No such refund case in your units */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                actorId?: string;
                objectType?: string;
                objectId?: string;
                /** @description One action (`user.created`), or every action of a kind when it ends in a dot (`user.`). */
                action?: string;
                /** @description Only the events of this unit of your subtree and the units below it. */
                unitId?: string;
                /** @description Inclusive lower bound (RFC 3339). */
                from?: string;
                /** @description Exclusive upper bound (RFC 3339). */
                to?: string;
                limit?: number;
                cursor?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    /** @description How fresh the answer is (RFC 3339): it holds every change committed before this time. From a streaming replica, the time of the last transaction it replayed (its clock when it has replayed all it received); from the primary, when the read began. */
                    "Powercard-Data-As-Of": string;
                    /** @description Which database answered: `replica`; `primary` (no replica is configured); or, when a replica is but was not read, `primary;fallback=lagging` (more than DATABASE_REPLICA_MAX_LAG_MS behind) or `primary;fallback=unreachable` (out of reach). */
                    "Powercard-Data-Source": "replica" | "primary" | "primary;fallback=lagging" | "primary;fallback=unreachable";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unit_not_found`: No such unit */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainReport"];
                };
            };
            /** @description `validation_failed`: The request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthenticated`: Missing or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: Not allowed for this client */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal_error`: Internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `service_unavailable`: The service cannot reach its database right now; retry after Retry-After seconds, with the same Idempotency-Key; `overloaded`: This instance is at capacity and did nothing with the request; retry after Retry-After seconds, with the same Idempotency-Key */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
