/**
 * The Excel number formats the add-in writes, each spelled once and named by what the cell shows. Planners name
 * them by meaning (a template's rate, an evaluation's weight) in terms of these.
 */
export const NUMBER_FORMATS = {
  /** A rate or share as a percentage with two decimals: 0.8429 → 84.29%. */
  percent: "0.00%",
  /** Two decimals: tonnages in 10⁴ t, factors, scores. */
  twoDecimals: "0.00",
  /** Four decimals: weights, memberships, λmax, CI, CR. */
  fourDecimals: "0.0000",
  /** Two decimals with thousands separators: tonnages in a drafter's table. */
  thousandsTwoDecimals: "#,##0.00",
  /** Whole numbers with thousands separators: tonnes. */
  thousands: "#,##0",
  /** Up to four decimals with thousands separators: a figure as it was found. */
  figure: "#,##0.####",
  /** A fraction: AHP judgements such as 1/3. */
  fraction: "# ?/?",
} as const;
