// An organization's Name field, as the New organization and Rename organization dialogs ask for it:
// focused first, at most the contract's length, and main's refusal (a sibling's name) under it.
import { ORGANIZATION_NAME_MAX_LENGTH } from '../../../preload/organization-name';
import { FieldError } from '../../components/FieldError';

export function OrganizationNameField(props: { id: string; value: string; error: string | null; onChange(value: string): void }) {
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id} className="field-label">
        Name
      </label>
      <input
        id={props.id}
        className="text-input"
        autoFocus
        maxLength={ORGANIZATION_NAME_MAX_LENGTH}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldError id={errorId} message={props.error} announce />
    </div>
  );
}
