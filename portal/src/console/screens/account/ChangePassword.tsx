import { Alert, Button, Form, Input } from "antd";
import { useRef, useState } from "react";
import { api, unwrap } from "../../api/client.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

/** The API's own rule (MIN_PASSWORD_LENGTH); it stays the judge, this only spares a round trip. */
const MIN_LENGTH = 12;

/**
 * Every staff user changes their own password: the current one, the new one twice. The API ends
 * the user's other sessions and keeps this one, so the console goes on signed in.
 */
export default function ChangePassword() {
  const { m } = useLang();
  const t = m.custody.password;
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const local =
    next.length > 0 && next.length < MIN_LENGTH
      ? t.tooShort
      : repeat.length > 0 && repeat !== next
        ? t.mismatch
        : null;
  const ready = current.length > 0 && next.length >= MIN_LENGTH && repeat === next;

  async function submit() {
    if (!ready || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await unwrap(api.POST("/v1/auth/password", { body: { currentPassword: current, newPassword: next } }));
      setDone(true);
      setCurrent("");
      setNext("");
      setRepeat("");
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  const onEnter = () => void submit();
  return (
    <>
      <p>{t.intro}</p>
      <Form layout="vertical" className="pc-form" onSubmitCapture={(e) => e.preventDefault()}>
        <Form.Item label={t.current} htmlFor="currentPassword">
          <Input.Password
            id="currentPassword"
            autoFocus
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            onPressEnter={onEnter}
          />
        </Form.Item>
        <Form.Item label={t.next} htmlFor="newPassword">
          <Input.Password
            id="newPassword"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            onPressEnter={onEnter}
          />
        </Form.Item>
        <Form.Item
          label={t.repeat}
          htmlFor="repeatPassword"
          validateStatus={local ? "error" : undefined}
          help={local ?? undefined}
        >
          <Input.Password
            id="repeatPassword"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            onPressEnter={onEnter}
          />
        </Form.Item>
        <div aria-live="assertive">
          <ProblemAlert error={error} />
          {done ? (
            <Alert type="success" showIcon role="status" message={t.done} data-testid="password-done" />
          ) : null}
        </div>
        <Button type="primary" onClick={() => void submit()} disabled={!ready} loading={busy}>
          {t.submit}
        </Button>
      </Form>
    </>
  );
}
