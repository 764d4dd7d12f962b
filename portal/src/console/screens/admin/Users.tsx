import { App, Button, Checkbox, Form, Input, Popconfirm, Space, Tag, TreeSelect } from "antd";
import { useState } from "react";
import { api, type Schemas, type StaffRole, unwrap } from "../../api/client.ts";
import { useAction } from "../../lib/use-action.ts";
import { useLoad } from "../../lib/use-load.ts";
import { useUnits } from "../../lib/use-units.ts";
import { useLang } from "../../session/use-session.ts";
import { AdminList } from "../../shell/AdminList.tsx";
import { SaveDialog, saving } from "../../shell/SaveDialog.tsx";
import { STAFF_ROLES } from "../../shell/screens.ts";
import { showTime } from "../audit/AuditTrail.tsx";
import { pickedRule } from "./form-rules.ts";
import { RolesProblem } from "./SodExplanation.tsx";
import { unitTree } from "./unit-tree.ts";

type User = Schemas["StaffUser"];
interface NewUser {
  username: string;
  displayName: string;
  unitId: string;
  password: string;
  roles: StaffRole[];
}

const ROLES = STAFF_ROLES;

/**
 * The staff of the sysadmin's subtree: create a user with roles (the initial password is typed
 * once and never shown again), change roles, disable or enable, unlock, reset a password.
 */
export default function Users() {
  const { lang, m } = useLang();
  const t = m.admin.users;
  const { message } = App.useApp();
  const { units, nameOf } = useUnits();
  const users = useLoad(async () => (await unwrap(api.GET("/v1/users"))).data);
  const { busy, error, notice, run } = useAction(users.reload);
  const [createError, setCreateError] = useState<unknown>(null);
  const [createdRoles, setCreatedRoles] = useState<StaffRole[]>([]);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [form] = Form.useForm<NewUser>();

  const roleOptions = ROLES.map((r) => ({ value: r, label: m.roles[r] }));

  async function create(values: NewUser) {
    setCreateError(null);
    setCreatedRoles(values.roles ?? []);
    try {
      await unwrap(api.POST("/v1/users", { body: { ...values, roles: values.roles ?? [] } }));
      // The password leaves the form (and the page's memory) as soon as the user exists.
      form.resetFields();
      message.success(t.created(values.username));
      users.reload();
    } catch (e) {
      setCreateError(e);
    }
  }

  const path = (userId: string) => ({ params: { path: { userId } } });
  const setStatus = (u: User, status: "active" | "disabled") =>
    run(
      u.id,
      () => unwrap(api.PUT("/v1/users/{userId}/status", { ...path(u.id), body: { status } })),
      m.admin.done,
    );
  const closeThen = (done: string) => () => {
    setEditing(null);
    setResetting(null);
    message.success(done);
    users.reload();
  };

  return (
    <AdminList<User, NewUser>
      rows={users.data}
      loadError={users.error}
      actionError={error}
      notice={notice}
      empty={t.empty}
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
              <Button size="small" onClick={() => setEditing(u)} aria-label={`${t.editRoles} ${u.username}`}>
                {t.editRoles}
              </Button>
              {u.status === "active" ? (
                <Popconfirm
                  title={t.disableConfirm(u.username)}
                  okText={t.disable}
                  cancelText={m.admin.cancel}
                  onConfirm={() => setStatus(u, "disabled")}
                >
                  <Button
                    size="small"
                    autoInsertSpace={false}
                    loading={busy === u.id}
                    aria-label={`${t.disable} ${u.username}`}
                  >
                    {t.disable}
                  </Button>
                </Popconfirm>
              ) : (
                <Button
                  size="small"
                  autoInsertSpace={false}
                  loading={busy === u.id}
                  aria-label={`${t.enable} ${u.username}`}
                  onClick={() => setStatus(u, "active")}
                >
                  {t.enable}
                </Button>
              )}
              {u.lockedUntil ? (
                <Button
                  size="small"
                  autoInsertSpace={false}
                  aria-label={`${t.unlock} ${u.username}`}
                  onClick={() =>
                    run(u.id, () => unwrap(api.POST("/v1/users/{userId}/unlock", path(u.id))), m.admin.done)
                  }
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
      create={{
        title: t.newUser,
        name: "user",
        form,
        initialValues: { roles: [] },
        onFinish: create,
        submit: m.admin.create,
        fields: (
          <>
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
          </>
        ),
        below: (
          <>
            <Form.Item label={t.roles} name="roles">
              <Checkbox.Group options={roleOptions} className="pc-role-boxes" />
            </Form.Item>
            <RolesProblem error={createError} roles={createdRoles} />
          </>
        ),
      }}
    >
      {editing ? (
        <RolesDialog
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={closeThen(t.rolesSaved(editing.username))}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onSaved={closeThen(t.resetDone(resetting.username))}
        />
      ) : null}
    </AdminList>
  );
}

function RolesDialog({ user, onClose, onSaved }: { user: User; onClose(): void; onSaved(): void }) {
  const { m } = useLang();
  const [roles, setRoles] = useState<StaffRole[]>(user.roles);
  const [error, setError] = useState<unknown>(null);
  const [asked, setAsked] = useState<StaffRole[]>([]);
  const save = () => {
    setAsked(roles);
    void saving(
      () =>
        unwrap(
          api.PUT("/v1/users/{userId}/roles", { params: { path: { userId: user.id } }, body: { roles } }),
        ),
      onSaved,
      setError,
    );
  };
  return (
    <SaveDialog title={m.admin.users.rolesOf(user.username)} onOk={save} onCancel={onClose} error={null}>
      <Checkbox.Group
        value={roles}
        onChange={(v) => setRoles(v as StaffRole[])}
        options={ROLES.map((r) => ({ value: r, label: m.roles[r] }))}
        className="pc-role-boxes"
      />
      <RolesProblem error={error} roles={asked} />
    </SaveDialog>
  );
}

function ResetPasswordDialog({ user, onClose, onSaved }: { user: User; onClose(): void; onSaved(): void }) {
  const { m } = useLang();
  const t = m.admin.users;
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<unknown>(null);
  const save = ({ password }: { password: string }) =>
    saving(
      async () => {
        await unwrap(
          api.POST("/v1/users/{userId}/password", {
            params: { path: { userId: user.id } },
            body: { password },
          }),
        );
        form.resetFields();
      },
      onSaved,
      setError,
    );
  return (
    <SaveDialog
      title={`${t.resetPassword}：${user.username}`}
      onOk={() => form.submit()}
      onCancel={onClose}
      error={error}
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
    </SaveDialog>
  );
}
