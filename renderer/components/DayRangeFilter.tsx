// From and To days of a log view's filters (both days included; the view turns them into instants in
// this computer's time zone). Each bounds the other's picker, so the range cannot be drawn backwards.
export function DayRangeFilter(props: {
  /** Prefix of the two inputs' ids: `<idPrefix>-from`, `<idPrefix>-to`. */
  idPrefix: string;
  from: string;
  to: string;
  onChange(changes: { from: string } | { to: string }): void;
}) {
  return (
    <>
      <div className="filter-group">
        <label htmlFor={`${props.idPrefix}-from`} className="filter-label">
          From
        </label>
        <input
          id={`${props.idPrefix}-from`}
          type="date"
          className="text-input date-input"
          value={props.from}
          max={props.to || undefined}
          onChange={(event) => props.onChange({ from: event.target.value })}
        />
      </div>
      <div className="filter-group">
        <label htmlFor={`${props.idPrefix}-to`} className="filter-label">
          To
        </label>
        <input
          id={`${props.idPrefix}-to`}
          type="date"
          className="text-input date-input"
          value={props.to}
          min={props.from || undefined}
          onChange={(event) => props.onChange({ to: event.target.value })}
        />
      </div>
    </>
  );
}
