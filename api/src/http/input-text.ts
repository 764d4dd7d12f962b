import { CONTROL_CHARACTER_MESSAGE, isCleanText } from "../shared/clean-text.ts";
import type { FieldError } from "../shared/errors.ts";

export { CONTROL_CHARACTER_MESSAGE, isCleanText };

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Every string in `value` (object keys too: records take any key) that breaks the rule, named
 * from `field` as "body.cartons.0.reason". Walks only what a parsed request holds: plain objects,
 * arrays and strings.
 */
export function controlCharacterErrors(value: unknown, field: string, out: FieldError[] = []): FieldError[] {
  if (typeof value === "string") {
    if (!isCleanText(value)) out.push({ field, message: CONTROL_CHARACTER_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      controlCharacterErrors(item, `${field}.${i}`, out);
    });
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (!isCleanText(key)) out.push({ field, message: `a key ${CONTROL_CHARACTER_MESSAGE}` });
      else controlCharacterErrors(item, `${field}.${key}`, out);
    }
  }
  return out;
}
