// After a dialog closes: focus back on what opened it, then the announcement. A live region behind
// an open modal dialog is inert, so a message placed there while it closes may never be heard; the
// short wait lets the dialog close first.
import { PAGE_TITLE_ID } from '../../app/views';

/**
 * `returnFocusTo`: the id of what opened the dialog. When that is not on the page (an employee opened
 * from Activity, not from a row of this page), the view's title takes the focus, not the document.
 */
export function afterDialogClosed(returnFocusTo: string | null, announce?: () => void): void {
  setTimeout(() => {
    if (returnFocusTo) (document.getElementById(returnFocusTo) ?? document.getElementById(PAGE_TITLE_ID))?.focus();
    announce?.();
  }, 50);
}
