/** The scale of the settlement bench's world: one province, its units and customers, ~22 months. */
export const SIZE = {
  /** Closed business days, the last one yesterday; today is seeded too, up to now. */
  days: 670,
  cities: 10,
  countiesPerCity: 4,
  outletsPerCounty: 2,
  customers: 300_000,
  /** One sale per outlet and day; this many of its cards are recharged within 30 days. */
  cardsPerSale: 84,
  usedPerSale: 76,
  /** Share of cards used by a customer of another county than the one that sold them. */
  crossUnitPercent: 10,
  topups: 500_000,
  /** Every n-th recharge is followed by the payment of a bill from the new balance. */
  billEvery: 10,
};
export const COUNTIES = SIZE.cities * SIZE.countiesPerCity;
export const OUTLETS = COUNTIES * SIZE.outletsPerCounty;
