import { checkCard, digitsOf, groupDigits } from "../../recharge/format.ts";

export { formatFen } from "../../recharge/format.ts";

/**
 * Card-number fields: digits only (a scanner types digits, maybe spaces), shown grouped 4-4-4-4 as
 * printed, judged by the same Damm check digit as the API (portal/src/recharge/format.ts).
 */
export const cardDigits = (value: string) => digitsOf(value, 16);
export const showCardNo = groupDigits;
export { checkCard };
