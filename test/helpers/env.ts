/** The PostgreSQL server tests run against, if any; without one they use embedded PGlite. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
export const IN_CI = process.env.CI === "true";
