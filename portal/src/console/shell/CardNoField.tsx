import { Form, Input, type InputRef } from "antd";
import type { KeyboardEvent, Ref } from "react";
import { cardDigits, checkCard, showCardNo } from "../lib/card-input.ts";
import { useLang } from "../session/use-session.ts";

/**
 * A card-number field for the keyboard and the scanner: digits only, shown 4-4-4-4, the check digit
 * judged as soon as 16 digits are in. Enter calls `onEnter` (next field, or submit).
 */
export function CardNoField(props: {
  id: string;
  label: string;
  value: string;
  onChange(digits: string): void;
  onEnter(): void;
  inputRef?: Ref<InputRef>;
  autoFocus?: boolean;
}) {
  const { m } = useLang();
  const check = checkCard(props.value);
  const status = check.state === "invalid" ? "error" : check.state === "valid" ? "success" : undefined;
  const help =
    check.state === "invalid"
      ? m.sell.checkDigit
      : check.state === "incomplete"
        ? m.sell.incomplete(check.left)
        : undefined;
  return (
    <Form.Item
      label={props.label}
      htmlFor={props.id}
      validateStatus={status}
      help={help}
      hasFeedback={!!status}
    >
      <Input
        id={props.id}
        ref={props.inputRef}
        autoFocus={props.autoFocus}
        inputMode="numeric"
        autoComplete="off"
        className="pc-digits"
        // The tick is the Form.Item's feedback icon alone (one, not two). An empty suffix keeps
        // antd's affix wrapper mounted from the first digit, so the input is not re-created — and
        // does not lose the focus — when the 16th digit turns the feedback on.
        suffix={<span aria-hidden="true" />}
        value={showCardNo(props.value)}
        aria-invalid={check.state === "invalid"}
        onChange={(e) => props.onChange(cardDigits(e.target.value))}
        onKeyDown={(e: KeyboardEvent) => {
          if (e.key === "Enter") {
            e.preventDefault();
            props.onEnter();
          }
        }}
      />
    </Form.Item>
  );
}
