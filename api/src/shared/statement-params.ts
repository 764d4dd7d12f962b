/**
 * Named parameters for a hand-written statement sent with `db.query(text, values)`. The names
 * and their SQL types are declared once; each name becomes a typed placeholder (`$3::text[]`)
 * when the module loads, so the statement text is built once, not per request, and reads
 * `WHERE c.card_no = ${p.cardNo}` instead of `$1`. Per request, `values` lays the named values
 * out in placeholder order — the only work on the hot path.
 *
 *   const p = statementParams({ cardNo: "text", now: "timestamptz" });
 *   const SQL = `UPDATE cards SET used_at = ${p.now} WHERE card_no = ${p.cardNo}`;
 *   db.query(SQL, p.values({ cardNo, now }));
 */
export type StatementParams<T extends Record<string, string>> = { readonly [K in keyof T]: string } & {
  /** The names in placeholder order: `names[n - 1]` is `$n`. */
  readonly names: readonly (keyof T & string)[];
  readonly values: (named: { readonly [K in keyof T]: unknown }) => unknown[];
};

export function statementParams<const T extends Record<string, string>>(types: T): StatementParams<T> {
  const names = Object.keys(types) as (keyof T & string)[];
  for (const reserved of ["names", "values"])
    if (reserved in types) throw new Error(`"${reserved}" cannot name a statement parameter`);
  const placeholders = Object.fromEntries(names.map((name, i) => [name, `$${i + 1}::${types[name]}`]));
  return {
    ...(placeholders as { [K in keyof T]: string }),
    names,
    values: (named) => names.map((name) => named[name]),
  };
}
