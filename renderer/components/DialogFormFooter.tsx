// The end of a dialog's form: a refusal that names none of its fields (announced, with the icon a
// field's error has) and Cancel beside the submit button.
import { FieldError } from './FieldError';

export function DialogFormFooter(props: {
  errorId: string;
  error: string | null;
  submitLabel: string;
  busy: boolean;
  onCancel(): void;
}) {
  return (
    <>
      <FieldError id={props.errorId} message={props.error} announce />
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
