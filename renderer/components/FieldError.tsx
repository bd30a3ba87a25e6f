// The message under a control, linked to it by aria-describedby: the page's fields and the dialogs'
// look alike. `announce` for a dialog, whose refusal arrives after a submit and must be heard.
import { WarningIcon } from './icons';

export function FieldError(props: { id: string; message: string | null | undefined; announce?: boolean }) {
  if (!props.message) return null;
  return (
    <p id={props.id} className="field-error" role={props.announce ? 'alert' : undefined}>
      <WarningIcon />
      <span>{props.message}</span>
    </p>
  );
}
