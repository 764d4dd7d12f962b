/** The card check page: one GET by card number, the status in words, focused and in view. */
import { bringIntoView, checkCard, digitsOf, formatFen, groupDigits, shanghaiTime } from "./format.ts";
import { type Lang, MESSAGES, type Messages } from "./messages.ts";
import { problemText } from "./problem-text.ts";

const form = document.querySelector<HTMLFormElement>("#check-form");
if (form) setUp(form);

type Status = keyof Messages["cardStatus"];

function setUp(form: HTMLFormElement) {
  const t: Messages = MESSAGES[(form.dataset.lang as Lang) ?? "zh-CN"];
  const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const cardNo = el<HTMLInputElement>("cardNo");
  const check = el<HTMLParagraphElement>("cardNo-check");
  const button = el<HTMLButtonElement>("check-button");
  const error = el<HTMLDivElement>("check-error");
  const panel = el<HTMLElement>("check-result");

  cardNo.addEventListener("input", () => {
    cardNo.value = groupDigits(digitsOf(cardNo.value, 16));
    check.textContent = "";
    cardNo.removeAttribute("aria-invalid");
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const digits = digitsOf(cardNo.value, 16);
    if (checkCard(digits).state === "empty" || digits.length !== 16) {
      check.textContent = t.cardNoMissing;
      cardNo.setAttribute("aria-invalid", "true");
      cardNo.focus();
      return;
    }
    error.textContent = "";
    button.disabled = true;
    button.textContent = t.checking;
    try {
      const res = await fetch(`/v1/public/cards/${digits}/status`, { signal: AbortSignal.timeout(20_000) });
      const body = await res.json().catch(() => ({}));
      if (res.status !== 200) {
        panel.hidden = true;
        error.textContent = problemText(t, res, body);
        bringIntoView(error);
        return;
      }
      const status = body.status as Status;
      el("check-status").textContent = !body.checkDigitValid
        ? `${t.cardStatus.not_genuine} ${t.checkDigitWrong}`
        : t.cardStatus[status];
      panel.dataset.status = status;
      el("check-cardNo").textContent = groupDigits(digits);
      el("check-value-row").hidden = body.faceValueFen === null;
      el("check-value").textContent =
        body.faceValueFen === null ? "" : `${formatFen(body.faceValueFen)} ${t.amountUnit}`;
      el("check-used").textContent =
        status === "used" && body.usedAt
          ? t.usedOn(shanghaiTime(body.usedAt), body.usedByCustomerNo ?? "")
          : "";
      panel.hidden = false;
      bringIntoView(panel);
    } catch {
      error.textContent = t.network;
      bringIntoView(error);
    } finally {
      button.disabled = false;
      button.textContent = t.checkSubmit;
    }
  });
}
