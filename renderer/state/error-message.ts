// The words of a failed call for a banner or a live region: every slice reports failures this way.
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
