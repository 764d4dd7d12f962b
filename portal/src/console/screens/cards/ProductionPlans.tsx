import { Alert, Button, Form, Input, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useAction } from "../../lib/use-action.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Request = Schemas["ProductionRequest"];
type Plan = Schemas["ProductionPlan"];

const PLAN_COLORS: Record<string, string> = {
  pending_approval: "gold",
  approved: "blue",
  rejected: "red",
  ordered: "green",
};

/**
 * The issuer's plans: pick open requests → a plan that another issuer approves (the approval
 * inbox) → order it from a manufacturer, which makes the cards and the encrypted card file.
 */
export default function ProductionPlans() {
  const { lang, m } = useLang();
  const { nameOf: unitName } = useUnits();
  const [selected, setSelected] = useState<string[]>([]);
  const [sellBy, setSellBy] = useState("");
  const [maker, setMaker] = useState<Record<string, string>>({});
  const open = useLoad(
    async () =>
      (await unwrap(api.GET("/v1/production-requests", { params: { query: { state: "open" } } }))).data,
  );
  const plans = useLoad(async () => (await unwrap(api.GET("/v1/production-plans", {}))).data);
  const manufacturers = useLoad(async () => (await unwrap(api.GET("/v1/manufacturers", {}))).data);

  const { busy, error, notice, run } = useAction(() => {
    open.reload();
    plans.reload();
  });

  const createPlan = () =>
    run(
      "plan",
      async () => {
        await unwrap(
          api.POST("/v1/production-plans", {
            body: { requestIds: selected, ...(sellBy ? { sellBy } : {}) },
          }),
        );
        setSelected([]);
        setSellBy("");
      },
      m.plans.created,
    );

  const order = (plan: Plan) =>
    run(
      plan.id,
      () =>
        unwrap(
          api.POST("/v1/production-orders", {
            body: { planId: plan.id, manufacturerId: maker[plan.id] ?? "" },
          }),
        ),
      m.plans.ordered,
    );

  return (
    <>
      <h2 className="pc-cards-h2">{m.plans.openRequests}</h2>
      <ProblemAlert error={open.error} />
      <Table<Request>
        className="pc-cards-table"
        rowKey="id"
        size="small"
        loading={open.loading}
        dataSource={open.data ?? []}
        pagination={false}
        locale={{ emptyText: <span className="pc-cards-empty">{m.plans.none}</span> }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (r) => ({ "aria-label": m.plans.select(r.id) }) as never,
        }}
        columns={[
          { title: "ID", dataIndex: "id" },
          { title: m.common.unit, dataIndex: "unitId", render: unitName },
          { title: m.common.faceValue, dataIndex: "faceValueFen", align: "right", render: formatFen },
          { title: m.common.quantity, dataIndex: "quantity", align: "right" },
          { title: m.common.time, dataIndex: "createdAt", render: (v: string) => shanghaiTime(v, lang) },
        ]}
      />
      <Form layout="inline" className="pc-cards-form" onFinish={() => void createPlan()}>
        <Form.Item label={m.plans.sellBy} htmlFor="sellBy">
          <Input
            id="sellBy"
            placeholder="YYYY-MM-DD"
            value={sellBy}
            onChange={(e) => setSellBy(e.target.value.trim())}
            className="pc-cards-date"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={selected.length === 0} loading={busy === "plan"}>
          {m.plans.create}
        </Button>
      </Form>
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={error} />
        {notice ? <Alert type="success" showIcon data-testid="plans-notice" message={notice} /> : null}
      </div>
      <h2 className="pc-cards-h2">{m.plans.list}</h2>
      <ProblemAlert error={plans.error ?? manufacturers.error} />
      <Table<Plan>
        className="pc-cards-table"
        rowKey="id"
        size="small"
        loading={plans.loading}
        dataSource={plans.data ?? []}
        pagination={false}
        locale={{ emptyText: <span className="pc-cards-empty">{m.common.empty}</span> }}
        columns={[
          { title: "ID", dataIndex: "id" },
          {
            title: m.plans.lines,
            key: "lines",
            render: (_, p) =>
              p.lines.map((l) => (
                <div key={l.requestId}>
                  {formatFen(l.faceValueFen)} × {l.quantity}
                </div>
              )),
          },
          { title: m.common.quantity, dataIndex: "cardCount", align: "right" },
          { title: m.common.total, dataIndex: "totalFen", align: "right", render: formatFen },
          {
            title: m.common.state,
            dataIndex: "state",
            render: (s: string) => (
              <Tag className="pc-cards-tag" color={PLAN_COLORS[s]}>
                {m.plans.states[s] ?? s}
              </Tag>
            ),
          },
          {
            title: m.common.actions,
            key: "order",
            render: (_, p) =>
              p.state === "approved" ? (
                <Space wrap>
                  <Select
                    aria-label={`${m.plans.pickManufacturer} ${p.id}`}
                    placeholder={m.plans.pickManufacturer}
                    className="pc-cards-select"
                    value={maker[p.id]}
                    onChange={(v: string) => setMaker({ ...maker, [p.id]: v })}
                    options={(manufacturers.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
                  />
                  <Button
                    type="primary"
                    disabled={!maker[p.id]}
                    loading={busy === p.id}
                    onClick={() => void order(p)}
                    aria-label={`${m.plans.order} ${p.id}`}
                  >
                    {m.plans.order}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
}
