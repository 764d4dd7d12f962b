/**
 * The recharge form's behaviour: groups the card number and PIN as printed, checks the card's
 * check digit while it is typed, and posts the recharge with an Idempotency-Key that is kept
 * until the input changes — so pressing the button again after a lost connection can never
 * credit a card twice.
 */
import { checkCard, digitsOf, formatFen, groupDigits } from "./format.ts";
import { type Lang, MESSAGES } from "./messages.ts";

const form = document.querySelector<HTMLFormElement>("#recharge-form");
if (form) setUp(form);

function setUp(form: HTMLFormElement) {
  const t = MESSAGES[(form.dataset.lang as Lang) ?? "zh-CN"];
  const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const customerNo = el<HTMLInputElement>("customerNo");
  const cardNo = el<HTMLInputElement>("cardNo");
  const pin = el<HTMLInputElement>("pin");
  const button = form.querySelector("button") as HTMLButtonElement;
  const result = el<HTMLDivElement>("result");
  const error = el<HTMLDivElement>("error");
  let idempotencyKey = newKey();

  // The live regions are in the page from the start (empty), so screen readers announce changes.
  const show = (region: HTMLElement, text: string) => {
    result.textContent = "";
    error.textContent = "";
    region.textContent = text;
  };
  const fieldError = (input: HTMLInputElement, text: string, valid = false) => {
    const slot = el<HTMLParagraphElement>(`${input.id}-${input === cardNo ? "check" : "error"}`);
    slot.textContent = text;
    slot.classList.toggle("valid", valid);
    if (text && !valid) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
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

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = {
      customerNo: digitsOf(customerNo.value, 10),
      cardNo: digitsOf(cardNo.value, 16),
      pin: digitsOf(pin.value, 16),
    };
    const problems: [HTMLInputElement, string][] = [];
    if (input.customerNo.length !== 10) problems.push([customerNo, t.customerNoInvalid]);
    const card = checkCard(input.cardNo);
    if (card.state !== "valid")
      problems.push([cardNo, card.state === "invalid" ? t.cardInvalid : t.cardNoMissing]);
    if (input.pin.length !== 16) problems.push([pin, t.pinInvalid]);
    for (const [field, text] of problems) fieldError(field, text);
    if (problems.length > 0) {
      problems[0]?.[0].focus();
      return;
    }

    button.disabled = true;
    button.textContent = t.submitting;
    try {
      const res = await fetch("/v1/public/recharges", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(20_000),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 201) {
        show(
          result,
          t.success({
            customerNo: body.customerNo,
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
        show(error, problemText(res, body));
        // A definite refusal ends this attempt; a retry of the same input is a new one.
        if (res.status < 500 && body.code !== "idempotency_in_progress") idempotencyKey = newKey();
      }
    } catch {
      show(error, t.network);
    } finally {
      button.disabled = false;
      button.textContent = t.submit;
    }
  });

  function problemText(res: Response, body: { code?: string; requestId?: string }): string {
    switch (body.code) {
      case "recharge_refused":
        return t.refused;
      case "card_already_used":
        return t.alreadyUsed;
      case "card_not_sold":
        return t.notSold;
      case "idempotency_in_progress":
        return t.inProgress;
      case "rate_limited": {
        const seconds = Number(res.headers.get("Retry-After")) || 60;
        return t.rateLimited(seconds >= 60 ? t.minutes(Math.ceil(seconds / 60)) : t.seconds(seconds));
      }
      case "card_frozen":
        return t.frozen;
      case "validation_failed":
        return t.invalid;
    }
    const requestId = body.requestId ?? res.headers.get("X-Request-Id") ?? "-";
    return res.status >= 500 ? t.server(requestId) : t.otherRefusal(requestId);
  }
}

/** 128 random bits; crypto.randomUUID exists only on https and localhost, this works everywhere. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
