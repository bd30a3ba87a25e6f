// A view's filter as a labelled select whose first option ("All sources", "Any outcome"), the empty
// value, leaves the list unnarrowed. The options are value and label pairs, or elements (a tree).
import type { ReactNode } from 'react';

export function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  /** The first option's text: the filter left open. */
  openLabel: string;
  options?: Iterable<readonly [value: string, label: string]>;
  children?: ReactNode;
  /** Extra classes of the group (a wider column). */
  className?: string;
  onChange(value: string): void;
}) {
  return (
    <div className={props.className ? `filter-group ${props.className}` : 'filter-group'}>
      <label htmlFor={props.id} className="filter-label">
        {props.label}
      </label>
      <select id={props.id} className="select" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.openLabel}</option>
        {props.options
          ? [...props.options].map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))
          : null}
        {props.children}
      </select>
    </div>
  );
}
