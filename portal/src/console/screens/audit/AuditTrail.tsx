import {
  AutoComplete,
  Button,
  DatePicker,
  Descriptions,
  Form,
  type GetProps,
  Input,
  Modal,
  Select,
  Space,
  Table,
  TreeSelect,
} from "antd";
import { useCallback, useEffect, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { unitTree } from "../admin/unit-tree.ts";

type AuditEvent = Schemas["AuditEvent"];
type RangeValue = GetProps<typeof DatePicker.RangePicker>["value"];
type User = Schemas["StaffUser"];

interface Filters {
  range?: RangeValue;
  actorId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  unitId?: string;
}

const PAGE_SIZE = 20;
const OBJECT_TYPES = [
  "staff_user",
  "org_unit",
  "channel_client",
  "card",
  "card_range",
  "card_sale",
  "recharge",
  "topup",
  "approval",
  "remittance",
  "settlement_run",
];

export const showTime = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false });

/**
 * The audit trail of the auditor's subtree, newest first, filtered by time, actor, kind of action,
 * object and unit, paged by the API's cursor (earlier cursors are kept for "previous").
 */
export default function AuditTrail() {
  const { lang, m } = useLang();
  const t = m.audit;
  const [form] = Form.useForm<Filters>();
  const { units, nameOf } = useUnits();
  const [users, setUsers] = useState<User[]>([]);
  const [query, setQuery] = useState<Record<string, string>>({});
  // cursors[i] is the cursor of page i+1 (undefined for the first page).
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<{ data: AuditEvent[]; nextCursor: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [detail, setDetail] = useState<AuditEvent | null>(null);

  useEffect(() => {
    unwrap(api.GET("/v1/users"))
      .then((r) => setUsers(r.data))
      .catch(() => setUsers([]));
  }, []);

  const load = useCallback(async (q: Record<string, string>, cursor: string | undefined) => {
    setLoading(true);
    setError(null);
    try {
      setPage(
        await unwrap(
          api.GET("/v1/audit", {
            params: { query: { ...q, limit: PAGE_SIZE, cursor: cursor ? Number(cursor) : undefined } },
          }),
        ),
      );
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load({}, undefined);
  }, [load]);

  function search(values: Filters) {
    const [from, to] = values.range ?? [];
    const q: Record<string, string> = {};
    if (from) q.from = from.toISOString();
    if (to) q.to = to.toISOString();
    for (const key of ["actorId", "action", "objectType", "objectId", "unitId"] as const) {
      const v = values[key]?.trim();
      if (v) q[key] = v;
    }
    setQuery(q);
    setCursors([undefined]);
    void load(q, undefined);
  }

  function go(index: number) {
    const next =
      index >= cursors.length ? [...cursors, page?.nextCursor ?? undefined] : cursors.slice(0, index + 1);
    setCursors(next);
    void load(query, next[index]);
  }

  const userName = (id: string) => {
    const u = users.find((x) => x.id === id);
    return u ? `${u.displayName}（${u.username}）` : id;
  };
  const kindOptions = Object.entries(t.kinds).map(([value, label]) => ({
    value,
    label: `${label} · ${value}`,
  }));
  const pageNo = cursors.length;

  return (
    <>
      <Form<Filters>
        form={form}
        name="audit"
        layout="vertical"
        onFinish={search}
        className="pc-filters"
        aria-label={t.filters}
        role="search"
      >
        <div className="pc-filter-grid">
          <Form.Item label={t.timeRange} name="range">
            <DatePicker.RangePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              placeholder={[t.startTime, t.endTime]}
              className="pc-full"
            />
          </Form.Item>
          <Form.Item label={t.actor} name="actorId">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t.actorPlaceholder}
              options={users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
            />
          </Form.Item>
          <Form.Item label={t.action} name="action">
            <AutoComplete
              allowClear
              options={kindOptions}
              placeholder={t.actionPlaceholder}
              filterOption={(input, option) =>
                String(option?.label ?? "")
                  .toLowerCase()
                  .includes(input.toLowerCase())
              }
            />
          </Form.Item>
          <Form.Item label={t.objectType} name="objectType">
            <AutoComplete allowClear options={OBJECT_TYPES.map((value) => ({ value }))} />
          </Form.Item>
          <Form.Item label={t.objectId} name="objectId">
            <Input allowClear />
          </Form.Item>
          <Form.Item label={t.unit} name="unitId">
            <TreeSelect
              allowClear
              treeDefaultExpandAll
              placeholder={t.unitPlaceholder}
              treeData={unitTree(units ?? [])}
            />
          </Form.Item>
        </div>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t.search}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              search({});
            }}
          >
            {t.reset}
          </Button>
        </Space>
      </Form>
      <ProblemAlert error={error} />
      <Table<AuditEvent>
        className="pc-audit-table"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={page?.data ?? []}
        pagination={false}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.time, dataIndex: "occurredAt", width: 170, render: (v: string) => showTime(v, lang) },
          {
            title: t.actor,
            dataIndex: "actorId",
            render: (id: string, e) =>
              e.actorType === "user" ? userName(id) : `${t.actorTypes[e.actorType]} ${id}`,
          },
          {
            title: t.action,
            dataIndex: "action",
            render: (a: string) => <code>{a}</code>,
          },
          {
            title: t.object,
            key: "object",
            render: (_, e) => (
              <span className="pc-break">
                {e.objectType} <code>{e.objectId}</code>
              </span>
            ),
          },
          { title: t.unit, dataIndex: "unitId", render: (id: string | null) => (id ? nameOf(id) : t.none) },
          {
            title: t.detail,
            key: "detail",
            width: 90,
            render: (_, e) => (
              <Button size="small" onClick={() => setDetail(e)} aria-label={t.detailOf(e.id)}>
                {t.detail}
              </Button>
            ),
          },
        ]}
      />
      <Space className="pc-pager">
        <Button disabled={pageNo <= 1 || loading} onClick={() => go(pageNo - 2)}>
          {t.prev}
        </Button>
        <span data-testid="audit-page">{t.page(pageNo)}</span>
        <Button disabled={!page?.nextCursor || loading} onClick={() => go(pageNo)}>
          {t.next}
        </Button>
      </Space>
      <Modal
        open={detail !== null}
        title={t.eventTitle}
        onCancel={() => setDetail(null)}
        footer={<Button onClick={() => setDetail(null)}>{t.close}</Button>}
        width={720}
      >
        {detail ? <EventDetail event={detail} userName={userName} unitName={nameOf} /> : null}
      </Modal>
    </>
  );
}

