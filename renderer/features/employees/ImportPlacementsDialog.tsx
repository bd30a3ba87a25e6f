// "Import placements (CSV)": pick a file of `userName,organization` rows; main previews what it would
// do (nothing is written): the moves, the rows it cannot use and why, the rows already in place.
// Columns of employee fields are edits. "Apply N moves and M edits" has main read the file again and
// apply everything in one transaction; Cancel writes nothing. A file that cannot be read or previewed is refused under the file picker; a refused
// Apply that is not about the file (a privilege revoked meanwhile) is the dialog's own alert.
import { type ChangeEvent, useState } from 'react';
import { ApiError } from '../../../preload/api-error';
import type { PlacementPreview } from '../../../preload/employees-contract';
import { useApi, useConsoleState } from '../../app/console-context';
import { Dialog } from '../../components/Dialog';
import { messageOf } from '../../state/error-message';
import { placedMessage } from '../../state/employees/write-messages';
import { FieldError } from '../../components/FieldError';
import { afterDialogClosed } from './dialog-focus';
import { csvFileSizeProblem, csvText } from '../../../preload/csv-file-text';
import { IMPORT_BUTTON_ID } from './employees-ids';
import { PlacementPreviewTables } from './PlacementPreviewTables';
import { applyLabel, hasChanges, previewSummary } from '../../../preload/placement-format';

export function ImportPlacementsDialog(props: { open: boolean; onClose(): void }) {
  const close = () => {
    props.onClose();
    afterDialogClosed(IMPORT_BUTTON_ID);
  };
  return (
    <Dialog title="Import placements" open={props.open} onClose={close} describedBy="import-placements-help" wide>
      <ImportPlacementsForm onClose={close} />
    </Dialog>
  );
}

/** Apply's words before a file is read: "Apply 0 moves", disabled. */
const NOTHING_LOADED = { counts: { moves: 0, edits: 0, fieldChanges: 0, ownedCells: 0, problems: 0 } };
type Loaded = { fileName: string; csv: string; preview: PlacementPreview };

function ImportPlacementsForm(props: { onClose(): void }) {
  const api = useApi();
  const previewPlacements = useConsoleState((s) => s.previewPlacements);
  const applyPlacements = useConsoleState((s) => s.applyPlacements);
  const announce = useConsoleState((s) => s.announceEmployees);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ onFile: boolean; message: string } | null>(null);
  const fileError = error?.onFile ? error.message : null;
  const [busy, setBusy] = useState<'reading' | 'applying' | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setLoaded(null);
    setError(null);
    if (!file) return;
    const tooLarge = csvFileSizeProblem(file.size);
    if (tooLarge !== null) {
      setError({ onFile: true, message: `${file.name} could not be previewed: ${tooLarge}` });
      return;
    }
    setBusy('reading');
    try {
      const csv = csvText(await file.arrayBuffer());
      setLoaded({ fileName: file.name, csv, preview: await previewPlacements(api, csv) });
    } catch (caught) {
      setError({ onFile: true, message: `${file.name} could not be previewed: ${messageOf(caught)}` });
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    if (!loaded) return;
    setBusy('applying');
    setError(null);
    try {
      const result = await applyPlacements(api, loaded.csv);
      props.onClose();
      afterDialogClosed(null, () => announce({ kind: 'success', message: placedMessage(result) }));
    } catch (caught) {
      const onFile = caught instanceof ApiError && caught.field === 'csv';
      setError({ onFile, message: `Nothing was changed: ${messageOf(caught)}` });
      setBusy(null);
      if (onFile) document.getElementById('placements-file')?.focus();
    }
  };

  return (
    <div className="import-placements">
      <p id="import-placements-help" className="help">
        A CSV file with one employee per line, <code>userName,organization</code>, the organization as a path such as{' '}
        <code>Enterprise/Sales/EMEA</code>. A sheet with more columns works when its first row names the <code>userName</code> and{' '}
        <code>organization</code> columns; its columns of employee fields (<code>city</code> or City, as the export writes them)
        change those fields too, except the ones your identity provider manages. Semicolons and tabs, as Excel saves them, work
        too. You see what it would change before anything is written.
      </p>
      <div className="field">
        <label htmlFor="placements-file" className="field-label">
          Placements file (CSV)
        </label>
        <input
          id="placements-file"
          type="file"
          className="file-input"
          accept=".csv,text/csv"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'placements-error' : undefined}
          onChange={(event) => void pick(event)}
        />
        <FieldError id="placements-error" message={fileError} announce />
      </div>
      <p role="status" className="result-count">
        {busy === 'reading' ? 'Reading the file…' : loaded ? `${loaded.fileName}: ${previewSummary(loaded.preview)}` : ''}
      </p>
      {loaded ? <PlacementPreviewTables preview={loaded.preview} /> : null}
      <FieldError id="import-placements-error" message={error && !error.onFile ? error.message : null} announce />
      <div className="dialog-actions">
        <button type="button" className="button secondary" onClick={props.onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!loaded || !hasChanges(loaded.preview) || busy !== null}
          onClick={() => void apply()}
        >
          {busy === 'applying' ? 'Applying…' : applyLabel(loaded?.preview ?? NOTHING_LOADED)}
        </button>
      </div>
    </div>
  );
}
