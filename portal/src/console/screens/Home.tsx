import { Button, Space, Typography } from "antd";
import type { StaffRole } from "../api/client.ts";
import { useLang } from "../session/use-session.ts";
import type { Screen } from "../shell/screens.ts";

/** What the user's roles do today on the console: a button for each screen they may open. */
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
      {roles.includes("issuer") ? <Typography.Paragraph>{m.cardsHome.issuer}</Typography.Paragraph> : null}
      {roles.includes("card_admin") ? (
        <Typography.Paragraph>{m.cardsHome.cardAdmin}</Typography.Paragraph>
      ) : null}
      {roles.includes("card_admin") ? <Typography.Paragraph>{m.custody.home}</Typography.Paragraph> : null}
      {roles.includes("clerk") ? <Typography.Paragraph>{m.home.clerk}</Typography.Paragraph> : null}
      {roles.includes("fund_admin") ? (
        <Typography.Paragraph>{m.fundsHome.fund_admin}</Typography.Paragraph>
      ) : null}
      {roles.includes("settlement_officer") ? (
        <Typography.Paragraph>{m.fundsHome.settlement_officer}</Typography.Paragraph>
      ) : null}
      {roles.includes("auditor") ? <Typography.Paragraph>{m.audit.home}</Typography.Paragraph> : null}
      {roles.includes("sysadmin") ? <Typography.Paragraph>{m.admin.home}</Typography.Paragraph> : null}
      {screens.some((s) => s.id === "reports") ? (
        <Typography.Paragraph>{m.homeReports}</Typography.Paragraph>
      ) : null}
      {screens.every((s) => s.id === "password") ? (
        <Typography.Paragraph>{m.home.none}</Typography.Paragraph>
      ) : null}
      <Space wrap size="large">
        {screens.map((s) => (
          <Button key={s.id} size="large" className="pc-home-button" onClick={() => go(s.id)}>
            {s.label(m)}
          </Button>
        ))}
      </Space>
    </>
  );
}
