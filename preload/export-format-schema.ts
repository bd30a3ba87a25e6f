// The export-file channels' `format` member (activity-contract.ts, audit-contract.ts, employees-contract.ts). Pure.
import { z } from 'zod';
import { EXPORT_FORMATS } from './export-formats';

export const exportFormat = z.enum(EXPORT_FORMATS, { error: 'Format is csv or json.' });
