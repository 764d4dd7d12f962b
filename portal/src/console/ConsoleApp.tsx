import { App as AntApp, ConfigProvider, Spin } from "antd";
import { useEffect } from "react";
import type { Lang } from "./i18n/lang.ts";
import { consoleLocale } from "./i18n/locale.ts";
import { MESSAGES } from "./i18n/messages.ts";
import { SignIn } from "./screens/SignIn.tsx";
import { resumeSession } from "./session/session-store.ts";
import { LangContext, useSession } from "./session/use-session.ts";
import { Shell } from "./shell/Shell.tsx";
import "./console.css";

/**
 * Darker than antd's defaults where those miss WCAG AA contrast (the primary blue under white
 * text, secondary grey text), so axe finds nothing serious. No motion: a counter wants the next
 * field now, and colours caught mid-transition are neither readable nor checkable.
 */
const THEME = {
  token: {
    motion: false,
    colorPrimary: "#0958d9",
    colorLink: "#0958d9",
    // antd derives a lighter blue for hover and press; under the pointer a default button's text
    // would fall below AA (axe caught it where the mouse rested after a click).
    colorPrimaryHover: "#003eb3",
    colorPrimaryActive: "#002c8c",
    colorLinkHover: "#003eb3",
    colorLinkActive: "#002c8c",
    colorTextSecondary: "rgba(0, 0, 0, 0.7)",
    colorTextDescription: "rgba(0, 0, 0, 0.7)",
    colorTextTertiary: "rgba(0, 0, 0, 0.65)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.55)",
    // antd's red under white text (danger buttons) misses AA; this one passes.
    colorError: "#cf1322",
  },
};

export default function ConsoleApp({ lang }: { lang: Lang }) {
  const session = useSession();
  const locale = consoleLocale(lang);
  useEffect(() => {
    void resumeSession();
  }, []);
  return (
    <LangContext.Provider value={lang}>
      {/* No space put between two Chinese characters of a button: the visible text stays its accessible name. */}
      <ConfigProvider locale={locale} theme={THEME} button={{ autoInsertSpace: false }}>
        <AntApp>
          {session.status === "resuming" ? (
            <main className="pc-centered">
              <Spin tip={MESSAGES[lang].signIn.resuming}>
                <div className="pc-spin-space" />
              </Spin>
            </main>
          ) : session.status === "signed-out" ? (
            <SignIn ended={session.ended} />
          ) : (
            <Shell me={session.me} unit={session.unit} />
          )}
        </AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}
