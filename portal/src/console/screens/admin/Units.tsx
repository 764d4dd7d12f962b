import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Tag,
  Tree,
} from "antd";
import { useEffect, useState } from "react";
import { api, unwrap } from "../../api/client.ts";
import { useAction } from "../../lib/use-action.ts";
import { type Unit, useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { pickedRule } from "./form-rules.ts";
import { unitTree } from "./unit-tree.ts";

const KIND_RANK: Record<Unit["kind"], number> = { province: 0, city: 1, county: 2, station: 3, outlet: 3 };
const KINDS: Unit["kind"][] = ["city", "county", "station", "outlet"];

interface NewUnit {
  code: string;
  name: string;
  kind: Unit["kind"];
  isAccountingUnit: boolean;
}

/**
 * The unit tree of the sysadmin's subtree: pick a unit to rename it or add a unit below it (only
 * kinds below the parent's are offered; the API checks it too). A unit without staff or cards can be disabled.
 */
export default function Units() {
  const { m } = useLang();
  const t = m.admin.units;
  const { message } = App.useApp();
  const { units, error: loadError, reload } = useUnits();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [renameForm] = Form.useForm<{ name: string }>();
  const [childForm] = Form.useForm<NewUnit>();
  const selected = units?.find((u) => u.id === selectedId) ?? units?.[0] ?? null;
  const childKinds = selected ? KINDS.filter((k) => KIND_RANK[k] > KIND_RANK[selected.kind]) : [];

  useEffect(() => {
    if (selected) renameForm.setFieldsValue({ name: selected.name });
  }, [selected, renameForm]);

  const statusAction = useAction(reload);
  const busy = statusAction.busy;
  const setStatus = (unit: Unit, status: Unit["status"]) => {
    setError(null);
    void statusAction.run(
      unit.id,
      () =>
        unwrap(
          api.PUT("/v1/units/{unitId}/status", { params: { path: { unitId: unit.id } }, body: { status } }),
        ),
      status === "disabled" ? t.disabledDone(unit.name) : t.enabledDone(unit.name),
    );
  };

  const label = (u: Unit) => `${u.name}（${u.code}）`;

  async function rename({ name }: { name: string }) {
    if (!selected) return;
    setError(null);
    try {
      const unit = await unwrap(
        api.PATCH("/v1/units/{unitId}", { params: { path: { unitId: selected.id } }, body: { name } }),
      );
      message.success(t.renamed(unit.name));
      reload();
    } catch (e) {
      setError(e);
    }
  }

  async function addChild(values: NewUnit) {
    if (!selected) return;
    setError(null);
    try {
      const unit = await unwrap(
        api.POST("/v1/units", {
          body: { ...values, code: values.code.trim().toUpperCase(), parentId: selected.id },
        }),
      );
      message.success(t.created(unit.name));
      childForm.resetFields();
      reload();
      setSelectedId(unit.id);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="pc-two-panes">
      <Card title={t.tree} size="small" className="pc-pane-tree">
        <ProblemAlert error={loadError} />
        {units ? (
          <Tree
            defaultExpandAll
            blockNode
            selectedKeys={selected ? [selected.id] : []}
            treeData={unitTree(units, label)}
            titleRender={(node) => (
              <span data-unit-code={node.unit.code} data-unit-status={node.unit.status}>
                {node.title} <Tag>{m.admin.kinds[node.unit.kind]}</Tag>
                {node.unit.status === "disabled" ? <Tag className="pc-tag-warn">{t.disabled}</Tag> : null}
              </span>
            )}
            onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
          />
        ) : null}
      </Card>
      <Space direction="vertical" size="middle" className="pc-pane-main">
        <ProblemAlert error={error ?? statusAction.error} />
        {statusAction.notice ? (
          <Alert type="success" showIcon message={statusAction.notice} data-testid="unit-notice" />
        ) : null}
        {selected ? (
          <>
            <Card title={t.selected} size="small">
              <Descriptions column={2} size="small">
                <Descriptions.Item label={t.name}>
                  <span data-testid="unit-name">{selected.name}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t.code}>{selected.code}</Descriptions.Item>
                <Descriptions.Item label={t.kind}>
                  {m.admin.kinds[selected.kind]}
                  {selected.isAccountingUnit ? <Tag className="pc-tag-gap">{t.accountingTag}</Tag> : null}
                </Descriptions.Item>
                <Descriptions.Item label={t.status}>
                  <Space size={8} wrap>
                    <Tag
                      data-testid="unit-status"
                      className={selected.status === "active" ? "pc-tag-ok" : "pc-tag-warn"}
                    >
                      {selected.status === "active" ? t.active : t.disabled}
                    </Tag>
                    {selected.status === "active" ? (
                      <Popconfirm
                        title={t.disableConfirm(selected.name)}
                        okText={t.disable}
                        cancelText={m.admin.cancel}
                        onConfirm={() => setStatus(selected, "disabled")}
                      >
                        <Button size="small" danger loading={busy === selected.id}>
                          {t.disable}
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Button
                        size="small"
                        loading={busy === selected.id}
                        onClick={() => setStatus(selected, "active")}
                      >
                        {t.enable}
                      </Button>
                    )}
                  </Space>
                </Descriptions.Item>
              </Descriptions>
              <p className="pc-hint">{t.statusHint}</p>
              <Form
                form={renameForm}
                name="unitRename"
                layout="inline"
                onFinish={rename}
                className="pc-inline-form"
              >
                <Form.Item
                  label={t.name}
                  name="name"
                  rules={[{ required: true, whitespace: true, max: 100 }]}
                >
                  <Input className="pc-input-wide" />
                </Form.Item>
                <Button htmlType="submit">{t.rename}</Button>
              </Form>
              <p className="pc-hint">{t.renameHint}</p>
            </Card>
            <Card title={`${t.addChild}：${selected.name}`} size="small">
              {childKinds.length === 0 ? (
                <Alert type="info" message={t.noChildren} />
              ) : (
                <Form<NewUnit>
                  form={childForm}
                  name="unit"
                  layout="vertical"
                  onFinish={addChild}
                  initialValues={{ isAccountingUnit: false }}
                >
                  <div className="pc-filter-grid">
                    <Form.Item
                      label={t.code}
                      name="code"
                      extra={t.codeHelp}
                      rules={[{ required: true, pattern: /^[A-Za-z0-9-]{2,32}$/, message: t.codeHelp }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      label={t.name}
                      name="name"
                      rules={[{ required: true, whitespace: true, max: 100 }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item label={t.kind} name="kind" rules={[pickedRule(t.kind)]}>
                      <Select options={childKinds.map((k) => ({ value: k, label: m.admin.kinds[k] }))} />
                    </Form.Item>
                  </div>
                  <Form.Item name="isAccountingUnit" valuePropName="checked">
                    <Checkbox>{t.accounting}</Checkbox>
                  </Form.Item>
                  <Button type="primary" htmlType="submit">
                    {m.admin.create}
                  </Button>
                </Form>
              )}
            </Card>
          </>
        ) : (
          <Alert type="info" message={t.pick} />
        )}
      </Space>
    </div>
  );
}
