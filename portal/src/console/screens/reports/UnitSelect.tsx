import { Select } from "antd";
import { useEffect, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client.ts";

type Unit = Schemas["Unit"];

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
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    unwrap(api.GET("/v1/units"))
      .then((r) => setUnits(r.data))
      .catch(() => setUnits([]));
  }, []);
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
