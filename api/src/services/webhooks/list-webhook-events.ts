import { toDate, webhookEvents } from "@powercard/db";
import { keysetPage } from "../pagination/keyset-page.ts";
import type { ServiceContext } from "../service-context.ts";
import type { WebhookAttemptView, WebhookEventView } from "./webhook-event-view.ts";

const iso = (value: unknown) => (value === null || value === undefined ? null : toDate(value).toISOString());
const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

/** The calling partner's events, newest first, each with every delivery attempt made. */
export async function listWebhookEvents({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, "db" | "caller">;
  input: { limit: number; cursor?: string };
}): Promise<{ data: WebhookEventView[]; nextCursor: string | null }> {
  // Hand-written SQL (one prepared statement): it takes the cursor's position, not `where`.
  const { rows: page, nextCursor } = await keysetPage(
    input,
    { at: webhookEvents.createdAt, id: webhookEvents.id },
    ({ after, limit }) =>
      ctx.db.query(
        `SELECT id, type, state, attempts, next_attempt_at, delivered_at, created_at, payload
           FROM webhook_events
          WHERE client_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::text))
          ORDER BY created_at DESC, id DESC
          LIMIT $4`,
        [ctx.caller.id, after?.at ?? null, after?.id ?? "", limit],
      ),
    (event) => ({ at: toDate(event.created_at), id: String(event.id) }),
  );
  const attempts = page.length
    ? await ctx.db.query(
        `SELECT event_id, attempt, attempted_at, url, status_code, error, duration_ms
           FROM webhook_attempts WHERE event_id = ANY($1::text[]) ORDER BY event_id, attempt`,
        [page.map((e) => String(e.id))],
      )
    : [];
  const byEvent = new Map<string, WebhookAttemptView[]>();
  for (const a of attempts) {
    const list = byEvent.get(String(a.event_id)) ?? [];
    list.push({
      attempt: Number(a.attempt),
      attemptedAt: toDate(a.attempted_at).toISOString(),
      url: String(a.url),
      statusCode: a.status_code === null ? null : Number(a.status_code),
      error: a.error === null ? null : String(a.error),
      durationMs: Number(a.duration_ms),
    });
    byEvent.set(String(a.event_id), list);
  }
  return {
    data: page.map((e) => ({
      id: String(e.id),
      type: String(e.type),
      state: String(e.state) as WebhookEventView["state"],
      attempts: Number(e.attempts),
      nextAttemptAt: e.state === "pending" ? iso(e.next_attempt_at) : null,
      deliveredAt: iso(e.delivered_at),
      createdAt: toDate(e.created_at).toISOString(),
      data: json(e.payload),
      deliveries: byEvent.get(String(e.id)) ?? [],
    })),
    nextCursor,
  };
}
