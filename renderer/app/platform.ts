// What the console shows differently on macOS: the Command key in shortcut hints.
/** The part of `navigator` read here (typed locally, so the pure function also type-checks under Node). */
export interface PlatformSource {
  platform?: string;
  userAgentData?: { platform?: string };
}

export function isMacPlatform(source: PlatformSource = (globalThis as { navigator?: PlatformSource }).navigator ?? {}): boolean {
  const platform = source.userAgentData?.platform ?? source.platform ?? '';
  return /^mac/i.test(platform);
}

/** "⌘S" on macOS, "Ctrl+S" elsewhere: the hint follows the key the administrator presses. */
export function shortcutHint(key: string, source?: PlatformSource): string {
  return isMacPlatform(source) ? `⌘${key}` : `Ctrl+${key}`;
}
