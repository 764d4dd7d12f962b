import { useState } from "react";

/**
 * One action at a time on a screen: which one is running (its button shows it busy, and a second
 * press while it runs does nothing), its error for ProblemAlert, and the notice of its success.
 * `after` runs on success, typically reloading the lists the action changed.
 */
export function useAction(after: () => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function run(what: string, call: () => Promise<unknown>, success: string) {
    if (busy) return;
    setBusy(what);
    setError(null);
    setNotice(null);
    try {
      await call();
      setNotice(success);
      after();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return { busy, error, setError, notice, run };
}
