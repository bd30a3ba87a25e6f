// "Clear filters" at the end of a view's filters, there only while a filter narrows the list
// (filter-narrows.ts). It leaves with the click, so focus moves to the view's first filter
// instead of falling to the page.

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
