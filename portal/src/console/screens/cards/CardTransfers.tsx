import { Alert, Button, Form, type InputRef, Select, Table, Tag, Typography } from "antd";
import { useRef, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { checkCard, formatFen, showCardNo } from "../../lib/card-input.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useAction } from "../../lib/use-action.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useLang, useSession } from "../../session/use-session.ts";
import { CardNoField } from "../../shell/CardNoField.tsx";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

type Transfer = Schemas["CardTransfer"];
type Unit = Schemas["Unit"];
type Member = Schemas["UnitStaffMember"];

/**
 * Hand-down of stock (分发/领用). A card administrator sends a range from the unit's stock to a unit
 * directly below it or to a clerk (picked from the unit's clerks); the receiver confirms. A clerk
 * sees the transfers addressed to them and confirms receipt.
 */
export default function CardTransfers() {
  const { lang, m } = useLang();
  const session = useSession();
  const me = session.status === "signed-in" ? session.me : null;
  const isCardAdmin = me?.roles.includes("card_admin") ?? false;
  const units = useLoad(async () => (await unwrap(api.GET("/v1/units", {}))).data);
  const transfers = useLoad(
    async () => (await unwrap(api.GET("/v1/card-transfers", { params: { query: { limit: 100 } } }))).data,
  );
  const { busy, error, notice, run } = useAction(() => {
    transfers.reload();
  });
  const [toUnitId, setToUnitId] = useState<string | undefined>();
  const [toUserId, setToUserId] = useState<string | undefined>();
  const [first, setFirst] = useState("");
  const [last, setLast] = useState("");
  const lastRef = useRef<InputRef>(null);

  const fromUnitId = me?.unitId ?? "";
  const unitName = (id: string) => units.data?.find((u) => u.id === id)?.name ?? id;
  const targets: Unit[] = (units.data ?? []).filter((u) => u.id === fromUnitId || u.parentId === fromUnitId);

  const clerkLoad = useLoad(
    async () =>
      toUnitId && isCardAdmin
        ? (
            await unwrap(
              api.GET("/v1/units/{unitId}/staff", {
                params: { path: { unitId: toUnitId }, query: { role: "clerk" } },
              }),
            )
          ).data
        : null,
    [toUnitId, isCardAdmin],
  );
  const clerks: Member[] | null = clerkLoad.loading ? null : clerkLoad.data;

  const ready =
    !!toUnitId &&
    checkCard(first).state === "valid" &&
    checkCard(last).state === "valid" &&
    (toUnitId !== fromUnitId || !!toUserId);

  const send = () =>
    ready
      ? run(
          "send",
          async () => {
            await unwrap(
              api.POST("/v1/card-transfers", {
                body: {
                  fromUnitId,
                  toUnitId: toUnitId as string,
                  ...(toUserId ? { toUserId } : {}),
                  firstCardNo: first,
                  lastCardNo: last,
                },
              }),
            );
            setFirst("");
            setLast("");
          },
          m.transfers.sent,
        )
      : undefined;

  const receive = (t: Transfer) =>
    run(
      t.id,
      () => unwrap(api.POST("/v1/card-transfers/{id}/receipt", { params: { path: { id: t.id } } })),
      m.transfers.received,
    );

  const mayReceive = (t: Transfer) =>
    t.state === "sent" &&
    t.sentBy !== me?.id &&
    (t.toUserId ? t.toUserId === me?.id : isCardAdmin && t.toUnitId === fromUnitId);

  return (
    <>
      <Typography.Paragraph>{isCardAdmin ? m.transfers.intro : m.transfers.clerkIntro}</Typography.Paragraph>
      {isCardAdmin ? (
        <Form layout="vertical" className="pc-form" onSubmitCapture={(e) => e.preventDefault()}>
          <Form.Item label={m.transfers.from}>
            <span data-testid="from-unit">{unitName(fromUnitId)}</span>
          </Form.Item>
          <Form.Item label={m.transfers.to} htmlFor="toUnit">
            <Select
              id="toUnit"
              value={toUnitId}
              onChange={(v: string) => {
                setToUnitId(v);
                setToUserId(undefined);
              }}
              options={targets.map((u) => ({ value: u.id, label: `${u.name}（${u.code}）` }))}
            />
          </Form.Item>
          <Form.Item label={m.transfers.clerk} htmlFor="toUser">
            <Select
              id="toUser"
              value={toUserId ?? ""}
              disabled={!toUnitId}
              loading={!!toUnitId && clerks === null}
              onChange={(v: string) => setToUserId(v || undefined)}
              options={[
                ...(toUnitId !== fromUnitId ? [{ value: "", label: m.transfers.clerkNone }] : []),
                ...(clerks ?? []).map((c) => ({ value: c.id, label: `${c.displayName}（${c.username}）` })),
              ]}
            />
          </Form.Item>
          <CardNoField
            id="transferFirst"
            label={m.common.firstCardNo}
            value={first}
            onChange={setFirst}
            onEnter={() => lastRef.current?.focus()}
          />
          <CardNoField
            id="transferLast"
            label={m.common.lastCardNo}
            value={last}
            onChange={setLast}
            inputRef={lastRef}
            onEnter={() => void send()}
          />
          <Button type="primary" disabled={!ready} loading={busy === "send"} onClick={() => void send()}>
            {m.transfers.send}
          </Button>
        </Form>
      ) : null}
      <div aria-live="polite" className="pc-cards-status">
        <ProblemAlert error={error ?? units.error ?? transfers.error ?? clerkLoad.error} />
        {notice ? <Alert type="success" showIcon data-testid="transfers-notice" message={notice} /> : null}
      </div>
      <h2 className="pc-cards-h2">{m.transfers.list}</h2>
      <Table<Transfer>
        className="pc-cards-table"
        rowKey="id"
        size="small"
        loading={transfers.loading}
        dataSource={transfers.data ?? []}
        pagination={false}
        locale={{ emptyText: <span className="pc-cards-empty">{m.transfers.none}</span> }}
        columns={[
          {
            title: m.transfers.direction,
            key: "dir",
            render: (_, t) => (t.fromUnitId === fromUnitId ? m.transfers.out : m.transfers.in),
          },
          { title: m.transfers.to, dataIndex: "toUnitId", render: unitName },
          {
            title: m.transfers.toUser,
            dataIndex: "toUserId",
            render: (v: string | null) =>
              v === me?.id ? me.username : v ? (clerks?.find((c) => c.id === v)?.displayName ?? v) : "",
          },
          { title: m.common.firstCardNo, dataIndex: "firstCardNo", render: showCardNo },
          { title: m.common.lastCardNo, dataIndex: "lastCardNo", render: showCardNo },
          { title: m.common.cards, dataIndex: "cardCount", align: "right" },
          { title: m.common.total, dataIndex: "valueFen", align: "right", render: formatFen },
          { title: m.common.time, dataIndex: "sentAt", render: (v: string) => shanghaiTime(v, lang) },
          {
            title: m.common.state,
            dataIndex: "state",
            render: (s: string) => (
              <Tag className="pc-cards-tag" color={s === "received" ? "green" : "gold"}>
                {m.transfers.states[s] ?? s}
              </Tag>
            ),
          },
          {
            title: m.common.actions,
            key: "receive",
            render: (_, t) =>
              mayReceive(t) ? (
                <Button
                  size="small"
                  type="primary"
                  loading={busy === t.id}
                  onClick={() => void receive(t)}
                  aria-label={`${m.transfers.receive} ${t.id}`}
                >
                  {m.transfers.receive}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
