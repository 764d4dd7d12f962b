import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  TreeSelect,
} from "antd";
import { useCallback, useEffect, useState } from "react";
import { api, type Schemas, type StaffRole, unwrap } from "../../api/client.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";
import { showTime } from "../audit/AuditTrail.tsx";
import { pickedRule } from "./form-rules.ts";
import { RolesProblem } from "./SodExplanation.tsx";
import { unitTree, useUnits } from "./unit-tree.ts";

type User = Schemas["StaffUser"];
interface NewUser {
  username: string;
  displayName: string;
  unitId: string;
  password: string;
  roles: StaffRole[];
}

const ROLES: StaffRole[] = [
  "issuer",
  "card_admin",
  "clerk",
  "fund_admin",
  "settlement_officer",
  "auditor",
  "sysadmin",
];

/**
 * The staff of the sysadmin's subtree: create a user with roles (the initial password is typed
 * once and never shown again), change roles, disable or enable, unlock, reset a password.
 */
export default function Users() {
  const { lang, m } = useLang();
  const t = m.admin.users;
  const { message } = App.useApp();
  const { units, nameOf } = useUnits();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [createError, setCreateError] = useState<unknown>(null);
  const [createdRoles, setCreatedRoles] = useState<StaffRole[]>([]);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [form] = Form.useForm<NewUser>();

  const reload = useCallback(async () => {
    try {
      setUsers((await unwrap(api.GET("/v1/users"))).data);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const roleOptions = ROLES.map((r) => ({ value: r, label: m.roles[r] }));

  async function create(values: NewUser) {
    setCreateError(null);
    setCreatedRoles(values.roles ?? []);
    try {
      const user = await unwrap(api.POST("/v1/users", { body: { ...values, roles: values.roles ?? [] } }));
      message.success(t.created(user.username));
      // The password leaves the form (and the page's memory) as soon as the user exists.
      form.resetFields();
      await reload();
    } catch (e) {
      setCreateError(e);
    }
  }

  async function act(call: () => Promise<unknown>, done?: string) {
    setError(null);
    try {
      await call();
      if (done) message.success(done);
      await reload();
    } catch (e) {
      setError(e);
    }
  }

  const path = (userId: string) => ({ params: { path: { userId } } });

  return (
    <Space direction="vertical" size="middle" className="pc-full">
      <ProblemAlert error={error} />
      <Table<User>
        rowKey="id"
        size="small"
        loading={!users && !error}
        dataSource={users ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t.empty }}
        columns={[
          {
            title: t.username,
            dataIndex: "username",
            render: (v: string) => <span data-username={v}>{v}</span>,
          },
          { title: t.displayName, dataIndex: "displayName" },
          { title: t.unit, dataIndex: "unitId", render: (id: string) => nameOf(id) },
          {
            title: t.roles,
            dataIndex: "roles",
            render: (roles: StaffRole[]) =>
              roles.length ? roles.map((r) => <Tag key={r}>{m.roles[r]}</Tag>) : t.noRoles,
          },
          {
            title: t.status,
            key: "status",
            render: (_, u) => (
              <Space size={4} wrap>
                <Tag className={u.status === "active" ? "pc-tag-ok" : undefined}>
                  {u.status === "active" ? t.active : t.disabled}
                </Tag>
                {u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                  <Tag className="pc-tag-warn" title={t.lockedUntil(showTime(u.lockedUntil, lang))}>
                    {t.locked}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
          {
            title: m.admin.actions,
            key: "actions",
            render: (_, u) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  onClick={() => setEditing(u)}
                  aria-label={`${t.editRoles} ${u.username}`}
                >
                  {t.editRoles}
                </Button>
                {u.status === "active" ? (
                  <Popconfirm
                    title={t.disableConfirm(u.username)}
                    okText={t.disable}
                    cancelText={m.admin.cancel}
                    onConfirm={() =>
                      act(() =>
                        unwrap(
                          api.PUT("/v1/users/{userId}/status", {
                            ...path(u.id),
                            body: { status: "disabled" },
                          }),
                        ),
                      )
                    }
                  >
                    <Button size="small" autoInsertSpace={false} aria-label={`${t.disable} ${u.username}`}>
                      {t.disable}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    size="small"
                    autoInsertSpace={false}
                    aria-label={`${t.enable} ${u.username}`}
                    onClick={() =>
                      act(() =>
                        unwrap(
                          api.PUT("/v1/users/{userId}/status", { ...path(u.id), body: { status: "active" } }),
                        ),
                      )
                    }
                  >
                    {t.enable}
                  </Button>
                )}
                {u.lockedUntil ? (
                  <Button
                    size="small"
                    autoInsertSpace={false}
                    aria-label={`${t.unlock} ${u.username}`}
                    onClick={() => act(() => unwrap(api.POST("/v1/users/{userId}/unlock", path(u.id))))}
                  >
                    {t.unlock}
                  </Button>
                ) : null}
                <Button
                  size="small"
                  onClick={() => setResetting(u)}
                  aria-label={`${t.resetPassword} ${u.username}`}
                >
                  {t.resetPassword}
                </Button>
              </Space>
            ),
          },
        ]}
      />

      <Card title={t.newUser} size="small">
        <Form<NewUser>
          form={form}
          name="user"
          layout="vertical"
          onFinish={create}
          initialValues={{ roles: [] }}
        >
          <div className="pc-filter-grid">
            <Form.Item
              label={t.username}
              name="username"
              extra={t.usernameHelp}
              rules={[{ required: true, pattern: /^[a-z0-9._-]{3,64}$/, message: t.usernameHelp }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              label={t.displayName}
              name="displayName"
              rules={[{ required: true, whitespace: true, max: 100 }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label={t.unit} name="unitId" rules={[pickedRule(t.unit)]}>
              <TreeSelect treeDefaultExpandAll treeData={unitTree(units ?? [])} />
            </Form.Item>
            <Form.Item
              label={t.password}
              name="password"
              extra={t.passwordHelp}
              rules={[{ required: true, min: 12, message: t.passwordHelp }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </div>
          <Form.Item label={t.roles} name="roles">
            <Checkbox.Group options={roleOptions} className="pc-role-boxes" />
          </Form.Item>
          <RolesProblem error={createError} roles={createdRoles} />
          <Button type="primary" htmlType="submit" className="pc-submit-gap">
            {m.admin.create}
          </Button>
        </Form>
      </Card>

      {editing ? (
        <RolesDialog
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            message.success(t.rolesSaved(editing.username));
            setEditing(null);
            await reload();
          }}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onSaved={async () => {
            message.success(t.resetDone(resetting.username));
            setResetting(null);
            await reload();
          }}
        />
      ) : null}
    </Space>
  );
}

function RolesDialog({ user, onClose, onSaved }: { user: User; onClose(): void; onSaved(): void }) {
  const { m } = useLang();
  const [roles, setRoles] = useState<StaffRole[]>(user.roles);
  const [error, setError] = useState<unknown>(null);
  const [asked, setAsked] = useState<StaffRole[]>([]);
  async function save() {
    setError(null);
    setAsked(roles);
    try {
      await unwrap(
        api.PUT("/v1/users/{userId}/roles", { params: { path: { userId: user.id } }, body: { roles } }),
      );
      onSaved();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal
      open
      title={m.admin.users.rolesOf(user.username)}
      okText={m.admin.save}
      cancelText={m.admin.cancel}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Checkbox.Group
        value={roles}
        onChange={(v) => setRoles(v as StaffRole[])}
        options={ROLES.map((r) => ({ value: r, label: m.roles[r] }))}
        className="pc-role-boxes"
      />
      <RolesProblem error={error} roles={asked} />
    </Modal>
  );
}

function ResetPasswordDialog({ user, onClose, onSaved }: { user: User; onClose(): void; onSaved(): void }) {
  const { m } = useLang();
  const t = m.admin.users;
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<unknown>(null);
  async function save({ password }: { password: string }) {
    setError(null);
    try {
      await unwrap(
        api.POST("/v1/users/{userId}/password", {
          params: { path: { userId: user.id } },
          body: { password },
        }),
      );
      form.resetFields();
      onSaved();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal
      open
      title={`${t.resetPassword}：${user.username}`}
      okText={m.admin.save}
      cancelText={m.admin.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <p>{t.resetHint}</p>
      <Form form={form} name="reset" layout="vertical" onFinish={save}>
        <Form.Item
          label={t.newPassword}
          name="password"
          rules={[{ required: true, min: 12, message: t.passwordHelp }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
