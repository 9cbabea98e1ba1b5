// Meetings: a device uploads a whole meeting as one bundle (sent by a signed-in PCSO, officer or
// administrator of the meeting's CSP, or with the send grant one of them gave the meeting while
// signed in, so a session that idled out during the meeting does not hold it up); staff read
// records, export them (JSON, Markdown, DOCX, CSV, police.uk shape); anyone may read a ward's agenda (what the last meeting agreed and the
// progress on it, moderated text only, as police.uk publishes for neighbourhoods).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { MeetingIdSchema } from '../../domain/meeting';
import { checkMeetingBundle } from '../../domain/meeting-bundle-check';
import { MEETINGS_API, sendGrantPath } from '../../domain/meetings-api';
import { toPoliceUk } from '../../domain/police-uk';
import { AreaCodeSchema, CspCodeSchema } from '../../domain/priority';
import { SUPPORTED_PROTOCOLS, unsupportedProtocolMessage } from '../../domain/sync-protocol';
import { themeLabel } from '../../domain/taxonomy/themes';
import { check } from '../../domain/validation';
import { meetingRecordCsv } from '../../reports/meeting-record-csv';
import { meetingRecordDocx } from '../../reports/meeting-record-docx';
import { meetingRecordMarkdown } from '../../reports/meeting-record-md';
import { tieChoiceNote } from '../../reports/meeting-record-tie';
import { audit } from '../auth/audit';
import { assertCspAccess, bearerToken, requireStaff, staffOf } from '../auth/guard';
import type { Db } from '../db/tables';
import { invalid, sendError } from '../errors';
import type { AssignPlace } from '../geo/area-index';
import { publicMeetingAgenda } from '../store/meetings/public-agenda';
import { listMeetings, meetingRecord } from '../store/meetings/read';
import { checkSendGrant, isSendGrant, issueSendGrant } from '../store/meetings/send-grants';
import { BundleConflict, storeMeetingBundle } from '../store/meetings/store-bundle';
import { bundleNeighbourhoodIssues } from '../store/neighbourhood-choices';
import { findInScope } from './scoped';

const RecordQuery = v.object({
  format: v.optional(
    v.picklist(['json', 'md', 'docx', 'csv'], 'format must be json, md, docx or csv'),
    'json',
  ),
});
const AgendaQuery = v.object({ ward: AreaCodeSchema });

/** The meeting named in the path, once the signed-in person may see its CSP; undefined when answered. */
const scopedRecord = (db: Db, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) =>
  findInScope(request, reply, {
    id: MeetingIdSchema,
    find: (id) => meetingRecord(db, id),
    cspOf: (record) => record.meeting.cspCode,
    what: 'meeting',
  });

const GrantRequest = v.strictObject({
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  cspCode: CspCodeSchema,
});

