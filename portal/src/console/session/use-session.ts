import { createContext, useContext, useSyncExternalStore } from "react";
import type { Lang } from "../i18n/lang.ts";
import { MESSAGES, type Messages } from "../i18n/messages.ts";
import { sessionStore } from "./session-store.ts";

export const useSession = () => useSyncExternalStore(sessionStore.subscribe, sessionStore.get);

/** The page's language and its messages, set once by ConsoleApp. */
export const LangContext = createContext<Lang>("zh-CN");
export function useLang(): { lang: Lang; m: Messages } {
  const lang = useContext(LangContext);
  return { lang, m: MESSAGES[lang] };
}
