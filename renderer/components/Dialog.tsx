// A modal dialog on the native <dialog> element: focus is trapped and Escape closes it. Rendered into
// <body> through a portal so a dialog's own <form> is never nested inside the page's form in the DOM.
// React, though, bubbles a portal's events to the tree it was rendered from: a dialog's submit would
// reach the page's <form onSubmit> and save the page. The dialog therefore stops every form event at
// its own boundary, so no dialog, now or later, can submit or reset the page behind it.
import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';

const stayInDialog = (event: SyntheticEvent) => event.stopPropagation();

export function Dialog(props: {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  describedBy?: string;
  /** For a form or a table that needs the room (an employee's fields, an import preview). */
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  const titleId = `dialog-title-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return createPortal(
    <dialog
      ref={ref}
      className={props.wide ? 'dialog wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={props.describedBy}
      onSubmit={stayInDialog}
      onReset={stayInDialog}
      onChange={stayInDialog}
      onInput={stayInDialog}
      onInvalid={stayInDialog}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {props.title}
      </h2>
      {props.open ? props.children : null}
    </dialog>,
    document.body,
  );
}
