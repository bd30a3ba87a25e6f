// "/" moves focus to the view's search box, as in most admin consoles and mail clients: from the table
// or anywhere on the page, not while typing in a field (there "/" is a character) or with a dialog open
// (the box would be behind it). The box carries aria-keyshortcuts="/" so screen readers announce it.
import { useEffect } from 'react';

export const SEARCH_SHORTCUT = '/';

/** Where "/" is text (or a select's type-ahead): fields, not checkboxes, radios or buttons. */
const TYPED_INTO = 'textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit])';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches(TYPED_INTO));

export function useSearchShortcut(searchId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== SEARCH_SHORTCUT || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]') !== null) return;
      const box = document.getElementById(searchId);
      if (!(box instanceof HTMLInputElement)) return;
      event.preventDefault();
      box.focus();
      box.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [searchId]);
}
