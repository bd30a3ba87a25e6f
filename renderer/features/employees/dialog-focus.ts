// After a dialog closes: focus back on what opened it, then the announcement. A live region behind
// an open modal dialog is inert, so a message placed there while it closes may never be heard; the
// short wait lets the dialog close first.
export function afterDialogClosed(returnFocusTo: string | null, announce?: () => void): void {
  setTimeout(() => {
    if (returnFocusTo) document.getElementById(returnFocusTo)?.focus();
    announce?.();
  }, 50);
}
