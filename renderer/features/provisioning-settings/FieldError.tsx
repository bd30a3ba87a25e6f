// The message under a control, linked to it by aria-describedby (errorIdFor).
import { WarningIcon } from '../../components/icons';

export function FieldError(props: { id: string; message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p id={props.id} className="field-error">
      <WarningIcon />
      <span>{props.message}</span>
    </p>
  );
}
