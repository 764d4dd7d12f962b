import { TypeID } from "typeid-js";
import { describe, expect, it } from "vitest";
import { newId } from "../../api/src/shared/ids.ts";

/** The ids the app makes (api/src/shared/ids.ts) are TypeIDs that typeid-js itself accepts. */
describe("newId", () => {
  const kinds = Object.entries(newId);

  it("makes, for every kind, a valid TypeID of its own three-letter prefix", () => {
    expect(kinds.length).toBeGreaterThan(20);
    const prefixes = new Set<string>();
    for (const [kind, make] of kinds) {
      const id = make();
      expect(id, kind).toMatch(/^[a-z]{3}_[0-7][0-9a-hjkmnp-tv-z]{25}$/);
      const parsed = TypeID.fromString(id);
      expect(parsed.toString(), kind).toBe(id);
      prefixes.add(parsed.getType());
    }
    expect(prefixes.size, "each kind has its own prefix").toBe(kinds.length);
  });

  it("makes ids that sort in the order they were made, and never the same id twice", () => {
    const ids = Array.from({ length: 2_000 }, () => newId.recharge());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The UUID inside is a version 7 (time-ordered) UUID of the RFC 9562 variant.
    const uuid = TypeID.fromString(ids[0] ?? "").toUUID();
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
