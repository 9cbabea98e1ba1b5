// The file a device writes when a person exports unsynced work, and reads back on import (on the
// same or another device): priorities, validated with the same schema the store uses, and "me too"
// supports not yet sent (version 2), and finished meetings waiting to be sent, each as the bundle the
// store receives (version 3). Older files are still read: they hold no supports (1) or meetings (1, 2).
import * as v from 'valibot';
import { BundleSchema, bundleRuleIssues } from './meeting-bundle-check';
import { CspCodeSchema, PrioritySchema } from './priority';
import { SupportSchema } from './support';
import { describeIssues } from './validation';

export const EXPORT_FORMAT = 'neighbourhood-priorities/unsynced';
export const EXPORT_VERSION = 3;
const READABLE_VERSIONS = [1, 2, 3] as const;
export const EXPORT_MAX_PRIORITIES = 10_000;
export const EXPORT_MAX_SUPPORTS = 10_000;
export const EXPORT_MAX_MEETINGS = 500;

/** A support as the store receives it, plus the CSP the backed priority belongs to. */
export const ExportedSupportSchema = v.strictObject({ ...SupportSchema.entries, cspCode: CspCodeSchema });
export type ExportedSupport = v.InferOutput<typeof ExportedSupportSchema>;

/** A finished meeting exactly as the store would receive it, checked by the store's own rules. */
export const ExportedMeetingSchema = v.pipe(
  BundleSchema,
  v.check(
    (b) => bundleRuleIssues(b).length === 0,
    (issue) =>
      describeIssues(bundleRuleIssues(issue.input as v.InferOutput<typeof BundleSchema>)) ||
      'not a meeting bundle',
  ),
);

export const ExportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT, 'this is not a file of priorities exported from this app'),
  version: v.picklist(
    READABLE_VERSIONS,
    `only export files of version 1 to ${READABLE_VERSIONS.at(-1)} can be read`,
  ),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('exportedAt must be an ISO 8601 date-time')),
  priorities: v.pipe(
    v.array(PrioritySchema, 'priorities must be a list'),
    v.maxLength(EXPORT_MAX_PRIORITIES, `a file may hold at most ${EXPORT_MAX_PRIORITIES} priorities`),
  ),
  supports: v.optional(
    v.pipe(
      v.array(ExportedSupportSchema, 'supports must be a list'),
      v.maxLength(EXPORT_MAX_SUPPORTS, `a file may hold at most ${EXPORT_MAX_SUPPORTS} supports`),
    ),
    [],
  ),
  meetings: v.optional(
    v.pipe(
      v.array(ExportedMeetingSchema, 'meetings must be a list'),
      v.maxLength(EXPORT_MAX_MEETINGS, `a file may hold at most ${EXPORT_MAX_MEETINGS} meetings`),
    ),
    [],
  ),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

export const exportFileName = (at: Date) =>
  `priorities-unsent-${at.toISOString().slice(0, 16).replace(/[T:]/g, '-')}.json`;
