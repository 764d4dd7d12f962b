/** Runs one statement of the seed (or several, in one simple query) and logs its rows and time. */
export type SeedStep = (label: string, text: string) => Promise<void>;

/** The seeded span as SQL expressions: its first day's midnight in Asia/Shanghai, and now. */
export interface SeedSpan {
  START: string;
  NOW: string;
}

export function seedSpan(firstDay: string, now: Date): SeedSpan {
  return {
    START: `('${firstDay}'::timestamp AT TIME ZONE 'Asia/Shanghai')`,
    NOW: `'${now.toISOString()}'::timestamptz`,
  };
}

/** The customer number of the customer whose index is the SQL expression `expr`. */
export const cust = (expr: string) => `(${3_300_000_000} + ${expr})::text`;
