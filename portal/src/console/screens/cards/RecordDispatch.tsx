import { Alert, Button, Descriptions, Form, Input, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { api, unwrap } from "../../api/client.ts";
import { parseCartonLines } from "../../lib/carton-lines.ts";
import { useAction } from "../../lib/use-action.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

/**
 * The issuer records the manufacturer's dispatch of an order: which bureau the cartons go to and
 * the packing list, one carton per line (first and last card number, scanned or typed). The
 * cards are then in transit until the bureau's card admin receives them (到货入库).
 */
export default function RecordDispatch() {
  const { m } = useLang();
  const t = m.dispatch;
  const { nameOf } = useUnits();
  const orders = useLoad(async () => (await unwrap(api.GET("/v1/production-orders", {}))).data);
  const [orderId, setOrderId] = useState<string>();
  const [toUnitId, setToUnitId] = useState<string>();
  const [lines, setLines] = useState("");
  const [noticeId, setNoticeId] = useState<string | null>(null);
  const action = useAction(() => {
    setLines("");
    orders.reload();
  });
  const list = useMemo(() => parseCartonLines(lines), [lines]);
  const order = orders.data?.find((o) => o.id === orderId);
  // The bureaus the order's batches were made for: a dispatch goes to one of them.
  const destinations = [...new Set(order?.batches.map((b) => b.unitId) ?? [])];
  const total = list.cartons.reduce((n, c) => n + c.cards, 0);
  const ready = Boolean(orderId && toUnitId && list.cartons.length > 0 && list.badLines.length === 0);

  const submit = () =>
    action.run(
      "dispatch",
      async () => {
        const shipment = await unwrap(
          api.POST("/v1/shipments", {
            body: {
              orderId: orderId as string,
              toUnitId: toUnitId as string,
              cartons: list.cartons.map(({ firstCardNo, lastCardNo }) => ({ firstCardNo, lastCardNo })),
            },
          }),
        );
        setNoticeId(shipment.id);
      },
      t.done(list.cartons.length, total),
    );

  return (
    <>
      <Typography.Paragraph>{t.intro}</Typography.Paragraph>
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={action.error ?? orders.error} />
        {action.notice ? (
          <Alert
            type="success"
            showIcon
            data-testid="dispatch-notice"
            message={action.notice}
            description={noticeId ? t.shipmentId(noticeId) : null}
          />
        ) : null}
      </div>
      <Form layout="vertical" className="pc-cards-form" onFinish={() => void submit()}>
        <Form.Item label={t.order} htmlFor="dispatch-order">
          <Select
            id="dispatch-order"
            value={orderId}
            onChange={(id: string) => {
              setOrderId(id);
              setToUnitId(orders.data?.find((o) => o.id === id)?.batches[0]?.unitId ?? undefined);
            }}
            options={(orders.data ?? []).map((o) => ({ value: o.id, label: `${o.id} · ${o.cardCount}` }))}
            placeholder={t.orderPlaceholder}
          />
        </Form.Item>
        <Form.Item label={t.destination} htmlFor="dispatch-unit">
          <Select
            id="dispatch-unit"
            value={toUnitId}
            onChange={setToUnitId}
            options={destinations.map((id) => ({ value: id, label: nameOf(id) }))}
          />
        </Form.Item>
        <Form.Item label={t.cartons} htmlFor="dispatch-cartons" extra={t.cartonsHelp}>
          <Input.TextArea
            id="dispatch-cartons"
            rows={8}
            value={lines}
            onChange={(e) => setLines(e.target.value)}
            className="pc-cartons"
          />
        </Form.Item>
        <Descriptions
          size="small"
          column={2}
          items={[
            {
              key: "cartons",
              label: t.cartonCount,
              children: <span data-testid="dispatch-cartons">{list.cartons.length}</span>,
            },
            {
              key: "cards",
              label: m.common.cards,
              children: <span data-testid="dispatch-cards">{total}</span>,
            },
          ]}
        />
        {list.badLines.length > 0 ? (
          <Alert type="error" showIcon data-testid="dispatch-bad-lines" message={t.badLines(list.badLines)} />
        ) : null}
        <Button type="primary" htmlType="submit" disabled={!ready} loading={action.busy === "dispatch"}>
          {t.submit}
        </Button>
      </Form>
    </>
  );
}
