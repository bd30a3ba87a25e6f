// Ctrl+S (Cmd+S on macOS) saves the tab instead of the browser's "Save page". Not while a dialog is
// open: the shortcut would save the page behind it, which the administrator cannot see.
import { useEffect } from 'react';

export function useSaveShortcut(save: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (document.querySelector('dialog[open]') === null) save();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [save]);
}
