import { Alert, Button, Card, Descriptions, Input, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen, showCardNo } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Order = Schemas["ProductionOrder"];
type Batch = Order["batches"][number];

/** Saves text as a file through a temporary blob link (the page's CSP allows no other way). */
function saveAs(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/jose" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The issuer's orders: each order's batches (card-number ranges) and its encrypted card files,
 * downloaded for the manufacturer, and the manufacturer's signed acknowledgement recorded.
 */
export default function ProductionOrders() {
  const { lang, m } = useLang();
  const { nameOf: unitName } = useUnits();
  const orders = useLoad(async () => (await unwrap(api.GET("/v1/production-orders", {}))).data);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<Record<string, boolean>>({});
  const [acks, setAcks] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);

  async function download(order: Order, part: number) {
    setError(null);
    try {
      const jwe = await unwrap(
        api.GET("/v1/production-orders/{id}/card-files/{part}", {
          params: { path: { id: order.id, part } },
          parseAs: "text",
        }),
      );
      saveAs(`${order.id}-${part}.jwe`, jwe as unknown as string);
      setDownloaded({ ...downloaded, [`${order.id}/${part}`]: true });
    } catch (e) {
      setError(e);
    }
  }

  async function acknowledge(order: Order) {
    const acknowledgement = (acks[order.id] ?? "").trim();
    if (!acknowledgement || busy) return;
    setBusy(order.id);
    setError(null);
    setNotice(null);
    try {
      await unwrap(
        api.POST("/v1/production-orders/{id}/acknowledgements", {
          params: { path: { id: order.id } },
          body: { acknowledgement },
        }),
      );
      setAcks({ ...acks, [order.id]: "" });
      setNotice(m.orders.ackDone);
      orders.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Typography.Paragraph>{m.orders.intro}</Typography.Paragraph>
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={error ?? orders.error} />
        {notice ? <Alert type="success" showIcon data-testid="orders-notice" message={notice} /> : null}
      </div>
      {orders.data?.length === 0 ? <Typography.Paragraph>{m.common.empty}</Typography.Paragraph> : null}
      <Space direction="vertical" size="large" className="pc-cards-stack">
        {(orders.data ?? []).map((order) => (
          <Card
            key={order.id}
            title={<span data-testid="order-id">{order.id}</span>}
            extra={
              <Tag
                className="pc-cards-tag"
                color={order.state === "acknowledged" ? "green" : "gold"}
                data-testid="order-state"
              >
                {m.orders.states[order.state] ?? order.state}
              </Tag>
            }
          >
            <Descriptions
              size="small"
              column={3}
              items={[
                { key: "cards", label: m.common.cards, children: order.cardCount },
                { key: "total", label: m.common.total, children: formatFen(order.totalFen) },
                { key: "time", label: m.common.time, children: shanghaiTime(order.createdAt, lang) },
              ]}
            />
            <Table<Batch>
              className="pc-cards-table"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={order.batches}
              columns={[
                { title: m.orders.batches, dataIndex: "id" },
                { title: m.common.unit, dataIndex: "unitId", render: unitName },
                { title: m.common.faceValue, dataIndex: "faceValueFen", align: "right", render: formatFen },
                { title: m.common.quantity, dataIndex: "quantity", align: "right" },
                {
                  title: m.common.firstCardNo,
                  dataIndex: "firstCardNo",
                  render: (v: string | null) => (v ? showCardNo(v) : ""),
                },
                {
                  title: m.common.lastCardNo,
                  dataIndex: "lastCardNo",
                  render: (v: string | null) => (v ? showCardNo(v) : ""),
                },
              ]}
            />
            <Space wrap className="pc-cards-files">
              {order.files.map((file) => (
                <Space key={file.part}>
                  <Button onClick={() => void download(order, file.part)}>
                    {m.orders.download(file.part)}
                  </Button>
                  <Tag className="pc-cards-tag" color={file.acknowledgedAt ? "green" : "default"}>
                    {file.acknowledgedAt
                      ? m.orders.acknowledged
                      : downloaded[`${order.id}/${file.part}`]
                        ? m.orders.downloaded
                        : m.orders.waiting}
                  </Tag>
                </Space>
              ))}
            </Space>
            {order.state !== "acknowledged" ? (
              <div className="pc-cards-ack">
                <label htmlFor={`ack-${order.id}`}>{m.orders.ack}</label>
                <Input.TextArea
                  id={`ack-${order.id}`}
                  rows={2}
                  value={acks[order.id] ?? ""}
                  onChange={(e) => setAcks({ ...acks, [order.id]: e.target.value })}
                />
                <Button
                  type="primary"
                  disabled={!(acks[order.id] ?? "").trim()}
                  loading={busy === order.id}
                  onClick={() => void acknowledge(order)}
                >
                  {m.orders.ackSubmit}
                </Button>
              </div>
            ) : null}
          </Card>
        ))}
      </Space>
    </>
  );
}
