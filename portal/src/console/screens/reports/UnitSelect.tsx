import { Select } from "antd";
import { useUnits } from "../../lib/use-units.ts";

/** The units of the user's subtree (theirs first), by name; `value` undefined means their own. */
export function UnitSelect({
  id,
  value,
  onChange,
  label,
}: {
  id: string;
  value: string | undefined;
  onChange(unitId: string): void;
  label: string;
}) {
  const units = useUnits().units ?? [];
  return (
    <Select
      id={id}
      aria-label={label}
      className="pc-unit-select"
      showSearch
      optionFilterProp="label"
      value={value ?? units[0]?.id}
      onChange={onChange}
      options={units.map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
