import { isValidCardNo } from "@powercard/db";

export const CUSTOMER_NO_DIGITS = 10;
export const CARD_NO_DIGITS = 16;
export const PIN_DIGITS = 16;
/** No command is anywhere near this long; longer texts are not even normalized. */
export const MAX_COMMAND_LENGTH = 500;

export type SmsCommandName = "recharge" | "balance";

export type InvalidSmsReason =
  | "empty"
  | "too_long"
  | "unknown_command"
  | "not_digits"
  | "customer_no_missing"
  | "customer_no_format"
  | "card_no_missing"
  | "card_no_format"
  | "card_no_check_digit"
  | "pin_missing"
  | "pin_format"
  | "extra_input";

export type SmsCommand =
  | { kind: "recharge"; customerNo: string; cardNo: string; pin: string }
  | { kind: "balance"; customerNo: string }
  | { kind: "help" }
  /** `command` is set when the keyword was understood but its arguments were not. */
  | { kind: "invalid"; reason: InvalidSmsReason; command?: SmsCommandName };

/** Keywords, longest first so 查询余额 wins over 查余额 and HELP over H. */
const KEYWORDS: ReadonlyArray<readonly [string, SmsCommandName | "help"]> = [
  ["查询余额", "balance"],
  ["查余额", "balance"],
  ["充值", "recharge"],
  ["余额", "balance"],
  ["帮助", "help"],
  ["HELP", "help"],
  ["CZ", "recharge"],
  ["YE", "balance"],
  ["BZ", "help"],
  ["H", "help"],
  ["?", "help"],
];

/**
 * What people put between and inside numbers: spaces of every width (NFKC has already turned
 * U+3000 into a space), dashes, commas, and the labels they copy from the help text.
 */
const SEPARATORS = /(?:[\s,;:#+*/|~_.\-、。·]|户号|卡号|密码)+/u;
const SEPARATOR_OR_DIGIT_AT_START = new RegExp(`^(?:${SEPARATORS.source}|[0-9])`, "u");
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Normalizes what phones send: NFKC turns full-width letters, digits, spaces and punctuation
 * (ＣＺ　３３０１…) into ASCII; zero-width characters go; case is folded.
 */
function normalize(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").toUpperCase().trim();
}

/** Joins consecutive digit groups until they make exactly `length` digits (a group may not straddle). */
function takeDigits(tokens: readonly string[], start: number, length: number) {
  let value = "";
  let next = start;
  while (next < tokens.length && value.length < length) value += tokens[next++];
  return { value: value.length === length ? value : null, next, empty: start >= tokens.length };
}

/**
 * Parses an SMS into a command. Pure: no I/O, never throws, never copies the text into a reason
 * (the text holds a PIN). `CZ 户号 卡号 密码` recharges, `YE 户号` asks for the balance; numbers
 * may be grouped with spaces or dashes ("3300 0000 0000 0019").
 */
export function parseSmsCommand(text: string): SmsCommand {
  if (text.length > MAX_COMMAND_LENGTH) return { kind: "invalid", reason: "too_long" };
  const normalized = normalize(text);
  if (normalized === "") return { kind: "invalid", reason: "empty" };

  const keyword = KEYWORDS.find(
    ([word]) =>
      normalized.startsWith(word) &&
      (normalized.length === word.length || SEPARATOR_OR_DIGIT_AT_START.test(normalized.slice(word.length))),
  );
  if (!keyword) return { kind: "invalid", reason: "unknown_command" };
  const [word, command] = keyword;
  if (command === "help") return { kind: "help" };

  const tokens = normalized
    .slice(word.length)
    .split(SEPARATORS)
    .filter((token) => token !== "");
  if (tokens.some((token) => !/^[0-9]+$/.test(token)))
    return { kind: "invalid", reason: "not_digits", command };

  const customer = takeDigits(tokens, 0, CUSTOMER_NO_DIGITS);
  if (customer.empty) return { kind: "invalid", reason: "customer_no_missing", command };
  if (customer.value === null) return { kind: "invalid", reason: "customer_no_format", command };
  if (command === "balance") {
    if (customer.next < tokens.length) return { kind: "invalid", reason: "extra_input", command };
    return { kind: "balance", customerNo: customer.value };
  }

  const card = takeDigits(tokens, customer.next, CARD_NO_DIGITS);
  if (card.empty) return { kind: "invalid", reason: "card_no_missing", command };
  if (card.value === null) return { kind: "invalid", reason: "card_no_format", command };
  if (!isValidCardNo(card.value)) return { kind: "invalid", reason: "card_no_check_digit", command };

  const pin = takeDigits(tokens, card.next, PIN_DIGITS);
  if (pin.empty) return { kind: "invalid", reason: "pin_missing", command };
  if (pin.value === null) return { kind: "invalid", reason: "pin_format", command };
  if (pin.next < tokens.length) return { kind: "invalid", reason: "extra_input", command };
  return { kind: "recharge", customerNo: customer.value, cardNo: card.value, pin: pin.value };
}
