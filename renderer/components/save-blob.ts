// Saves a downloaded Blob as a file the browser offers to keep (server mode's exports).
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the Blob to the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
