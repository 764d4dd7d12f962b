import { Button, Card, Col, Row, Space, Statistic, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { api, unwrap } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { UnitSelect } from "../reports/UnitSelect.tsx";
import { type ChartOption, EChart } from "./EChart.tsx";

const BUCKETS = ["0_30", "31_90", "91_365", "over_365"] as const;
const yuan = (fen: number) => fen / 100;

/** A unit's day: today's sales, recharges by channel, the card float, open remittances — charts and tables. */
export default function DashboardScreen() {
  const { lang, m } = useLang();
  const d = m.dashboard;
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const dashboard = useLoad(
    async () => unwrap(api.GET("/v1/reports/dashboard", { params: { query: { unitId } } })),
    [unitId],
  );
  const { data, error } = dashboard;
  const load = dashboard.reload;

  const channelName = (c: string) => m.channels[c] ?? c;
  const options = useMemo(() => {
    if (!data) return null;
    const bar = (names: string[], values: number[]): ChartOption => ({
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: names, axisLabel: { interval: 0, overflow: "break", width: 64 } },
      yAxis: { type: "value", name: "元" },
      series: [{ type: "bar", data: values, itemStyle: { color: "#0958d9" }, barMaxWidth: 48 }],
    });
    return {
      sales: bar(
        data.sales.byOutlet.map((o) => o.outletName),
        data.sales.byOutlet.map((o) => yuan(o.amountFen)),
      ),
      channels: {
        tooltip: { trigger: "item" },
        legend: { bottom: 0 },
        series: [
          {
            type: "pie",
            radius: ["35%", "65%"],
            top: -24,
            // The legend and the table name the slices; outside labels get cut at this width.
            label: { show: false },
            labelLine: { show: false },
            data: data.recharges.byChannel.map((c) => ({
              name: m.channels[c.channel] ?? c.channel,
              value: yuan(c.amountFen),
            })),
          },
        ],
      } as ChartOption,
      aging: bar(
        BUCKETS.map((b) => d.buckets[b]),
        BUCKETS.map((b) => yuan(data.float.aging[b].valueFen)),
      ),
    };
  }, [data, d, m]);

  const money = (testId: string, fen: number, suffix: string) => (
    <>
      <span className="pc-stat-value" data-testid={testId}>
        {formatFen(fen)}
      </span>{" "}
      元 <span className="pc-stat-suffix">{suffix}</span>
    </>
  );

  return (
    <>
      <Space wrap className="pc-toolbar">
        <label htmlFor="dashboard-unit">{d.unit}</label>
        <UnitSelect id="dashboard-unit" label={d.unit} value={unitId ?? data?.unitId} onChange={setUnitId} />
        <span>
          {d.today}: <span data-testid="dashboard-date">{data?.businessDate ?? ""}</span>
        </span>
        <Button onClick={load}>{d.refresh}</Button>
      </Space>
      <ProblemAlert error={error} />
      {data && options ? (
        <>
          <Row gutter={[16, 16]} className="pc-stats">
            <Col xs={24} sm={12} xl={6}>
              <Card size="small">
                <Statistic
                  title={d.sales}
                  valueRender={() =>
                    money("stat-sales", data.sales.amountFen, `· ${data.sales.cardCount} ${d.cards}`)
                  }
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Card size="small">
                <Statistic
                  title={d.recharges}
                  valueRender={() =>
                    money("stat-recharges", data.recharges.amountFen, `· ${data.recharges.count} ${d.times}`)
                  }
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Card size="small">
                <Statistic
                  title={d.float}
                  valueRender={() =>
                    money("stat-float", data.float.valueFen, `· ${data.float.cardCount} ${d.cards}`)
                  }
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Card size="small">
                <Statistic
                  title={d.open}
                  valueRender={() =>
                    money(
                      "stat-open",
                      data.openRemittances.amountFen,
                      `· ${data.openRemittances.count} ${d.times}`,
                    )
                  }
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={8}>
              <Card size="small" title={<h2 className="pc-card-title">{d.byOutlet}</h2>}>
                <EChart option={options.sales} label={d.chartOf(d.byOutlet)} testId="chart-sales" />
                <Table
                  size="small"
                  rowKey="outletUnitId"
                  pagination={false}
                  dataSource={data.sales.byOutlet}
                  locale={{ emptyText: d.noSales }}
                  columns={[
                    { title: d.outlet, dataIndex: "outletName" },
                    { title: m.reports.col.cardCount, dataIndex: "cardCount", align: "right" },
                    { title: d.amount, dataIndex: "amountFen", align: "right", render: formatFen },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={<h2 className="pc-card-title">{d.byChannel}</h2>}>
                <EChart option={options.channels} label={d.chartOf(d.byChannel)} testId="chart-channels" />
                <Table
                  size="small"
                  rowKey="channel"
                  pagination={false}
                  dataSource={data.recharges.byChannel}
                  locale={{ emptyText: d.noRecharges }}
                  columns={[
                    { title: d.channel, dataIndex: "channel", render: channelName },
                    { title: d.count, dataIndex: "count", align: "right" },
                    { title: d.amount, dataIndex: "amountFen", align: "right", render: formatFen },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={<h2 className="pc-card-title">{d.aging}</h2>}>
                <EChart option={options.aging} label={d.chartOf(d.aging)} testId="chart-aging" />
                <Table
                  size="small"
                  rowKey="bucket"
                  pagination={false}
                  dataSource={BUCKETS.map((b) => ({ bucket: b, ...data.float.aging[b] }))}
                  columns={[
                    {
                      title: d.age,
                      dataIndex: "bucket",
                      render: (b: (typeof BUCKETS)[number]) => d.buckets[b],
                    },
                    { title: d.count, dataIndex: "cardCount", align: "right" },
                    { title: d.amount, dataIndex: "valueFen", align: "right", render: formatFen },
                  ]}
                />
              </Card>
            </Col>
          </Row>
          <Typography.Title level={2} className="pc-section-title">
            {d.openList}
          </Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.openRemittances.data}
            locale={{ emptyText: d.noOpen }}
            columns={[
              { title: d.outlet, dataIndex: "outletName" },
              { title: d.businessDate, dataIndex: "businessDate" },
              {
                title: d.declaredAt,
                dataIndex: "declaredAt",
                render: (v: string) =>
                  new Date(v).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false }),
              },
              { title: d.amount, dataIndex: "amountFen", align: "right", render: formatFen },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
