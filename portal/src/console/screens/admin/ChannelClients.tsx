import {
  Alert,
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
} from "antd";
import { useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";
import { useAction } from "../../lib/use-action.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { AdminList } from "../../shell/AdminList.tsx";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { SaveDialog, saving } from "../../shell/SaveDialog.tsx";
import { unitTree } from "./unit-tree.ts";

type Client = Schemas["ChannelClient"];
type Created = Schemas["ChannelClient"] & { apiKey: string | null };
type Operation = Client["allowedOperations"][number];
type NewClient = Schemas["CreateChannelClient"];

const CHANNELS: Client["channel"][] = ["counter", "ivr", "sms", "web", "partner"];
const OPERATIONS: Operation[] = [
  "cards:verify",
  "recharges:write",
  "recharges:read",
  "accounts:read",
  "topups:write",
  "customers:import",
  "reconciliation:read",
  "webhooks:manage",
  "movements:read",
];

/**
 * Channel clients: create (our own channels get an API key, shown once with a copy button and a
 * warning), suspend or resume, set operations and the per-minute quota, replace the API key,
 * register and revoke partners' public keys.
 */
export default function ChannelClients() {
  const { m } = useLang();
  const t = m.admin.clients;
  const { message } = App.useApp();
  const { units, nameOf } = useUnits();
  const clients = useLoad(async () => (await unwrap(api.GET("/v1/channel-clients"))).data);
  const { busy, error, notice, run } = useAction(clients.reload);
  const [createError, setCreateError] = useState<unknown>(null);
  const [shownKey, setShownKey] = useState<{ name: string; apiKey: string } | null>(null);
  const [quota, setQuota] = useState<Client | null>(null);
  const [keysOf, setKeysOf] = useState<string | null>(null);
  const keys = clients.data?.find((c) => c.id === keysOf) ?? null;
  const [form] = Form.useForm<NewClient>();
  const channel = Form.useWatch("channel", form);

  const operationOptions = OPERATIONS.map((o) => ({ value: o, label: t.operationNames[o] ?? o }));
  const path = (clientId: string) => ({ params: { path: { clientId } } });

  async function create(values: NewClient) {
    setCreateError(null);
    try {
      const created = (await unwrap(api.POST("/v1/channel-clients", { body: values }))) as Created;
      message.success(t.created(created.name));
      form.resetFields();
      if (created.apiKey) setShownKey({ name: created.name, apiKey: created.apiKey });
      clients.reload();
    } catch (e) {
      setCreateError(e);
    }
  }

  const rotate = (client: Client) =>
    run(
      client.id,
      async () => {
        const rotated = await unwrap(api.POST("/v1/channel-clients/{clientId}/api-key", path(client.id)));
        if (rotated.apiKey) setShownKey({ name: rotated.name, apiKey: rotated.apiKey });
      },
      m.admin.done,
    );
  const toggle = (c: Client) =>
    run(
      c.id,
      () =>
        unwrap(
          api.PATCH("/v1/channel-clients/{clientId}", {
            ...path(c.id),
            body: { status: c.status === "active" ? "suspended" : "active" },
          }),
        ),
      m.admin.done,
    );

  return (
    <AdminList<Client, NewClient>
      rows={clients.data}
      loadError={clients.error}
      actionError={error}
      notice={notice}
      empty={t.empty}
      columns={[
        { title: t.name, dataIndex: "name", render: (v: string) => <span data-client-name={v}>{v}</span> },
        { title: t.channel, dataIndex: "channel", render: (c: string) => t.channels[c] ?? c },
        {
          title: m.admin.users.unit,
          dataIndex: "unitId",
          render: (id: string | null) => (id ? nameOf(id) : "—"),
        },
        {
          title: t.status,
          dataIndex: "status",
          render: (s: string) => (
            <Tag color={s === "active" ? "green" : "default"}>{s === "active" ? t.active : t.suspended}</Tag>
          ),
        },
        {
          title: t.operations,
          dataIndex: "allowedOperations",
          render: (ops: Operation[]) =>
            ops.length ? ops.map((o) => t.operationNames[o] ?? o).join("、") : "—",
        },
        { title: t.rate, dataIndex: "rateLimitPerMinute", align: "right" },
        {
          title: t.keyPrefix,
          key: "key",
          render: (_, c) =>
            c.channel === "partner" ? (
              `${c.keys.filter((k) => k.status === "active").length} ${t.keys}`
            ) : (
              <code>{c.apiKeyPrefix}…</code>
            ),
        },
        {
          title: m.admin.actions,
          key: "actions",
          render: (_, c) => (
            <Space size={4} wrap>
              <Button
                size="small"
                autoInsertSpace={false}
                loading={busy === c.id}
                aria-label={`${c.status === "active" ? t.suspend : t.resume} ${c.name}`}
                onClick={() => toggle(c)}
              >
                {c.status === "active" ? t.suspend : t.resume}
              </Button>
              <Button size="small" onClick={() => setQuota(c)} aria-label={`${t.quota} ${c.name}`}>
                {t.quota}
              </Button>
              {c.channel === "partner" ? (
                <Button size="small" onClick={() => setKeysOf(c.id)} aria-label={`${t.keys} ${c.name}`}>
                  {t.keys}
                </Button>
              ) : (
                <Popconfirm
                  title={t.rotateConfirm}
                  okText={t.rotate}
                  cancelText={m.admin.cancel}
                  onConfirm={() => rotate(c)}
                >
                  <Button size="small" aria-label={`${t.rotate} ${c.name}`}>
                    {t.rotate}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
      create={{
        title: t.newClient,
        name: "client",
        form,
        initialValues: { channel: "counter", allowedOperations: [], rateLimitPerMinute: 600 },
        onFinish: create,
        submit: m.admin.create,
        fields: (
          <>
            <Form.Item label={t.name} name="name" rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label={t.channel} name="channel">
              <Select options={CHANNELS.map((c) => ({ value: c, label: t.channels[c] }))} />
            </Form.Item>
            {channel === "partner" ? (
              <Form.Item label={t.partnerType} name="partnerType" initialValue="bank">
                <Select
                  options={[
                    { value: "bank", label: t.bank },
                    { value: "telco", label: t.telco },
                  ]}
                />
              </Form.Item>
            ) : null}
            <Form.Item label={t.unit} name="unitId">
              <TreeSelect
                allowClear
                treeDefaultExpandAll
                placeholder={t.unitNone}
                treeData={unitTree(units ?? [])}
              />
            </Form.Item>
            <Form.Item label={t.rate} name="rateLimitPerMinute" rules={[{ required: true }]}>
              <InputNumber min={1} max={100_000} precision={0} className="pc-full" />
            </Form.Item>
          </>
        ),
        below: (
          <>
            <Form.Item label={t.operations} name="allowedOperations">
              <Checkbox.Group options={operationOptions} className="pc-role-boxes" />
            </Form.Item>
            {channel === "partner" ? (
              <Alert type="info" showIcon message={t.noApiKey} className="pc-gap" />
            ) : null}
            <ProblemAlert error={createError} />
          </>
        ),
      }}
    >
      {shownKey ? <ApiKeyOnce shown={shownKey} onClose={() => setShownKey(null)} /> : null}
      {quota ? (
        <QuotaDialog
          client={quota}
          onClose={() => setQuota(null)}
          onSaved={() => {
            message.success(m.admin.done);
            setQuota(null);
            clients.reload();
          }}
        />
      ) : null}
      {keys ? (
        <PartnerKeysDialog client={keys} onClose={() => setKeysOf(null)} onChanged={clients.reload} />
      ) : null}
    </AdminList>
  );
}

/** The API key, this once: a copy button and the warning that it cannot be shown again. */
function ApiKeyOnce({ shown, onClose }: { shown: { name: string; apiKey: string }; onClose(): void }) {
  const { m } = useLang();
  const t = m.admin.clients;
  const [copied, setCopied] = useState(false);
  return (
    <Modal
      open
      title={`${t.keyTitle}：${shown.name}`}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.keySaved}
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t.keyWarning} className="pc-gap" />
      <Space.Compact className="pc-full">
        <Input
          readOnly
          value={shown.apiKey}
          id="new-api-key"
          aria-label={t.keyTitle}
          data-testid="new-api-key"
        />
        <Button
          onClick={async () => {
            await navigator.clipboard.writeText(shown.apiKey);
            setCopied(true);
          }}
        >
          {copied ? t.copied : t.copy}
        </Button>
      </Space.Compact>
    </Modal>
  );
}

function QuotaDialog({ client, onClose, onSaved }: { client: Client; onClose(): void; onSaved(): void }) {
  const { m } = useLang();
  const t = m.admin.clients;
  const [form] = Form.useForm<{ allowedOperations: Operation[]; rateLimitPerMinute: number }>();
  const [error, setError] = useState<unknown>(null);
  const save = (values: { allowedOperations: Operation[]; rateLimitPerMinute: number }) =>
    saving(
      () =>
        unwrap(
          api.PATCH("/v1/channel-clients/{clientId}", {
            params: { path: { clientId: client.id } },
            body: values,
          }),
        ),
      onSaved,
      setError,
    );
  return (
    <SaveDialog title={t.quotaOf(client.name)} onOk={() => form.submit()} onCancel={onClose} error={error}>
      <Form
        form={form}
        name="quota"
        layout="vertical"
        onFinish={save}
        initialValues={{
          allowedOperations: client.allowedOperations,
          rateLimitPerMinute: client.rateLimitPerMinute,
        }}
      >
        <Form.Item label={t.rate} name="rateLimitPerMinute" rules={[{ required: true }]}>
          <InputNumber min={1} max={100_000} precision={0} />
        </Form.Item>
        <Form.Item label={t.operations} name="allowedOperations">
          <Checkbox.Group
            options={OPERATIONS.map((o) => ({ value: o, label: t.operationNames[o] ?? o }))}
            className="pc-role-boxes"
          />
        </Form.Item>
      </Form>
    </SaveDialog>
  );
}

function PartnerKeysDialog({
  client,
  onClose,
  onChanged,
}: {
  client: Client;
  onClose(): void;
  onChanged(): void;
}) {
  const { m } = useLang();
  const t = m.admin.clients;
  const [jwk, setJwk] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [bad, setBad] = useState(false);
  const path = { params: { path: { clientId: client.id } } };
  async function register() {
    setError(null);
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(jwk) as Record<string, unknown>;
      setBad(false);
    } catch {
      setBad(true);
      return;
    }
    try {
      await unwrap(api.POST("/v1/channel-clients/{clientId}/keys", { ...path, body: { jwk: parsed } }));
      setJwk("");
      onChanged();
    } catch (e) {
      setError(e);
    }
  }
  async function revoke(kid: string) {
    setError(null);
    try {
      await unwrap(
        api.DELETE("/v1/channel-clients/{clientId}/keys/{kid}", {
          params: { path: { clientId: client.id, kid } },
        }),
      );
      onChanged();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal open title={`${t.partnerKeys}：${client.name}`} footer={null} onCancel={onClose} width={720}>
      <Table
        rowKey="kid"
        size="small"
        pagination={false}
        dataSource={client.keys}
        locale={{ emptyText: t.noKeys }}
        columns={[
          { title: "kid", dataIndex: "kid", render: (v: string) => <code className="pc-break">{v}</code> },
          { title: "alg", dataIndex: "alg" },
          {
            title: t.status,
            dataIndex: "status",
            render: (s: string, k) =>
              s === "active" ? (
                <Button size="small" autoInsertSpace={false} onClick={() => void revoke(k.kid)}>
                  {t.revoke}
                </Button>
              ) : (
                <Tag>{t.revoked}</Tag>
              ),
          },
        ]}
      />
      <Form layout="vertical" className="pc-gap-top">
        <Form.Item
          label={t.jwk}
          htmlFor="partner-jwk"
          validateStatus={bad ? "error" : undefined}
          help={bad ? t.badJwk : undefined}
        >
          <Input.TextArea id="partner-jwk" rows={4} value={jwk} onChange={(e) => setJwk(e.target.value)} />
        </Form.Item>
        <Button onClick={() => void register()}>{t.registerKey}</Button>
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
