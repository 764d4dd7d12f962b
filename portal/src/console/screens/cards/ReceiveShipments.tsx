import { Alert, Button, Checkbox, Descriptions, Form, Input, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { cardDigits, formatFen, showCardNo } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Summary = Schemas["ShipmentSummary"];
type Shipment = Schemas["Shipment"];
type Carton = Schemas["Carton"];
type Receipt = Schemas["ShipmentReceiptResult"];

/** "first last" per line → ranges; null when a line is not two 16-digit numbers. */
export function parseRanges(text: string): { firstCardNo: string; lastCardNo: string }[] | null {
  const ranges = [];
  for (const line of text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const parts = line
      .split(/[\s,，—–-]+/)
      .map(cardDigits)
      .filter(Boolean);
    const [first, last] = parts;
    if (parts.length !== 2 || first?.length !== 16 || last?.length !== 16) return null;
    ranges.push({ firstCardNo: first, lastCardNo: last });
  }
  return ranges;
}

const range = (c: { firstCardNo: string; lastCardNo: string }) =>
  `${showCardNo(c.firstCardNo)} — ${showCardNo(c.lastCardNo)}`;

/**
 * The card administrator receives a shipment against its packing list: tick the cartons that
 * arrived, type ranges that arrived outside it; the answer shows what was received, what is
 * missing (still in transit) and what was extra (nothing done with it).
 */
export default function ReceiveShipments() {
  const { lang, m } = useLang();
  const list = useLoad(
    async () => (await unwrap(api.GET("/v1/shipments", { params: { query: { limit: 50 } } }))).data,
  );
  const [shipment, setShipment] = useState<Shipment | null>(null);
  const [arrived, setArrived] = useState<number[]>([]);
  const [extra, setExtra] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const extraRanges = parseRanges(extra);

  async function openShipment(id: string) {
    setError(null);
    setReceipt(null);
    try {
      const s = await unwrap(api.GET("/v1/shipments/{id}", { params: { path: { id } } }));
      setShipment(s);
      setArrived([]);
      setExtra("");
    } catch (e) {
      setError(e);
    }
  }

  async function receive() {
    if (!shipment || busy || !extraRanges) return;
    const cartons = [
      ...shipment.cartons
        .filter((c) => arrived.includes(c.seq))
        .map((c) => ({ firstCardNo: c.firstCardNo, lastCardNo: c.lastCardNo })),
      ...extraRanges,
    ];
    if (cartons.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(
        api.POST("/v1/shipments/{id}/receipts", { params: { path: { id: shipment.id } }, body: { cartons } }),
      );
      setReceipt(result);
      setShipment(await unwrap(api.GET("/v1/shipments/{id}", { params: { path: { id: shipment.id } } })));
      setArrived([]);
      setExtra("");
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Typography.Paragraph>{m.shipments.intro}</Typography.Paragraph>
      <h2 className="pc-cards-h2">{m.shipments.list}</h2>
      <ProblemAlert error={list.error} />
      <Table<Summary>
        className="pc-cards-table"
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: <span className="pc-cards-empty">{m.shipments.none}</span> }}
        columns={[
          { title: "ID", dataIndex: "id" },
          { title: m.shipments.order, dataIndex: "orderId" },
          { title: m.common.time, dataIndex: "createdAt", render: (v: string) => shanghaiTime(v, lang) },
          {
            title: m.common.state,
            dataIndex: "state",
            render: (s: string) => (
              <Tag
                className="pc-cards-tag"
                color={s === "received" ? "green" : s === "partly_received" ? "orange" : "gold"}
              >
                {m.shipments.states[s] ?? s}
              </Tag>
            ),
          },
          {
            title: m.common.actions,
            key: "open",
            render: (_, s) => (
              <Button
                size="small"
                onClick={() => void openShipment(s.id)}
                aria-label={`${m.shipments.open} ${s.id}`}
              >
                {m.shipments.open}
              </Button>
            ),
          },
        ]}
      />
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={error} />
      </div>
      {receipt ? (
        <section aria-labelledby="receipt-title" className="pc-cards-section" data-testid="receipt">
          <h2 id="receipt-title" className="pc-cards-h2">
            {m.shipments.result}
          </h2>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: "received",
                label: m.shipments.received,
                children: (
                  <span data-testid="received">
                    {m.shipments.receivedCount(receipt.received.length, receipt.receivedCardCount)}
                  </span>
                ),
              },
              {
                key: "value",
                label: m.shipments.receivedValue,
                children: <span data-testid="received-value">{formatFen(receipt.receivedValueFen)}</span>,
              },
            ]}
          />
          {receipt.missing.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="missing"
              message={`${m.shipments.missing}: ${receipt.missing.length}`}
              description={receipt.missing.map((c) => (
                <div key={c.seq}>
                  {m.shipments.carton(c.seq)}: {range(c)} ({c.cardCount})
                </div>
              ))}
            />
          ) : null}
          {receipt.unexpected.length > 0 ? (
            <Alert
              type="error"
              showIcon
              data-testid="unexpected"
              message={`${m.shipments.unexpected}: ${receipt.unexpected.length}`}
              description={receipt.unexpected.map((c) => <div key={c.firstCardNo}>{range(c)}</div>)}
            />
          ) : null}
        </section>
      ) : null}
      {shipment ? (
        <section aria-labelledby="cartons-title" className="pc-cards-section">
          <h2 id="cartons-title" className="pc-cards-h2">
            {m.shipments.cartons} · {shipment.id}
          </h2>
          <Table<Carton>
            className="pc-cards-table"
            rowKey="seq"
            size="small"
            pagination={false}
            dataSource={shipment.cartons}
            columns={[
              {
                title: m.shipments.arrived,
                key: "arrived",
                render: (_, c) =>
                  c.state === "in_transit" ? (
                    <Checkbox
                      aria-label={`${m.shipments.arrived}: ${m.shipments.carton(c.seq)}`}
                      checked={arrived.includes(c.seq)}
                      onChange={(e) =>
                        setArrived(
                          e.target.checked ? [...arrived, c.seq] : arrived.filter((s) => s !== c.seq),
                        )
                      }
                    />
                  ) : null,
              },
              { title: "#", dataIndex: "seq", render: (s: number) => m.shipments.carton(s) },
              { title: m.common.firstCardNo, dataIndex: "firstCardNo", render: showCardNo },
              { title: m.common.lastCardNo, dataIndex: "lastCardNo", render: showCardNo },
              { title: m.common.cards, dataIndex: "cardCount", align: "right" },
              {
                title: m.common.state,
                dataIndex: "state",
                render: (s: string) => (
                  <Tag className="pc-cards-tag" color={s === "received" ? "green" : "gold"}>
                    {m.shipments.cartonStates[s] ?? s}
                  </Tag>
                ),
              },
            ]}
          />
          <Form layout="vertical" className="pc-form" onSubmitCapture={(e) => e.preventDefault()}>
            <Form.Item
              label={m.shipments.extra}
              htmlFor="extraRanges"
              validateStatus={extraRanges ? undefined : "error"}
              help={extraRanges ? undefined : m.shipments.extraInvalid}
            >
              <Input.TextArea
                id="extraRanges"
                rows={2}
                value={extra}
                onChange={(e) => setExtra(e.target.value)}
              />
            </Form.Item>
            <Button
              type="primary"
              loading={busy}
              disabled={!extraRanges || (arrived.length === 0 && extraRanges.length === 0)}
              onClick={() => void receive()}
            >
              {m.shipments.submit}
            </Button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
