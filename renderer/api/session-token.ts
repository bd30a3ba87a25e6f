// Server mode's session token: taken from the URL's #token=..., kept in sessionStorage for reloads of
// this tab, and removed from the address bar so it is not left in view or in screenshots.
const STORAGE_KEY = 'idsvc.sessionToken';

export function takeSessionToken(location: Location, history: History, storage: Storage): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY);
}
