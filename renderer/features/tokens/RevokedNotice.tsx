// "Token ... revoked." under the token table, where the administrator was looking: the revoked row
// loses its Revoke button, so the keyboard focus moves here (read out as it lands) rather than to the
// top of the page.
import { useEffect, useRef, useState } from 'react';
import { PassedIcon } from '../../components/status-icons';
import './tokens.css';

export interface Revoked {
  label: string;
  /** Counts revocations, so a second one with the same label still moves the focus. */
  count: number;
}

export function useRevoked() {
  const [revoked, setRevoked] = useState<Revoked | null>(null);
  return {
    revoked,
    markRevoked: (label: string) => setRevoked((last) => ({ label, count: (last?.count ?? 0) + 1 })),
  };
}

export function RevokedNotice(props: { revoked: Revoked | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // After the frame: the dialog's close (an effect of a later sibling) puts the focus back where it was
  // opened from first.
  useEffect(() => {
    if (!props.revoked) return;
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [props.revoked]);
  return (
    <p ref={ref} tabIndex={-1} role="status" className={props.revoked ? 'feedback success revoked-notice' : 'offscreen'}>
      {props.revoked ? (
        <>
          <PassedIcon />
          <span>Token "{props.revoked.label}" revoked: its next request is refused.</span>
        </>
      ) : null}
    </p>
  );
}
