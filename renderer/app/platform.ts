// What the console shows differently on macOS: the Command key in shortcut hints.
interface NavigatorWithUAData extends Navigator {
  userAgentData?: { platform?: string };
}

export function isMacPlatform(nav: NavigatorWithUAData = navigator): boolean {
  const platform = nav.userAgentData?.platform ?? nav.platform ?? '';
  return /^mac/i.test(platform);
}

/** "⌘S" on macOS, "Ctrl+S" elsewhere: the hint follows the key the administrator presses. */
export function shortcutHint(key: string, nav?: NavigatorWithUAData): string {
  return isMacPlatform(nav) ? `⌘${key}` : `Ctrl+${key}`;
}
