// The end of a dialog's form: its refusal (announced) and Cancel beside the submit button.
export function DialogFormFooter(props: {
  errorId: string;
  error: string | null;
  submitLabel: string;
  busy: boolean;
  onCancel(): void;
}) {
  return (
    <>
      {props.error ? (
        <p id={props.errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}
