// How short the Activity search text may be. The store finds text through an index of three-character
// pieces (store/provisioning-log-text-index.ts), so a shorter text cannot use it and would read every log
// row; it is refused (contract) and not sent (the Activity filters), with the same message. Pure.
import { foldCase } from './case-fold';

export const ACTIVITY_SEARCH_MIN_CHARACTERS = 3;

export const ACTIVITY_SEARCH_TOO_SHORT = `Search needs at least ${ACTIVITY_SEARCH_MIN_CHARACTERS} characters.`;

/** Counted as the index sees it: characters (code points) of the folded text. Blank text is no search, not short. */
export function activitySearchTooShort(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && [...foldCase(trimmed)].length < ACTIVITY_SEARCH_MIN_CHARACTERS;
}
