import { describe, expect, it } from 'vitest';
import { isMacPlatform, shortcutHint } from '../../../renderer/app/platform';

const nav = (platform: string, uaPlatform?: string) =>
  ({ platform, ...(uaPlatform ? { userAgentData: { platform: uaPlatform } } : {}) }) as never;

describe('shortcutHint', () => {
  it('names the Command key on macOS and Ctrl elsewhere', () => {
    expect(shortcutHint('S', nav('MacIntel'))).toBe('⌘S');
    expect(shortcutHint('S', nav('', 'macOS'))).toBe('⌘S');
    expect(shortcutHint('S', nav('Win32'))).toBe('Ctrl+S');
    expect(shortcutHint('S', nav('Linux x86_64'))).toBe('Ctrl+S');
    expect(isMacPlatform(nav('MacIntel', 'Windows'))).toBe(false);
  });
});
