/**
 * The utility's settings a decision's handler may need, passed in by the route from the app's
 * configuration (services never read env): today the reversal window, checked again when a
 * reversal case is approved.
 */
export interface DecisionPolicy {
  /** REVERSAL_WINDOW_DAYS. */
  reversalWindowDays: number;
}
