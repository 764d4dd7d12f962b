import { Alert, Button, Descriptions, Form, Input, type InputRef, Result, Space } from "antd";
import { type KeyboardEvent, useRef, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { errorWords } from "../../i18n/error-messages.ts";
import { checkCard, formatFen } from "../../lib/card-input.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { Receipt, RechargeReceipt } from "../../receipts/Receipt.tsx";
import { useLang } from "../../session/use-session.ts";
import { CardNoField } from "../../shell/CardNoField.tsx";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Preview = Schemas["RechargePreview"];
type Recharge = Schemas["Recharge"];

const digits = (value: string, max: number) => value.replace(/\D/g, "").slice(0, max);

/**
 * Recharge at the counter: customer number, Enter → the recharge preview (POST
 * /v1/recharge-previews) puts the masked 户名 and address on the screen to confirm with the
 * customer; card number, Enter → the preview again, with the card's value and whether it can be
 * used; PIN, Enter → recharged. No money moves before the name is on the screen, and none for a
 * card the preview refused.
 */
export default function CounterRecharge() {
  const { lang, m } = useLang();
  const [customerNo, setCustomerNo] = useState("");
  const [account, setAccount] = useState<(Preview["customer"] & { customerNo: string }) | null>(null);
  const [card, setCard] = useState<{ cardNo: string; preview: Preview } | null>(null);
  const [cardNo, setCardNo] = useState("");
  const [pin, setPin] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ recharge: Recharge; customerName: string } | null>(null);
  const inFlight = useRef(false);
  const customerRef = useRef<InputRef>(null);
  const cardRef = useRef<InputRef>(null);
  const pinRef = useRef<InputRef>(null);
  const input = { cardNo, pin, customerNo };
  const idempotency = useIdempotencyKey(input);

  const previewed = account?.customerNo === customerNo;
  const cardPreview = card?.cardNo === cardNo ? card.preview : null;
  const cardRefused = cardPreview !== null && !cardPreview.canRecharge;
  const ready = previewed && checkCard(cardNo).state === "valid" && pin.length === 16 && !cardRefused;

  const preview = (body: { customerNo: string; cardNo?: string }) =>
    unwrap(api.POST("/v1/recharge-previews", { body }));

  async function lookUp() {
    if (customerNo.length !== 10) return;
    setError(null);
    try {
      const answer = await preview({ customerNo });
      setAccount({ ...answer.customer, customerNo });
      setTimeout(() => cardRef.current?.focus());
    } catch (e) {
      setAccount(null);
      setError(e);
    }
  }

  /** The card's value and status, while the clerk goes on to the PIN. */
  async function lookUpCard() {
    pinRef.current?.focus();
    if (!previewed || checkCard(cardNo).state !== "valid") return;
    const asked = cardNo;
    try {
      const answer = await preview({ customerNo, cardNo: asked });
      setCard({ cardNo: asked, preview: answer });
    } catch (e) {
      setError(e);
    }
  }

  async function submit() {
    if (!ready || !account || inFlight.current) {
      if (!previewed) setError(null);
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const recharge = await unwrap(
        api.POST("/v1/recharges", {
          params: { header: { "Idempotency-Key": idempotency.key } },
          body: input,
        }),
      );
      setDone({ recharge, customerName: account.name });
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  function next() {
    idempotency.renew();
    setDone(null);
    setAccount(null);
    setCard(null);
    setCustomerNo("");
    setCardNo("");
    setPin("");
    setTimeout(() => customerRef.current?.focus());
  }

  if (done) {
    return (
      <>
        <Result
          status="success"
          title={m.recharge.done}
          subTitle={`${done.customerName} · ${done.recharge.customerNo}`}
          extra={
            <Space>
              <Button type="primary" autoFocus onClick={() => window.print()}>
                {m.receipt.print}
              </Button>
              <Button onClick={next}>{m.recharge.another}</Button>
            </Space>
          }
        >
          <Descriptions
            bordered
            column={1}
            items={[
              {
                key: "amount",
                label: m.recharge.amount,
                children: <span data-testid="recharge-amount">{formatFen(done.recharge.amountFen)}</span>,
              },
              {
                key: "balance",
                label: m.recharge.newBalance,
                children: <span data-testid="recharge-balance">{formatFen(done.recharge.balanceFen)}</span>,
              },
            ]}
          />
        </Result>
        <Receipt>
          <RechargeReceipt recharge={done.recharge} customerName={done.customerName} />
        </Receipt>
      </>
    );
  }

  const enter = (action: () => void) => (e: KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      action();
    }
  };

  return (
    <>
      <p>{m.recharge.intro}</p>
      <Form layout="vertical" className="pc-form" onSubmitCapture={(e) => e.preventDefault()}>
        <Form.Item label={m.recharge.customerNo} htmlFor="customerNo">
          <Space.Compact block>
            <Input
              id="customerNo"
              ref={customerRef}
              autoFocus
              inputMode="numeric"
              autoComplete="off"
              className="pc-digits"
              value={customerNo}
              onChange={(e) => setCustomerNo(digits(e.target.value, 10))}
              onKeyDown={enter(() => void lookUp())}
            />
            <Button onClick={() => void lookUp()} disabled={customerNo.length !== 10}>
              {m.recharge.lookup}
            </Button>
          </Space.Compact>
        </Form.Item>
        {previewed && account ? (
          <section aria-live="polite" aria-label={m.recharge.preview} className="pc-preview">
            <Descriptions
              bordered
              size="small"
              column={1}
              title={m.recharge.preview}
              items={[
                {
                  key: "name",
                  label: m.recharge.customerName,
                  children: (
                    <strong data-testid="customer-name" className="pc-customer-name">
                      {account.name}
                    </strong>
                  ),
                },
                {
                  key: "address",
                  label: m.recharge.address,
                  children: (
                    <span data-testid="customer-address">{account.address ?? m.recharge.noAddress}</span>
                  ),
                },
                ...(cardPreview?.card?.faceValueFen != null
                  ? [
                      {
                        key: "card",
                        label: m.recharge.faceValue,
                        children: (
                          <span data-testid="card-value">
                            {formatFen(cardPreview.card.faceValueFen)}
                            {cardPreview.canRecharge ? ` · ${m.recharge.cardUsable}` : ""}
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </section>
        ) : null}
        <CardNoField
          id="cardNo"
          label={m.recharge.cardNo}
          value={cardNo}
          onChange={setCardNo}
          inputRef={cardRef}
          onEnter={() => void lookUpCard()}
        />
        <Form.Item label={m.recharge.pin} htmlFor="pin">
          <Input.Password
            id="pin"
            ref={pinRef}
            inputMode="numeric"
            autoComplete="off"
            className="pc-digits"
            visibilityToggle={false}
            value={pin}
            onChange={(e) => setPin(digits(e.target.value, 16))}
            onKeyDown={enter(() => void submit())}
          />
        </Form.Item>
        <div aria-live="assertive">
          {!previewed && cardNo ? <p className="pc-notice">{m.recharge.needPreview}</p> : null}
          {cardRefused && cardPreview?.refusal ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-code={cardPreview.refusal}
              message={errorWords(cardPreview.refusal, lang)}
            />
          ) : (
            <ProblemAlert error={error} />
          )}
        </div>
        <Button type="primary" onClick={() => void submit()} disabled={!ready} loading={busy}>
          {m.recharge.submit}
        </Button>
      </Form>
    </>
  );
}
