import { Alert, Button, Descriptions, Form, Input, type InputRef, Radio, Result, Space } from "antd";
import { useRef, useState } from "react";
import { ApiError, api, type Schemas, unwrap } from "../../api/client.ts";
import { checkCard, formatFen, showCardNo } from "../../lib/card-input.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { useLang } from "../../session/use-session.ts";
import { CardNoField } from "../../shell/CardNoField.tsx";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Action = "freeze" | "unfreeze" | "scrap" | "destroy";
type Done =
  | { kind: "moved"; action: Action; result: Schemas["CardRangeResult"] }
  | { kind: "requested"; approval: Schemas["Approval"] };

const PATHS = {
  freeze: "/v1/card-ranges/freeze",
  unfreeze: "/v1/card-ranges/unfreeze",
  scrap: "/v1/card-ranges/scrap",
} as const;

/** Cards a range spans: the serial is the 13 digits between the issuer code and the check digit. */
export function rangeCount(first: string, last: string): number | null {
  if (first.slice(0, 2) !== last.slice(0, 2)) return null;
  const n = Number(last.slice(2, 15)) - Number(first.slice(2, 15)) + 1;
  return n >= 1 ? n : null;
}

/**
 * A card administrator's range operations: freeze (lost, stolen), unfreeze, scrap, and the request
 * to destroy a scrapped range (another card administrator approves it in the approval inbox).
 * Review shows the number of cards before anything moves; the Idempotency-Key lives as long as
 * the action and its input stay the same, so a double click or a retry moves nothing twice.
 */
export default function CardRanges() {
  const { m } = useLang();
  const t = m.custody.ranges;
  const [action, setAction] = useState<Action>("freeze");
  const [first, setFirst] = useState("");
  const [last, setLast] = useState("");
  const [reason, setReason] = useState("");
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Done | null>(null);
  const inFlight = useRef(false);
  const lastRef = useRef<InputRef>(null);
  const reasonRef = useRef<InputRef>(null);
  const firstRef = useRef<InputRef>(null);
  const lastCardNo = last || first;
  const body = { firstCardNo: first, lastCardNo, reason: reason.trim() };
  const idempotency = useIdempotencyKey({ action, ...body });
  const label = { freeze: t.freeze, unfreeze: t.unfreeze, scrap: t.scrap, destroy: t.destroy }[action];

  const rangeOk = checkCard(first).state === "valid" && (last === "" || checkCard(last).state === "valid");
  const count = rangeOk ? rangeCount(first, lastCardNo) : null;
  const ready = count !== null && body.reason.length > 0;

  function review() {
    setError(null);
    if (ready) setReviewing(true);
  }

  async function confirm() {
    if (!ready || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    const params = { header: { "Idempotency-Key": idempotency.key } };
    try {
      if (action === "destroy") {
        const approval = await unwrap(api.POST("/v1/card-ranges/destruction-requests", { params, body }));
        setDone({ kind: "requested", approval });
      } else {
        const result = await unwrap(api.POST(PATHS[action], { params, body }));
        setDone({ kind: "moved", action, result });
      }
    } catch (e) {
      setError(e);
      setReviewing(false);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  function another() {
    idempotency.renew();
    setDone(null);
    setReviewing(false);
    setFirst("");
    setLast("");
    setReason("");
    setTimeout(() => firstRef.current?.focus());
  }

  if (done) {
    return (
      <Result
        status="success"
        title={done.kind === "moved" ? t.done(label, done.result.cardCount) : t.requested}
        extra={
          <Button type="primary" autoFocus onClick={another}>
            {t.another}
          </Button>
        }
      >
        <Descriptions
          bordered
          column={1}
          items={
            done.kind === "moved"
              ? [
                  {
                    key: "range",
                    label: `${t.first} — ${t.last}`,
                    children: `${showCardNo(done.result.firstCardNo)} — ${showCardNo(done.result.lastCardNo)}`,
                  },
                  {
                    key: "count",
                    label: t.cards,
                    children: <span data-testid="range-count">{done.result.cardCount}</span>,
                  },
                  {
                    key: "value",
                    label: t.value,
                    children: <span data-testid="range-value">{formatFen(done.result.valueFen)}</span>,
                  },
                ]
              : [
                  {
                    key: "approval",
                    label: t.approvalId,
                    children: <span data-testid="approval-id">{done.approval.id}</span>,
                  },
                  { key: "summary", label: t.reason, children: done.approval.summary },
                ]
          }
        />
      </Result>
    );
  }

  const notEligible = error instanceof ApiError && error.problem.code === "card_range_not_eligible";
  return (
    <>
      <p>{t.intro}</p>
      <Form layout="vertical" className="pc-form" onSubmitCapture={(e) => e.preventDefault()}>
        <Form.Item label={t.action}>
          <Radio.Group
            aria-label={t.action}
            value={action}
            onChange={(e) => {
              setAction(e.target.value);
              setReviewing(false);
            }}
            optionType="button"
            options={[
              { value: "freeze", label: t.freeze },
              { value: "unfreeze", label: t.unfreeze },
              { value: "scrap", label: t.scrap },
              { value: "destroy", label: t.destroy },
            ]}
          />
        </Form.Item>
        <CardNoField
          id="rangeFirst"
          label={t.first}
          value={first}
          inputRef={firstRef}
          onChange={(v) => {
            setFirst(v);
            setReviewing(false);
          }}
          autoFocus
          onEnter={() => lastRef.current?.focus()}
        />
        <CardNoField
          id="rangeLast"
          label={t.last}
          value={last}
          inputRef={lastRef}
          onChange={(v) => {
            setLast(v);
            setReviewing(false);
          }}
          onEnter={() => reasonRef.current?.focus()}
        />
        <Form.Item label={t.reason} htmlFor="rangeReason">
          <Input
            id="rangeReason"
            ref={reasonRef}
            maxLength={200}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setReviewing(false);
            }}
            onPressEnter={(e) => {
              // Not only Enter's default: the confirm button appears focused under this very key
              // press, and its activation must wait for a second, deliberate Enter.
              e.preventDefault();
              review();
            }}
          />
        </Form.Item>
        <div aria-live="assertive">
          {notEligible ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-code="card_range_not_eligible"
              message={t.notEligible}
              description={error.problem.detail}
            />
          ) : (
            <ProblemAlert error={error} />
          )}
        </div>
        {reviewing && count !== null ? (
          <section className="pc-confirm" aria-label={t.confirmTitle} aria-live="polite">
            <Alert
              type="warning"
              showIcon
              message={t.confirmTitle}
              description={
                <>
                  <p>{t.confirmText(label, count)}</p>
                  <p>
                    <strong className="pc-digits">
                      {showCardNo(first)} — {showCardNo(lastCardNo)}
                    </strong>
                  </p>
                  <p>
                    {t.cards}: <strong data-testid="confirm-count">{count}</strong>
                  </p>
                  <Space>
                    <Button
                      type="primary"
                      danger={action !== "unfreeze"}
                      autoFocus
                      loading={busy}
                      onClick={() => void confirm()}
                    >
                      {t.confirm}
                    </Button>
                    <Button onClick={() => setReviewing(false)}>{t.cancel}</Button>
                  </Space>
                </>
              }
            />
          </section>
        ) : (
          <Button type="primary" onClick={review} disabled={!ready}>
            {t.review}
          </Button>
        )}
      </Form>
    </>
  );
}
