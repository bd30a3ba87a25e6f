// "Clear filters" at the end of a view's filters, there only while a filter narrows the list. It
// leaves with the click, so focus moves to the view's first filter instead of falling to the page.

/** Whether a view's filter narrows its list: some member differs from the filter left open. */
export function narrows<F extends object>(filter: F, open: F): boolean {
  return (Object.keys(open) as Array<keyof F>).some((key) => filter[key] !== open[key]);
}

export function ClearFiltersButton(props: { shown: boolean; firstFilterId: string; onClear(): void }) {
  if (!props.shown) return null;
  return (
    <button
      type="button"
      className="button secondary clear-filters"
      onClick={() => {
        props.onClear();
        document.getElementById(props.firstFilterId)?.focus();
      }}
    >
      Clear filters
    </button>
  );
}
