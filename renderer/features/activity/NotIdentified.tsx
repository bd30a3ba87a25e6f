// Stands in for the identity provider when a request carried no token the gateway accepted.
export function NotIdentified() {
  return (
    <span className="muted" title="The request had no valid token, or was refused before its token was checked.">
      Not identified
    </span>
  );
}