export function meetingRoutes(
  app: FastifyInstance,
  db: Db,
  assign: AssignPlace,
  options: { readonly sendGrantHours: number },
): void {
  const sessionGuard = requireStaff('run-meeting');
  // Least privilege on a shared device: the meeting runs offline with nobody signed in, but only
  // a staff member who may run meetings in the meeting's CSP can put it into the store: signed
  // in now, or through the single-use grant they gave this meeting on this device earlier.
  app.post(MEETINGS_API.bundles, async (request, reply) => {
    const token = bearerToken(request);
    const viaGrant = token !== undefined && (await isSendGrant(db, token));
    if (!viaGrant) {
      await sessionGuard.call(app, request, reply);
      if (reply.sent) return reply;
    }
    const checked = checkMeetingBundle(request.body);
    if (!checked.ok) {
      if (checked.unsupportedProtocol !== undefined)
        return sendError(reply, 400, {
          error: 'unsupported_protocol',
          message: unsupportedProtocolMessage(checked.unsupportedProtocol),
          supportedProtocols: SUPPORTED_PROTOCOLS,
        });
      return invalid(reply, checked.issues);
    }
    let grantHash: string | undefined;
    if (viaGrant) {
      const grant = await checkSendGrant(db, token, checked.value);
      if (!grant.ok)
        return sendError(reply, grant.status, {
          error: grant.status === 401 ? 'unauthorized' : 'forbidden',
          message: grant.message,
        });
      // The staff member who gave the grant sends it (and is audited), with their rights as they are now.
      request.staff = grant.staff;
      grantHash = grant.hash;
    }
    assertCspAccess(request, checked.value.meeting.cspCode);
    const unlisted = await bundleNeighbourhoodIssues(db, checked.value.priorities);
    if (unlisted.length > 0) return invalid(reply, unlisted);
    try {
      return await storeMeetingBundle(db, checked.value, assign, staffOf(request), undefined, grantHash);
    } catch (error) {
      if (error instanceof BundleConflict)
        return sendError(reply, 409, { error: 'conflict', message: `Meeting not stored: ${error.message}.` });
      throw error;
    }
  });

  // Asked by the device while its PCSO is signed in and online (at the meeting's start).
  app.post<{ Params: { id: string } }>(
    sendGrantPath(':id'),
    { preHandler: sessionGuard },
    async (request, reply) => {
      const id = check(MeetingIdSchema, request.params.id);
      if (!id.ok)
        return invalid(
          reply,
          id.issues.map((i) => ({ ...i, path: 'id' })),
        );
      const body = check(GrantRequest, request.body ?? {});
      if (!body.ok) return invalid(reply, body.issues);
      assertCspAccess(request, body.value.cspCode);
      const grant = await issueSendGrant(
        db,
        staffOf(request),
        { meetingId: id.value, ...body.value },
        options.sendGrantHours * 3_600_000,
      );
      if (!grant)
        return sendError(reply, 409, {
          error: 'conflict',
          message: 'This meeting is already in the consultation store: there is nothing left to authorise.',
        });
      return reply.code(201).send(grant);
    },
  );

  app.get<{ Params: { code: string }; Querystring: Record<string, unknown> }>(
    MEETINGS_API.agenda(':code'),
    async (request, reply) => {
      const csp = check(CspCodeSchema, request.params.code);
      const query = check(AgendaQuery, { ...request.query });
      if (!csp.ok)
        return invalid(
          reply,
          csp.issues.map((i) => ({ ...i, path: 'code' })),
        );
      if (!query.ok) return invalid(reply, query.issues);
      reply.header('cache-control', 'no-store');
      return publicMeetingAgenda(db, csp.value, query.value.ward);
    },
  );

  app.get<{ Params: { code: string } }>(
    MEETINGS_API.list(':code'),
    { preHandler: requireStaff('read') },
    async (request, reply) => {
      assertCspAccess(request, request.params.code);
      reply.header('cache-control', 'no-store');
      return { items: await listMeetings(db, request.params.code) };
    },
  );

  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>(
    MEETINGS_API.record(':id'),
    { preHandler: requireStaff('read') },
    async (request, reply) => {
      const query = check(RecordQuery, { ...request.query });
      if (!query.ok) return invalid(reply, query.issues);
      const record = await scopedRecord(db, request, reply);
      if (!record) return reply;
      reply.header('cache-control', 'no-store');
      const name = `meeting-${record.meeting.date}-${record.meeting.wardCode}`;
      if (query.value.format !== 'json')
        await audit(db, staffOf(request), 'export-meeting-record', {
          cspCode: record.meeting.cspCode,
          targetId: record.meeting.id,
          format: query.value.format,
        });
      if (query.value.format === 'md')
        return reply
          .type('text/markdown; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.md"`)
          .send(meetingRecordMarkdown(record));
      if (query.value.format === 'csv')
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(meetingRecordCsv(record));
      if (query.value.format === 'docx')
        return reply
          .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', `attachment; filename="${name}.docx"`)
          .send(await meetingRecordDocx(record));
      return record;
    },
  );

  app.get<{ Params: { id: string } }>(
    MEETINGS_API.policeUk(':id'),
    { preHandler: requireStaff('export') },
    async (request, reply) => {
      const record = await scopedRecord(db, request, reply);
      if (!record) return reply;
      await audit(db, staffOf(request), 'export-police-uk', {
        cspCode: record.meeting.cspCode,
        targetId: record.meeting.id,
      });
      return toPoliceUk(
        record.agreed.map((a) => ({
          issue: [
            a.description ? `${themeLabel(a.themeKey)}: ${a.description}` : themeLabel(a.themeKey),
            tieChoiceNote(record.tie, a.priorityId),
          ]
            .filter(Boolean)
            .join(' '),
          meetingDate: record.meeting.date,
          action: a.response?.action || a.action,
          actionDate: a.response?.action ? a.response.respondedAt : null,
        })),
      );
    },
  );
}
