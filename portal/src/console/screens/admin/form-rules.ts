/**
 * "Pick one" without `required`: antd puts aria-required on a Select's wrapper, which axe rightly
 * refuses there; the API refuses a missing value anyway.
 */
export const pickedRule = (what: string) => ({
  validator: (_: unknown, value: unknown) => (value ? Promise.resolve() : Promise.reject(new Error(what))),
});
