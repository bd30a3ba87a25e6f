// The exports (the Activity and Audit views' logs, the Employees view's directory, `idsvc audit
// export`) and the file formats each comes in. Pure and free of zod, so the renderer's export buttons
// can list them without taking zod into its bundle; the contracts' schema of a format is made from this
// list (export-format-schema.ts).
export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What can be exported. Each has a channel `<name>:export-file` (the desktop app saves it through a
 * dialog) and, in server mode, a download `GET /export/<name>.<format>` guarded like that channel.
 */
export const EXPORT_NAMES = ['activity', 'audit', 'employees'] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The file an export is saved as, wherever it is saved: `employees-2026-12-06.csv` (the UTC day). */
export function exportFileName(name: ExportName, format: ExportFormat, now: Date = new Date()): string {
  return `${name}-${now.toISOString().slice(0, 10)}.${format}`;
}
