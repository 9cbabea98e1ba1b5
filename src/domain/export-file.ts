// The file a device writes when a person exports unsynced priorities, and reads back on
// import (on the same or another device). Validated with the same Priority schema the store uses.
import * as v from 'valibot';
import { PrioritySchema } from './priority';

export const EXPORT_FORMAT = 'neighbourhood-priorities/unsynced';
export const EXPORT_VERSION = 1;
export const EXPORT_MAX_PRIORITIES = 10_000;

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT, 'this is not a file of priorities exported from this app'),
  version: v.literal(EXPORT_VERSION, `only export files of version ${EXPORT_VERSION} can be read`),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('exportedAt must be an ISO 8601 date-time')),
  priorities: v.pipe(
    v.array(PrioritySchema, 'priorities must be a list'),
    v.maxLength(EXPORT_MAX_PRIORITIES, `a file may hold at most ${EXPORT_MAX_PRIORITIES} priorities`),
  ),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

export const exportFileName = (at: Date) =>
  `priorities-unsent-${at.toISOString().slice(0, 16).replace(/[T:]/g, '-')}.json`;
