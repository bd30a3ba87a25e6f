// Export CSV and Export JSON of what a view's filters select (all of it, not only the loaded pages):
// one button a format, all of them disabled while one export runs (the busy one says so), and what
// happened announced in the view's words. export-rows.ts says how the file travels.
import { useState } from 'react';
import type { ConsoleApi } from '../../preload/contract';
import { EXPORT_FORMATS, type ExportFormat, type ExportName } from '../../preload/export-formats';
import { messageOf } from '../state/error-message';
import { exportRows, type ExportFilter } from './export-rows';

/** "The audit CSV was downloaded.", "Exported 12 changes to …", "The audit log could not be exported: …". */
export interface ExportWords {
  /** What the file is of, before its format: "audit". */
  file: string;
  /** What its rows are: "changes". */
  rows: string;
  /** What failed to export: "The audit log". */
  subject: string;
}

export function ExportButtons<N extends ExportName>(props: {
  api: ConsoleApi;
  name: N;
  filter: ExportFilter<N>;
  words: ExportWords;
  announce(feedback: { kind: 'success' | 'error'; message: string }): void;
}) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const { api, name, filter, words, announce } = props;
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const outcome = await exportRows(api, name, filter, format);
      if (outcome.kind === 'downloaded') {
        announce({ kind: 'success', message: `The ${words.file} ${format.toUpperCase()} was downloaded.` });
      } else if (outcome.kind === 'saved') {
        announce({ kind: 'success', message: `Exported ${outcome.rows} ${words.rows} to ${outcome.path}.` });
      }
    } catch (error) {
      announce({ kind: 'error', message: `${words.subject} could not be exported: ${messageOf(error)}` });
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
