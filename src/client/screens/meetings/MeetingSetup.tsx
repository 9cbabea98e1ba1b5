// Setting up a PACT/NAG meeting on the device: works offline; the ward's last agenda is
// fetched when the store can be reached, or taken from the device's cache.
import { createSignal, For } from 'solid-js';
import {
  AGENCIES,
  AGENCY_LABELS,
  type Agency,
  DEFAULT_AGREED_COUNT,
  DEFAULT_VOTES_PER_ATTENDEE,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  type MeetingKind,
} from '../../../domain/meeting';
import type { ImportedPriority } from '../../../domain/police-uk';
import type { FieldIssue } from '../../../domain/validation';
import { setUpMeeting } from '../../meetings/actions';
import type { AppSession } from '../../session';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldError } from '../../ui/FieldError';
import { createFormErrors } from '../../ui/field-errors';
import { PoliceUkImport } from './PoliceUkImport';

/** Issue paths of the meeting's schema (src/domain/meeting.ts) to the fields that fix them. */
const SETUP_FIELDS = {
  wardCode: 'meeting-ward',
  date: 'meeting-date',
  venue: 'meeting-venue',
  chair: 'meeting-chair',
  votesPerAttendee: 'meeting-votes',
  agreedCount: 'meeting-agreed',
} as const;

const today = () => new Date().toISOString().slice(0, 10);

export function MeetingSetup(props: {
  session: AppSession;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = createSignal<MeetingKind>('pact');
  const [ward, setWard] = createSignal('');
  const [neighbourhood, setNeighbourhood] = createSignal('');
  const [date, setDate] = createSignal(today());
  const [venue, setVenue] = createSignal('');
  const [chair, setChair] = createSignal('');
  const [partners, setPartners] = createSignal<Agency[]>(['police']);
  const [votes, setVotes] = createSignal(DEFAULT_VOTES_PER_ATTENDEE);
  const [agreed, setAgreed] = createSignal(DEFAULT_AGREED_COUNT);
  const [imported, setImported] = createSignal<ImportedPriority[]>([]);
  const errors = createFormErrors(SETUP_FIELDS);
  const [busy, setBusy] = createSignal(false);
  const wards = () =>
    [...(props.session.boundaries()?.features ?? [])]
      .map((f) => f.properties)
      .sort((a, b) => a.name.localeCompare(b.name));
  const issueFor = errors.messageFor;

  async function submit() {
    const csp = props.session.cspCode();
    const missing: FieldIssue[] = [];
    if (!ward()) missing.push({ path: 'wardCode', message: 'Choose the ward the meeting covers.' });
    if (!csp) missing.push({ path: 'cspCode', message: 'Choose your area first.' });
    errors.show(missing);
    if (missing.length > 0 || !csp) return;
    setBusy(true);
    const result = await setUpMeeting(
      {
        cspCode: csp,
        kind: kind(),
        wardCode: ward(),
        ...(neighbourhood().trim() ? { neighbourhood: neighbourhood().trim() } : {}),
        date: date(),
        venue: venue(),
        chair: chair(),
        partners: partners(),
        attendance: 0,
        votesPerAttendee: votes(),
        agreedCount: agreed(),
      },
      imported(),
    );
    setBusy(false);
    if (!result.ok) return errors.show(result.issues);
    props.onCreated(result.value);
  }

  return (
    <section aria-labelledby="setup-heading" class="meeting-setup">
      <h2 id="setup-heading">Set up a meeting</h2>
      <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>Kind of meeting</legend>
          <For each={MEETING_KINDS}>
            {(k) => (
              <label class="radio">
                <input type="radio" name="kind" checked={kind() === k} onChange={() => setKind(k)} />
                {MEETING_KIND_LABELS[k]}
              </label>
            )}
          </For>
        </fieldset>
        <label for="meeting-ward">Ward</label>
        <FieldError fieldId="meeting-ward" message={issueFor('wardCode')} />
        <select
          id="meeting-ward"
          value={ward()}
          {...errors.fieldProps('wardCode')}
          onChange={(e) => setWard(e.currentTarget.value)}
        >
          <option value="">Choose a ward</option>
          <For each={wards()}>{(w) => <option value={w.code}>{w.name}</option>}</For>
        </select>
        <label for="meeting-neighbourhood">Police neighbourhood (optional)</label>
        <input
          id="meeting-neighbourhood"
          type="text"
          maxLength={120}
          value={neighbourhood()}
          onInput={(e) => setNeighbourhood(e.currentTarget.value)}
        />
        <label for="meeting-date">Date</label>
        <FieldError fieldId="meeting-date" message={issueFor('date')} />
        <input
          id="meeting-date"
          type="date"
          value={date()}
          {...errors.fieldProps('date')}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        <label for="meeting-venue">Venue</label>
        <FieldError fieldId="meeting-venue" message={issueFor('venue')} />
        <input
          id="meeting-venue"
          type="text"
          maxLength={200}
          value={venue()}
          {...errors.fieldProps('venue')}
          onInput={(e) => setVenue(e.currentTarget.value)}
        />
        <label for="meeting-chair">Chair</label>
        <FieldError fieldId="meeting-chair" message={issueFor('chair')} />
        <input
          id="meeting-chair"
          type="text"
          maxLength={120}
          value={chair()}
          {...errors.fieldProps('chair')}
          onInput={(e) => setChair(e.currentTarget.value)}
        />
        <fieldset>
          <legend>Partner agencies present</legend>
          <div class="chips">
            <For each={AGENCIES}>
              {(a) => (
                <label class="chip">
                  <input
                    type="checkbox"
                    checked={partners().includes(a)}
                    onChange={(e) =>
                      setPartners((list) =>
                        e.currentTarget.checked ? [...list, a] : list.filter((x) => x !== a),
                      )
                    }
                  />
                  {AGENCY_LABELS[a]}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <label for="meeting-votes">Votes per attendee</label>
        <FieldError fieldId="meeting-votes" message={issueFor('votesPerAttendee')} />
        <input
          id="meeting-votes"
          {...errors.fieldProps('votesPerAttendee')}
          type="number"
          min={1}
          max={10}
          value={votes()}
          onInput={(e) => setVotes(Number(e.currentTarget.value))}
        />
        <label for="meeting-agreed">Priorities to agree</label>
        <FieldError fieldId="meeting-agreed" message={issueFor('agreedCount')} />
        <input
          id="meeting-agreed"
          {...errors.fieldProps('agreedCount')}
          type="number"
          min={1}
          max={10}
          value={agreed()}
          onInput={(e) => setAgreed(Number(e.currentTarget.value))}
        />
        <PoliceUkImport items={imported()} onChange={setImported} />
        <button type="submit" class="primary" disabled={busy()}>
          Start the meeting
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          Back to meetings
        </button>
      </form>
    </section>
  );
}
