import { Button, Card, Space, Typography } from "antd";
import type { StaffRole } from "../api/client.ts";
import { useLang } from "../session/use-session.ts";
import type { Screen } from "../shell/screens.ts";

/** What the user's roles do today on the console: one card per screen they may open. */
export function Home({
  screens,
  go,
  roles,
}: {
  screens: Screen[];
  go(id: string): void;
  roles: StaffRole[];
}) {
  const { m } = useLang();
  return (
    <>
      <h1 className="pc-screen-title">{m.home.title}</h1>
      {roles.includes("clerk") ? <Typography.Paragraph>{m.home.clerk}</Typography.Paragraph> : null}
      {screens.length === 0 ? <Typography.Paragraph>{m.home.none}</Typography.Paragraph> : null}
      <Space wrap size="large">
        {screens.map((s) => (
          <Card key={s.id} title={<h2 className="pc-card-title">{s.label(m)}</h2>} className="pc-home-card">
            <Button type="primary" onClick={() => go(s.id)} aria-label={`${m.home.open}：${s.label(m)}`}>
              {m.home.open}
            </Button>
          </Card>
        ))}
      </Space>
    </>
  );
}
