import { Button, Card, Form, Input } from "antd";
import { useState } from "react";
import { errorWords } from "../i18n/error-messages.ts";
import { consolePath, otherLang } from "../i18n/lang.ts";
import { signIn } from "../session/session-store.ts";
import { useLang } from "../session/use-session.ts";
import { ProblemAlert } from "../shell/ProblemAlert.tsx";

/** Username and password; Enter submits. The password is sent once and kept nowhere. */
export function SignIn({ ended }: { ended?: "session_ended" }) {
  const { lang, m } = useLang();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      await signIn(values.username.trim(), values.password);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <main className="pc-centered">
      <Card className="pc-signin">
        <h1 className="pc-signin-title">{m.appTitle}</h1>
        <h2 className="pc-signin-subtitle">{m.signIn.title}</h2>
        {ended && !error ? <p className="pc-notice">{errorWords(ended, lang)}</p> : null}
        <div aria-live="assertive">
          <ProblemAlert error={error} />
        </div>
        <Form layout="vertical" onFinish={submit} requiredMark={false} className="pc-signin-form">
          <Form.Item
            label={m.signIn.username}
            name="username"
            htmlFor="username"
            rules={[{ required: true, message: m.signIn.required }]}
          >
            <Input id="username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={m.signIn.password}
            name="password"
            htmlFor="password"
            rules={[{ required: true, message: m.signIn.required }]}
          >
            <Input.Password id="password" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {m.signIn.submit}
          </Button>
        </Form>
        <p className="pc-signin-lang">
          <a href={consolePath(otherLang(lang))} lang={otherLang(lang)}>
            {m.otherLanguage}
          </a>
        </p>
      </Card>
    </main>
  );
}
