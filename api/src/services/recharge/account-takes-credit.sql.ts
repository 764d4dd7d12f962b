/**
 * The rule every credit statement (recharge, top-up) applies to the customer row it joins: a
 * closed account (销户) takes no credit. Its remaining balance leaves only through a refund case;
 * a new credit would add to what has to be refunded. Written once, here, as SQL over `alias`.
 */
export const accountTakesCreditSql = (alias: string) => `${alias}.status = 'normal'`;
