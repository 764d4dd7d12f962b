/**
 * The recharge form's behaviour: groups the card number and PIN as printed, checks the card's
 * check digit while it is typed, then — before any money moves — asks the preview whose account
 * it is and shows the masked 户名 and address to confirm. Only the confirmation posts the
 * recharge, with an Idempotency-Key kept until the input changes, so pressing the button again
 * after a lost connection can never credit a card twice. Every outcome takes the focus and is
 * scrolled into view; the filled fields stay on an error; a success leaves a printable receipt.
 */
import {
  bringIntoView,
  checkCard,
  digitsOf,
  formatFen,
  groupDigits,
  maskCardNo,
  maskCustomerNo,
  shanghaiTime,
} from "./format.ts";
import { type Lang, MESSAGES, type Messages } from "./messages.ts";
import { codeText, problemText } from "./problem-text.ts";

const form = document.querySelector<HTMLFormElement>("#recharge-form");
if (form) setUp(form);

interface Preview {
  customer: { customerNo: string; name: string; address: string | null; acceptsRecharge: boolean };
  card?: { status: string; faceValueFen: number | null };
  canRecharge: boolean;
  refusal: string | null;
}

function setUp(form: HTMLFormElement) {
  const t: Messages = MESSAGES[(form.dataset.lang as Lang) ?? "zh-CN"];
  const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const customerNo = el<HTMLInputElement>("customerNo");
  const cardNo = el<HTMLInputElement>("cardNo");
  const pin = el<HTMLInputElement>("pin");
  const next = el<HTMLButtonElement>("next");
  const result = el<HTMLDivElement>("result");
  const error = el<HTMLDivElement>("error");
  const confirm = el<HTMLElement>("confirm");
  const confirmButton = el<HTMLButtonElement>("confirm-button");
  const receipt = el<HTMLElement>("receipt");
  let idempotencyKey = newKey();

  // The live regions are in the page from the start (empty), so screen readers announce changes.
  const show = (region: HTMLElement, text: string) => {
    result.textContent = "";
    error.textContent = "";
    region.textContent = text;
    bringIntoView(region);
  };
  const fieldError = (input: HTMLInputElement, text: string, valid = false) => {
    const slot = el<HTMLParagraphElement>(`${input.id}-${input === cardNo ? "check" : "error"}`);
    slot.textContent = text;
    slot.classList.toggle("valid", valid);
    if (text && !valid) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  };
  /** One of the three steps on screen: the form, the confirmation, the receipt. */
  const step = (which: "form" | "confirm" | "receipt") => {
    form.hidden = which !== "form";
    confirm.hidden = which !== "confirm";
    receipt.hidden = which !== "receipt";
  };

  // Regroup as the user types, keeping the caret after the same number of digits.
  const grouped = (input: HTMLInputElement, onDigits?: (digits: string) => void) =>
    input.addEventListener("input", () => {
      const caret = input.selectionStart ?? input.value.length;
      const digitsBeforeCaret = digitsOf(input.value.slice(0, caret), 16).length;
      const digits = digitsOf(input.value, 16);
      input.value = groupDigits(digits);
      let pos = 0;
      for (let seen = 0; pos < input.value.length && seen < digitsBeforeCaret; pos++) {
        if (input.value[pos] !== " ") seen++;
      }
      input.setSelectionRange(pos, pos);
      onDigits?.(digits);
    });

  grouped(cardNo, (digits) => {
    const check = checkCard(digits);
    // Only complete numbers are judged: a half-typed number is not an error yet.
    if (check.state === "valid") fieldError(cardNo, t.cardValid, true);
    else if (check.state === "invalid") fieldError(cardNo, t.cardInvalid);
    else fieldError(cardNo, "");
  });
  grouped(pin);
  customerNo.addEventListener("input", () => {
    customerNo.value = digitsOf(customerNo.value, 10);
    fieldError(customerNo, "");
  });
  pin.addEventListener("input", () => fieldError(pin, ""));
  // Another card, PIN or customer is another recharge: it gets a new key.
  form.addEventListener("input", () => {
    idempotencyKey = newKey();
  });

  const input = () => ({
    customerNo: digitsOf(customerNo.value, 10),
    cardNo: digitsOf(cardNo.value, 16),
    pin: digitsOf(pin.value, 16),
  });

  const busy = (button: HTMLButtonElement, label: string | null, idle: string) => {
    button.disabled = label !== null;
    button.textContent = label ?? idle;
  };

  // Step 1: check the fields, then ask the preview whose account it is (no PIN is sent).
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const entered = input();
    const problems: [HTMLInputElement, string][] = [];
    if (entered.customerNo.length !== 10) problems.push([customerNo, t.customerNoInvalid]);
    const card = checkCard(entered.cardNo);
    if (card.state !== "valid")
      problems.push([cardNo, card.state === "invalid" ? t.cardInvalid : t.cardNoMissing]);
    if (entered.pin.length !== 16) problems.push([pin, t.pinInvalid]);
    for (const [field, text] of problems) fieldError(field, text);
    if (problems.length > 0) {
      problems[0]?.[0].focus();
      return;
    }

    busy(next, t.previewing, t.next);
    try {
      const res = await fetch("/v1/public/recharge-previews", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ customerNo: entered.customerNo, cardNo: entered.cardNo }),
        signal: AbortSignal.timeout(20_000),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status !== 200) {
        if (body.code === "customer_not_found") fieldError(customerNo, t.customerNotFound);
        show(error, problemText(t, res, body));
        return;
      }
      const preview = body as Preview;
      if (!preview.canRecharge) {
        show(error, refusalText(t, preview));
        return;
      }
      result.textContent = "";
      error.textContent = "";
      el("confirm-customerNo").textContent = entered.customerNo;
      el("confirm-name").textContent = preview.customer.name;
      el("confirm-address").textContent = preview.customer.address ?? t.noAddress;
      el("confirm-amount").textContent = `${formatFen(preview.card?.faceValueFen ?? 0)} ${t.amountUnit}`;
      step("confirm");
      bringIntoView(el("confirm-title"));
    } catch {
      show(error, t.network);
    } finally {
      busy(next, null, t.next);
    }
  });

  el("back-button").addEventListener("click", () => {
    step("form");
    customerNo.focus();
  });

  // Step 2: the customer confirmed the masked name: now the card is used.
  confirmButton.addEventListener("click", async () => {
    busy(confirmButton, t.submitting, t.confirm);
    try {
      const res = await fetch("/v1/public/recharges", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
        body: JSON.stringify(input()),
        signal: AbortSignal.timeout(20_000),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 201) {
        fillReceipt(body);
        step("receipt");
        show(
          result,
          t.success({
            // Masked like the receipt, so a screenshot shared for help shows no full 户号.
            customerNo: maskCustomerNo(body.customerNo),
            name: body.customerName,
            amount: formatFen(body.amountFen),
            balance: formatFen(body.balanceFen),
          }),
        );
        cardNo.value = "";
        pin.value = "";
        fieldError(cardNo, "");
        idempotencyKey = newKey();
      } else {
        // Back to the filled form, with the reason above it.
        step("form");
        show(error, problemText(t, res, body));
        // A definite refusal ends this attempt; a retry of the same input is a new one.
        if (res.status < 500 && body.code !== "idempotency_in_progress") idempotencyKey = newKey();
      }
    } catch {
      step("form");
      show(error, t.network);
    } finally {
      busy(confirmButton, null, t.confirm);
    }
  });

  function fillReceipt(r: {
    id: string;
    createdAt: string;
    amountFen: number;
    cardNo: string;
    customerNo: string;
    customerName: string;
    balanceFen: number;
  }) {
    el("receipt-ref").textContent = r.id;
    el("receipt-time").textContent = shanghaiTime(r.createdAt);
    el("receipt-amount").textContent = `${formatFen(r.amountFen)} ${t.amountUnit}`;
    el("receipt-card").textContent = maskCardNo(r.cardNo);
    el("receipt-customerNo").textContent = maskCustomerNo(r.customerNo);
    el("receipt-name").textContent = r.customerName;
    el("receipt-balance").textContent = `${formatFen(r.balanceFen)} ${t.amountUnit}`;
  }

  el("print-button").addEventListener("click", () => window.print());
  el("another-button").addEventListener("click", () => {
    result.textContent = "";
    step("form");
    customerNo.focus();
  });
}

/** Why the preview says no, in words that tell what to do. */
function refusalText(t: Messages, preview: Preview): string {
  if (preview.refusal === "card_locked" && preview.card?.status === "locked") return t.locked;
  return codeText(t, preview.refusal) ?? t.unknownProblem("-");
}

/** 128 random bits; crypto.randomUUID exists only on https and localhost, this works everywhere. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
