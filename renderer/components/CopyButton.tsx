// A "Copy" button that says what happened through the page's live region.
import { useState } from 'react';
import { CopyIcon } from './icons';
import { copyToClipboard } from './copy-to-clipboard';

export function CopyButton(props: {
  text: string;
  what: string;
  disabled?: boolean;
  onCopied(message: string, ok: boolean): void;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyToClipboard(props.text);
    setCopied(ok);
    props.onCopied(
      ok
        ? `${sentenceStart(props.what)} copied to the clipboard.`
        : `Could not copy the ${props.what}; select it and copy it by hand.`,
      ok,
    );
    if (ok) setTimeout(() => setCopied(false), 2000);
  };
  return (
    <button type="button" className="button secondary" onClick={copy} disabled={props.disabled ?? false}>
      <CopyIcon />
      <span>{copied ? 'Copied' : 'Copy'}</span>
    </button>
  );
}

/** `what` names the thing mid-sentence ("the token"); it also starts the success message. */
const sentenceStart = (what: string) => what.charAt(0).toUpperCase() + what.slice(1);
