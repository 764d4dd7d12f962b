import { Alert, Button, Form, InputNumber, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Request = Schemas["ProductionRequest"];

/** The card administrator asks for cards of one face value; the list shows what became of them. */
export default function ProductionRequests() {
  const { lang, m } = useLang();
  const [faceYuan, setFaceYuan] = useState<number | null>(100);
  const [quantity, setQuantity] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Request | null>(null);
  const list = useLoad(async () => (await unwrap(api.GET("/v1/production-requests", {}))).data);

  async function submit() {
    if (!faceYuan || !quantity || busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const created = await unwrap(
        api.POST("/v1/production-requests", {
          body: { faceValueFen: Math.round(faceYuan * 100), quantity },
        }),
      );
      setDone(created);
      setQuantity(null);
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Typography.Paragraph>{m.requests.intro}</Typography.Paragraph>
      <Form layout="inline" className="pc-cards-form" onFinish={() => void submit()}>
        <Form.Item label={m.requests.faceValue} htmlFor="faceValue">
          <InputNumber
            id="faceValue"
            min={1}
            max={100000}
            precision={0}
            value={faceYuan}
            onChange={setFaceYuan}
          />
        </Form.Item>
        <Form.Item label={m.requests.quantity} htmlFor="quantity">
          <InputNumber
            id="quantity"
            min={1}
            max={10_000_000}
            precision={0}
            value={quantity}
            onChange={setQuantity}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!faceYuan || !quantity}>
          {m.requests.submit}
        </Button>
      </Form>
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={error} />
        {done ? (
          <Alert
            type="success"
            showIcon
            data-testid="request-done"
            message={
              <>
                {m.requests.done}: {done.id}
              </>
            }
          />
        ) : null}
      </div>
      <h2 className="pc-cards-h2">{m.requests.list}</h2>
      <ProblemAlert error={list.error} />
      <Table<Request>
        className="pc-cards-table"
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: <span className="pc-cards-empty">{m.common.empty}</span> }}
        columns={[
          { title: "ID", dataIndex: "id" },
          { title: m.common.faceValue, dataIndex: "faceValueFen", align: "right", render: formatFen },
          { title: m.common.quantity, dataIndex: "quantity", align: "right" },
          {
            title: m.common.state,
            dataIndex: "state",
            render: (s: string) => (
              <Tag className="pc-cards-tag" color={s === "open" ? "gold" : "green"}>
                {m.requests.states[s] ?? s}
              </Tag>
            ),
          },
          { title: m.common.time, dataIndex: "createdAt", render: (v: string) => shanghaiTime(v, lang) },
        ]}
      />
    </>
  );
}
