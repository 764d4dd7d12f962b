import { Alert } from "antd";
import { ApiError, type StaffRole } from "../../api/client.ts";
import { useLang } from "../../session/use-session.ts";
import { ProblemAlert } from "../../shell/ProblemAlert.tsx";

/**
 * An API failure; when it is the segregation-of-duties refusal, the words say which of the roles
 * asked for conflict and why (the API is the authority: the screen explains, it does not decide).
 */
export function RolesProblem({ error, roles }: { error: unknown; roles: readonly StaffRole[] }) {
  const { m } = useLang();
  if (!(error instanceof ApiError) || error.problem.code !== "segregation_of_duties")
    return <ProblemAlert error={error} />;
  const s = m.admin.sod;
  const reasons: string[] = [];
  if (roles.includes("card_admin") && roles.includes("fund_admin"))
    reasons.push(s.cardFund(m.roles.card_admin, m.roles.fund_admin));
  if (roles.includes("sysadmin") && roles.length > 1) reasons.push(s.sysadmin(m.roles.sysadmin));
  if (reasons.length === 0) reasons.push(s.generic);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-code="segregation_of_duties"
      message={s.title}
      description={
        <div data-testid="sod-explanation">
          {reasons.map((r) => (
            <p key={r}>{r}</p>
          ))}
          {error.problem.requestId ? (
            <p className="pc-hint">
              {m.errors.requestId}: {error.problem.requestId}
            </p>
          ) : null}
        </div>
      }
    />
  );
}
