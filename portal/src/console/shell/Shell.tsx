import { Button, Layout, Space, Spin, Tag } from "antd";
import { Suspense } from "react";
import { consolePath, otherLang } from "../i18n/lang.ts";
import { Home } from "../screens/Home.tsx";
import { type Me, signOut, type Unit } from "../session/session-store.ts";
import { useLang } from "../session/use-session.ts";
import { screensFor } from "./screens.ts";
import { useHashRoute } from "./use-hash-route.ts";

/** Header (who, where, as what; language; sign out), the navigation of the user's roles, the screen. */
export function Shell({ me, unit }: { me: Me; unit: Unit | null }) {
  const { lang, m } = useLang();
  const [route, go] = useHashRoute();
  const screens = screensFor(me.roles);
  const screen = screens.find((s) => s.id === route);
  const Screen = screen?.component;

  return (
    <Layout className="pc-shell">
      <a className="pc-skip" href="#pc-main">
        {m.skipToContent}
      </a>
      <Layout.Header className="pc-header">
        <span className="pc-brand">{m.appTitle}</span>
        <Space size="middle" className="pc-who" wrap>
          <span data-testid="user" title={me.username}>
            {me.displayName}
            <span className="pc-username"> ({me.username})</span>
          </span>
          <span>
            <span className="pc-label">
              {m.header.unit}
              {m.header.colon}
            </span>
            <span data-testid="unit">{unit?.name ?? me.unitId}</span>
          </span>
          <span data-testid="roles">
            {me.roles.map((r) => (
              <Tag key={r} color="blue">
                {m.roles[r]}
              </Tag>
            ))}
          </span>
          <a
            className="pc-lang"
            href={`${consolePath(otherLang(lang))}${window.location.hash}`}
            lang={otherLang(lang)}
          >
            {m.otherLanguage}
          </a>
          <Button onClick={() => void signOut()}>{m.header.logout}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="md" collapsedWidth={0}>
          {/* Plain links, not a menu widget: Tab reaches each, Enter opens it, the hash keeps it. */}
          <nav aria-label={m.header.navigation} className="pc-nav">
            <ul>
              {[
                { id: "home", label: m.nav.home },
                ...screens.map((s) => ({ id: s.id, label: s.label(m) })),
              ].map((item) => (
                <li key={item.id}>
                  <a
                    href={item.id === "home" ? "#/" : `#/${item.id}`}
                    aria-current={(screen?.id ?? "home") === item.id ? "page" : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </Layout.Sider>
        <Layout.Content className="pc-content">
          <main id="pc-main" tabIndex={-1}>
            {Screen ? (
              <Suspense fallback={<Spin />}>
                <h1 className="pc-screen-title">{screen.label(m)}</h1>
                <Screen />
              </Suspense>
            ) : (
              <Home screens={screens} go={go} roles={me.roles} />
            )}
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
