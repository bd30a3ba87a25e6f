// When a view's filters narrow its list: the one test behind each view's "Clear filters" button.

/** Whether a view's filter narrows its list: some member differs from the filter left open. */
export function narrows<F extends object>(filter: F, open: F): boolean {
  return (Object.keys(open) as Array<keyof F>).some((key) => filter[key] !== open[key]);
}
