import type { ReactNode } from "react";
import type { Schemas } from "../../api/client.ts";
import { formatFen } from "../../lib/card-input.ts";
import { rmbCapital } from "../../lib/rmb-capital.ts";
import { shanghaiTime } from "../../lib/shanghai-time.ts";
import { useLang } from "../../session/use-session.ts";
import "./funds.css";

type Remittance = Schemas["Remittance"];

/**
 * The 解款单 of one remittance: what the outlet's fund administrator signs and hands over with the
 * bank's slip, A4 portrait when printed. The amount is in 元 with two decimals and in capital
 * numerals (大写); the capital form is Chinese whatever the page's language, as on any bill.
 */
export function RemittanceSlip({
  remittance,
  outletName,
  superiorName,
  declarerName,
}: {
  remittance: Remittance;
  outletName: string;
  superiorName: string;
  declarerName: string;
}) {
  const { lang, m } = useLang();
  const s = m.slip;
  const rows: [string, ReactNode, string?][] = [
    [s.number, remittance.id],
    [s.outlet, outletName],
    [s.superior, superiorName],
    [s.date, remittance.businessDate],
    [s.amount, `¥${formatFen(remittance.amountFen)}`, "slip-amount"],
    [s.capital, rmbCapital(remittance.amountFen), "slip-capital"],
    [s.account, s.accountName],
    [s.bankReference, remittance.bankReference],
    [s.declaredBy, declarerName],
    [s.declaredAt, shanghaiTime(remittance.declaredAt, lang)],
    [s.state, m.remState[remittance.state]],
  ];
  return (
    <section
      className="pc-print-doc"
      data-page="a4-portrait"
      aria-label={s.title}
      data-testid="remittance-slip"
    >
      <h2 className="pc-doc-title">{s.title}</h2>
      <table className="pc-doc-table pc-slip-table">
        <tbody>
          {rows.map(([label, value, testId]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td
                data-testid={testId}
                className={testId === "slip-amount" ? "pc-slip-amount" : undefined}
                lang={testId === "slip-capital" ? "zh-CN" : undefined}
              >
                {value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="pc-signatures">
        {[s.payer, s.reviewer, s.center].map((who) => (
          <div key={who} className="pc-signature">
            <span>{who}</span>
            <span className="pc-signature-line" />
            <span>{s.signDate}：</span>
          </div>
        ))}
      </div>
      <p className="pc-doc-footer">{s.footer}</p>
    </section>
  );
}
