import { Alert } from "antd";
import { ApiError } from "../api/client.ts";
import { errorWords } from "../i18n/error-messages.ts";
import { useLang } from "../session/use-session.ts";

/** An API failure in the clerk's words, with the request id for the help desk. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { lang, m } = useLang();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const words =
    problem?.code === "network"
      ? m.errors.network
      : problem
        ? errorWords(problem.code, lang, problem.detail ?? m.errors.unknown)
        : m.errors.unknown;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-code={problem?.code}
      message={words}
      description={problem?.requestId ? `${m.errors.requestId}: ${problem.requestId}` : undefined}
    />
  );
}
