import { Alert, Button, Card, Form, type FormInstance, Space, Table, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { ProblemAlert } from "./ProblemAlert.tsx";

/**
 * The sysadmin's list screens (users, channel clients) share one frame: the action's problem or
 * notice, the table of records (20 a page), then the card with the form that creates one more.
 */
export function AdminList<T extends { id: string }, V extends object>({
  rows,
  loadError,
  actionError,
  notice,
  empty,
  columns,
  create,
  children,
}: {
  rows: T[] | null;
  loadError: unknown;
  actionError: unknown;
  notice: string | null;
  empty: string;
  columns: TableColumnsType<T>;
  create: CreateFormProps<V>;
  children?: ReactNode;
}) {
  return (
    <Space direction="vertical" size="middle" className="pc-full">
      <ProblemAlert error={loadError ?? actionError} />
      {notice ? <Alert type="success" showIcon message={notice} data-testid="admin-notice" /> : null}
      <Table<T>
        rowKey="id"
        size="small"
        loading={!rows && !loadError}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: empty }}
        columns={columns}
      />
      <CreateForm<V> {...create} />
      {children}
    </Space>
  );
}

export interface CreateFormProps<V> {
  title: string;
  name: string;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  onFinish(values: V): void;
  submit: string;
  fields: ReactNode;
  /** What stands between the fields and the submit button: options, the create problem. */
  below: ReactNode;
}

function CreateForm<V extends object>({
  title,
  name,
  form,
  initialValues,
  onFinish,
  submit,
  fields,
  below,
}: CreateFormProps<V>) {
  return (
    <Card title={title} size="small">
      <Form<V> form={form} name={name} layout="vertical" onFinish={onFinish} initialValues={initialValues}>
        <div className="pc-filter-grid">{fields}</div>
        {below}
        <Button type="primary" htmlType="submit" className="pc-submit-gap">
          {submit}
        </Button>
      </Form>
    </Card>
  );
}