function EventDetail({
  event,
  userName,
  unitName,
}: {
  event: AuditEvent;
  userName(id: string): string;
  unitName(id: string): string;
}) {
  const { lang, m } = useLang();
  const t = m.audit;
  const f = t.fields;
  const json = (v: unknown) =>
    v === null || v === undefined ? t.none : <pre className="pc-json">{JSON.stringify(v, null, 2)}</pre>;
  return (
    <Descriptions bordered column={1} size="small" data-testid="audit-detail">
      <Descriptions.Item label={f.entryNo}>{event.entryNo}</Descriptions.Item>
      <Descriptions.Item label={f.id}>{event.id}</Descriptions.Item>
      <Descriptions.Item label={f.occurredAt}>{showTime(event.occurredAt, lang)}</Descriptions.Item>
      <Descriptions.Item label={f.actorType}>{t.actorTypes[event.actorType]}</Descriptions.Item>
      <Descriptions.Item label={f.actorId}>
        {event.actorType === "user" ? userName(event.actorId) : event.actorId}
      </Descriptions.Item>
      <Descriptions.Item label={f.action}>{event.action}</Descriptions.Item>
      <Descriptions.Item label={f.objectType}>{event.objectType}</Descriptions.Item>
      <Descriptions.Item label={f.objectId}>{event.objectId}</Descriptions.Item>
      <Descriptions.Item label={f.unitId}>{event.unitId ? unitName(event.unitId) : t.none}</Descriptions.Item>
      <Descriptions.Item label={f.requestId}>{event.requestId ?? t.none}</Descriptions.Item>
      <Descriptions.Item label={f.before}>{json(event.before)}</Descriptions.Item>
      <Descriptions.Item label={f.after}>{json(event.after)}</Descriptions.Item>
    </Descriptions>
  );
}
