import { channelClients } from "@powercard/db";
import { eq } from "drizzle-orm";
import { DomainError } from "../../shared/errors.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../service-context.ts";
import type { Resolve } from "./webhook-address.ts";
import type { WebhookPolicy } from "./webhook-policy.ts";
import { resolvedWebhookUrlProblem } from "./webhook-url.ts";
import type { WebhookView } from "./webhook-view.ts";

/**
 * Registers (or, with null, removes) where the calling partner's events are delivered. Events
 * already queued go to the URL registered when they are delivered. Audited with the old value.
 * The URL is judged under the operator's policy (webhook-policy.ts): in production https to a host
 * that is and resolves to a public address, else refused here (SSRF); the route's schema has
 * already refused what is wrong in any environment.
 */
export async function setWebhookUrl({
  ctx,
  input,
  policy,
  resolve,
}: {
  ctx: Pick<ServiceContext, "db" | "caller" | "now" | "requestId">;
  input: { url: string | null };
  /** Where webhooks may go; the strict production rule if absent. */
  policy?: WebhookPolicy;
  /** DNS, replaceable in tests. */
  resolve?: Resolve;
}): Promise<WebhookView> {
  const problem = input.url === null ? null : await resolvedWebhookUrlProblem(input.url, policy, resolve);
  if (problem) {
    throw new DomainError("validation_failed", {
      detail: `The webhook URL ${problem}`,
      fieldErrors: [{ field: "body.url", message: problem }],
    });
  }
  await ctx.db.orm.transaction(async (tx) => {
    const [before] = await tx
      .select({ url: channelClients.webhookUrl })
      .from(channelClients)
      .where(eq(channelClients.id, ctx.caller.id))
      .for("update");
    if (!before) throw new Error(`client ${ctx.caller.id} vanished`);
    await tx
      .update(channelClients)
      .set({ webhookUrl: input.url })
      .where(eq(channelClients.id, ctx.caller.id));
    await recordAuditEvent(
      { tx, requestId: ctx.requestId, now: ctx.now, actor: { type: "client", id: ctx.caller.id } },
      {
        action: "client.webhook_url_set",
        objectType: "channel_client",
        objectId: ctx.caller.id,
        before: { webhookUrl: before.url },
        after: { webhookUrl: input.url },
      },
    );
  });
  return { url: input.url };
}
