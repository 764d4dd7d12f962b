import { createHash } from "node:crypto";
import { customers, pinHmac } from "@powercard/db";
import { eq } from "drizzle-orm";
import { getAccount } from "../../accounts/get-account.ts";
import type { ServiceContext } from "../../service-context.ts";
import { type FailureGuard, rechargeForChannel } from "../channel-recharge.ts";
import { parseSmsCommand } from "./parse-sms-command.ts";
import {
  BALANCE_REFUSED,
  balanceReply,
  invalidReply,
  rechargedReply,
  rechargeFailedReply,
  SMS_HELP,
} from "./reply-texts.ts";
import type { SmsReplyView } from "./sms-reply-view.ts";

export interface InboundSms {
  /** The sender's number as the gateway gives it (13812345678, +8613812345678 …). */
  from: string;
  text: string;
  /** The gateway's own id of the message; a retry of one message carries the same id. */
  messageId?: string;
}

export type SmsAnswer = SmsReplyView & {
  /** For the request log: the real reason behind a failure (e.g. card_not_found), or the parse error. */
  logCode?: string;
  replayed: boolean;
};

const sha256 = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex");

/** 13812345678, +86 138-1234-5678 and 008613812345678 are one phone. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.startsWith("0086")) return digits.slice(4);
  if (digits.length === 13 && digits.startsWith("86")) return digits.slice(2);
  return digits;
}

/**
 * The Idempotency-Key of an SMS recharge. With the gateway's message id, a retry of the message
 * is the same key whenever it comes. Without one, the sender, the minute and the command make
 * the key, so the same SMS delivered twice within a minute is one recharge (a retry that crosses
 * the minute is answered card_already_used — never a second credit). The PIN enters only as
 * its keyed HMAC: a key must not let anyone brute-force a PIN.
 */
function idempotencyKeyFor(
  ctx: ServiceContext,
  sms: InboundSms,
  command: { customerNo: string; cardNo: string; pin: string },
): string {
  if (sms.messageId !== undefined) return `sms-msg-${sha256(sms.messageId)}`;
  const minute = String(Math.floor(ctx.now.getTime() / 60_000));
  const pin = pinHmac(ctx.pinKeys, command.pin).toString("hex");
  return `sms-${sha256(normalizePhone(sms.from), minute, command.customerNo, command.cardNo, pin)}`;
}

/**
 * Answers one inbound SMS with a reply for the sender: the command is parsed, then run through
 * the same services every channel uses. Every outcome is a reply; only a broken service throws.
 */
export async function handleInboundSms({
  ctx,
  input,
  guard,
}: {
  ctx: ServiceContext;
  input: InboundSms;
  /** The failure limits for this sender (its phone and the customer number named). */
  guard?: FailureGuard;
}): Promise<SmsAnswer> {
  const command = parseSmsCommand(input.text);
  switch (command.kind) {
    case "help":
      return { reply: SMS_HELP, outcome: "help", replayed: false };
    case "invalid":
      return {
        reply: invalidReply(command.reason, command.command),
        outcome: "invalid_command",
        logCode: `sms_${command.reason}`,
        replayed: false,
      };
    case "balance":
      return balanceBySms(ctx, input.from, command.customerNo);
    case "recharge": {
      const result = await rechargeForChannel({
        ctx,
        input: {
          customerNo: command.customerNo,
          cardNo: command.cardNo,
          pin: command.pin,
          idempotencyKey: idempotencyKeyFor(ctx, input, command),
        },
        guard,
      });
      if (!result.ok)
        return {
          reply: rechargeFailedReply(result.code, result.wait),
          outcome: result.code,
          logCode: result.logCode,
          replayed: result.replayed,
        };
      const account = await getAccount({ ctx, input: { customerNo: command.customerNo } });
      return {
        reply: rechargedReply({
          customerNo: command.customerNo,
          maskedName: account.customerName,
          amountFen: result.recharge.amountFen,
          balanceFen: result.recharge.balanceFen,
        }),
        outcome: "recharged",
        replayed: result.replayed,
      };
    }
  }
}

/** A balance goes only to the phone registered for the customer; an unknown customer looks the same. */
async function balanceBySms(ctx: ServiceContext, from: string, customerNo: string): Promise<SmsAnswer> {
  const [customer] = await ctx.db.orm
    .select({ phone: customers.phone })
    .from(customers)
    .where(eq(customers.customerNo, customerNo))
    .limit(1);
  const sender = normalizePhone(from);
  if (!customer?.phone || sender === "" || normalizePhone(customer.phone) !== sender)
    return {
      reply: BALANCE_REFUSED,
      outcome: "balance_refused",
      logCode: customer ? "sms_phone_not_registered" : "customer_not_found",
      replayed: false,
    };
  const account = await getAccount({ ctx, input: { customerNo } });
  return {
    reply: balanceReply({ customerNo, maskedName: account.customerName, balanceFen: account.balanceFen }),
    outcome: "balance_sent",
    replayed: false,
  };
}
