// The page's live regions: polite for confirmations, assertive for failures. Screen readers read what
// is placed here; sighted users see the same text in the feedback bar.
export function Announcer(props: { message: { kind: 'success' | 'error'; message: string } | null }) {
  const { message } = props;
  return (
    <>
      <div role="status" aria-live="polite" className={message?.kind === 'success' ? 'feedback success' : 'offscreen'}>
        {message?.kind === 'success' ? message.message : ''}
      </div>
      <div role="alert" className={message?.kind === 'error' ? 'feedback error' : 'offscreen'}>
        {message?.kind === 'error' ? message.message : ''}
      </div>
    </>
  );
}
