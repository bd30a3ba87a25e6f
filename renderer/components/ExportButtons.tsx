// Export CSV and Export JSON of a log view: one button a format, all of them disabled while one export
// runs (the busy one says so). What an export does, and what it reports, is the view's.
import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../preload/export-formats';

export function ExportButtons(props: { exportAs(format: ExportFormat): Promise<void> }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      await props.exportAs(format);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons">
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" className="button secondary" disabled={busy !== null} onClick={() => void run(format)}>
          {busy === format ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </button>
      ))}
    </div>
  );
}
