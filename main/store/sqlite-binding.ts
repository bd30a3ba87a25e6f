// Which compiled better-sqlite3 addon this process loads. Unset, better-sqlite3 finds its own build in
// node_modules (Node's ABI, or Electron's in a package electron-builder rebuilt). The desktop app run
// from a checkout sets it to the Electron build (main/app/native-binding.ts); every connection,
// the checkpoint worker's too, must then load the same file.
let nativeBinding: string | undefined;

export function setSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** better-sqlite3's constructor options for the chosen addon. */
export function sqliteDriverOptions(): { nativeBinding?: string } {
  return nativeBinding === undefined ? {} : { nativeBinding };
}
