import { Button, Descriptions, Form, type InputRef, Result, Space } from "antd";
import { useRef, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { checkCard, formatFen, showCardNo } from "../../lib/card-input.ts";
import { useIdempotencyKey } from "../../lib/use-idempotency-key.ts";
import { Receipt, SaleReceipt } from "../../receipts/Receipt.tsx";
import { useLang } from "../../session/use-session.ts";
import { CardNoField } from "../../shell/CardNoField.tsx";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Sale = Schemas["CardSale"];

/**
 * Sell a range: scan (or type) the first card, Enter, the last card, Enter — sold. One card: leave
 * the last empty. The sale's Idempotency-Key lives as long as the range stays the same.
 */
export default function SellCards() {
  const { m } = useLang();
  const [first, setFirst] = useState("");
  const [last, setLast] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sale, setSale] = useState<Sale | null>(null);
  // A ref, not state: two Enter presses in one tick must not both start a request.
  const inFlight = useRef(false);
  const lastRef = useRef<InputRef>(null);
  const firstRef = useRef<InputRef>(null);
  const input = { firstCardNo: first, lastCardNo: last || undefined };
  const idempotency = useIdempotencyKey(input);

  const ready = checkCard(first).state === "valid" && (last === "" || checkCard(last).state === "valid");

  async function submit() {
    if (!ready || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(
        api.POST("/v1/card-sales", {
          params: { header: { "Idempotency-Key": idempotency.key } },
          body: input,
        }),
      );
      setSale(result);
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  function another() {
    idempotency.renew();
    setSale(null);
    setFirst("");
    setLast("");
    setTimeout(() => firstRef.current?.focus());
  }

  if (sale) {
    return (
      <>
        <Result
          status="success"
          title={m.sell.done}
          subTitle={`${showCardNo(sale.firstCardNo)} — ${showCardNo(sale.lastCardNo)}`}
          extra={
            <Space>
              <Button type="primary" autoFocus onClick={() => window.print()}>
                {m.receipt.print}
              </Button>
              <Button onClick={another}>{m.sell.another}</Button>
            </Space>
          }
        >
          <Descriptions
            bordered
            column={1}
            items={[
              {
                key: "count",
                label: m.sell.count,
                children: <span data-testid="sale-count">{sale.cardCount}</span>,
              },
              {
                key: "amount",
                label: m.sell.amount,
                children: <span data-testid="sale-amount">{formatFen(sale.amountFen)}</span>,
              },
            ]}
          />
        </Result>
        <Receipt>
          <SaleReceipt sale={sale} />
        </Receipt>
      </>
    );
  }

  return (
    <>
      <p>{m.sell.intro}</p>
      <Form layout="vertical" className="pc-form" onSubmitCapture={(e) => e.preventDefault()}>
        <CardNoField
          id="firstCardNo"
          label={m.sell.first}
          value={first}
          onChange={setFirst}
          inputRef={firstRef}
          autoFocus
          onEnter={() => lastRef.current?.focus()}
        />
        <CardNoField
          id="lastCardNo"
          label={m.sell.last}
          value={last}
          onChange={setLast}
          inputRef={lastRef}
          onEnter={() => void submit()}
        />
        <div aria-live="assertive">
          <ProblemAlert error={error} />
        </div>
        <Button type="primary" onClick={() => void submit()} disabled={!ready} loading={busy}>
          {m.sell.submit}
        </Button>
      </Form>
    </>
  );
}
