// The banner for a save that lost to someone else's: says so and offers to reload their version.
// Provisioning Settings and an employee's dialog both use it, so a conflict reads the same everywhere.
export function ConflictNotice(props: { message: string | null; onReload(): void }) {
  if (!props.message) return null;
  return (
    <div className="banner warning-banner" role="alert">
      <span>{props.message}</span>
      <button type="button" className="button secondary" onClick={props.onReload}>
        Reload
      </button>
    </div>
  );
}
