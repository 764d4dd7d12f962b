import { Modal } from "antd";
import type { ReactNode } from "react";
import { useLang } from "../session/use-session.ts";
import { ProblemAlert } from "./ProblemAlert.tsx";

/** A dialog that edits one record: save and cancel buttons, its problem in words below. */
export function SaveDialog({
  title,
  onOk,
  onCancel,
  error,
  children,
}: {
  title: string;
  onOk(): void;
  onCancel(): void;
  error: unknown;
  children: ReactNode;
}) {
  const { m } = useLang();
  return (
    <Modal
      open
      title={title}
      okText={m.admin.save}
      cancelText={m.admin.cancel}
      onOk={onOk}
      onCancel={onCancel}
    >
      {children}
      <ProblemAlert error={error} />
    </Modal>
  );
}

/** A dialog's save: the call, then `onSaved`; its failure kept for the dialog to show. */
export async function saving(
  call: () => Promise<unknown>,
  onSaved: () => void,
  setError: (e: unknown) => void,
) {
  setError(null);
  try {
    await call();
    onSaved();
  } catch (e) {
    setError(e);
  }
}
