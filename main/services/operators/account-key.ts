// How operator accounts compare. Windows account names are case-insensitive (`CORP\Ann` is `corp\ann`);
// Linux and macOS login names are not, so `Ann` and `ann` are two accounts there and must never share
// privileges.
import { foldCase } from '../../store/case-fold';

export function accountKey(account: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? foldCase(account) : account;
}
