// The file formats a log export comes in (the Activity and Audit views, `idsvc audit export`). Pure and
// free of zod, so the renderer's export buttons can list them without taking zod into its bundle; the
// contracts' schema of a format is made from this list (export-format-schema.ts).
export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
