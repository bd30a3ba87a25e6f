// Long userNames, emails, organization paths, accounts (DOMAIN\name) and token labels in narrow
// columns: a line may break after '@', '.', '/', '\', '_' or '-' (a <wbr>), so "ann@" / "example.com"
// wraps where a reader expects, not mid-word.
import { Fragment } from 'react';

export function BreakableText(props: { text: string }) {
  const parts = props.text.split(/(?<=[@./\\_-])/);
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order.
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </>
  );
}
