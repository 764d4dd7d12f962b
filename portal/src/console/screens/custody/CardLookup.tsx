import { Button, Descriptions, Form, type InputRef, Space, Table, Tag } from "antd";
import { useRef, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { checkCard, formatFen, showCardNo } from "../../lib/card-input.ts";
import { useLang } from "../../session/use-session.ts";
import { CardNoField } from "../../shell/CardNoField.tsx";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { StaffName } from "../../shell/StaffName.tsx";

type Card = Schemas["CardDetail"];
type Entry = Schemas["CardHistoryEntry"];

const when = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false });

/**
 * A card by its number: state, batch, face value, custody, sale, the recharge that used it (the
 * customer number masked by the API) and its history. The API answers only cards of the user's
 * units, and never any PIN material.
 */
export default function CardLookup() {
  const { lang, m } = useLang();
  const t = m.custody.lookup;
  const [cardNo, setCardNo] = useState("");
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<InputRef>(null);
  const valid = checkCard(cardNo).state === "valid";

  async function lookUp() {
    if (!valid) return;
    setBusy(true);
    setError(null);
    try {
      setCard(await unwrap(api.GET("/v1/cards/{cardNo}", { params: { path: { cardNo } } })));
    } catch (e) {
      setCard(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const state = (s: Card["state"] | null) => (s ? m.custody.states[s] : t.none);
  const describe = (e: Entry) =>
    [
      e.fromUnit && e.toUnit ? `${e.fromUnit.name} → ${e.toUnit.name}` : (e.toUnit?.name ?? ""),
      e.toUser?.displayName ?? "",
      e.reason ?? "",
      e.reference ?? "",
    ]
      .filter(Boolean)
      .join(" · ");

  return (
    <>
      <p>{t.intro}</p>
      <Form layout="vertical" className="pc-form" onSubmitCapture={(e) => e.preventDefault()}>
        <Space align="end" wrap>
          <CardNoField
            id="lookupCardNo"
            label={t.cardNo}
            value={cardNo}
            onChange={setCardNo}
            inputRef={inputRef}
            autoFocus
            onEnter={() => void lookUp()}
          />
          <Form.Item>
            <Button type="primary" onClick={() => void lookUp()} disabled={!valid} loading={busy}>
              {t.search}
            </Button>
          </Form.Item>
        </Space>
      </Form>
      <div aria-live="assertive">
        <ProblemAlert error={error} />
      </div>
      {card ? (
        <section aria-label={showCardNo(card.cardNo)} aria-live="polite">
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            title={<span className="pc-digits">{showCardNo(card.cardNo)}</span>}
            items={[
              {
                key: "state",
                label: t.state,
                children: (
                  <Tag color="blue" data-testid="card-state" data-state={card.state}>
                    {state(card.state)}
                  </Tag>
                ),
              },
              {
                key: "before",
                label: t.stateBefore,
                children: state(card.stateBeforeFreeze ?? card.stateBeforeLock),
              },
              { key: "face", label: t.face, children: formatFen(card.faceValueFen) },
              { key: "batch", label: t.batch, children: card.batch.id },
              { key: "sellBy", label: t.sellBy, children: card.batch.sellBy ?? t.none },
              {
                key: "owner",
                label: t.owner,
                children: <span data-testid="card-owner">{card.ownerUnit.name}</span>,
              },
              { key: "holder", label: t.holder, children: card.holder?.displayName ?? t.none },
              {
                key: "sale",
                label: t.sale,
                children: card.sale
                  ? `${when(card.sale.soldAt, lang)} · ${card.sale.outletUnit.name} · ${card.sale.clerk?.displayName ?? card.sale.clerkId} · ${card.sale.id}`
                  : t.none,
              },
              {
                key: "recharge",
                label: t.recharge,
                children: card.recharge ? (
                  <span data-testid="card-recharge">
                    {when(card.recharge.usedAt, lang)} · {t.customerNo} {card.recharge.customerNo} ·{" "}
                    {m.custody.channels[card.recharge.channel] ?? card.recharge.channel}
                  </span>
                ) : (
                  t.none
                ),
              },
              { key: "pins", label: t.wrongPins, children: card.failedPinAttempts },
            ]}
          />
          <h2 className="pc-lookup-history">{t.history}</h2>
          <Table<Entry>
            rowKey={(e) => `${e.at}-${e.event}-${e.reference ?? ""}`}
            dataSource={card.history}
            pagination={false}
            size="small"
            data-testid="card-history"
            locale={{ emptyText: t.noHistory }}
            columns={[
              { title: t.at, dataIndex: "at", render: (v: string) => when(v, lang) },
              {
                title: t.event,
                dataIndex: "event",
                render: (v: Entry["event"]) => <span data-event={v}>{m.custody.events[v]}</span>,
              },
              { title: t.detail, key: "detail", render: (_, e) => describe(e) },
              { title: t.by, key: "by", render: (_, h) => <StaffName who={h.by} id={h.byUserId} /> },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
