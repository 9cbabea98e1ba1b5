// Setting up a PACT/NAG meeting on the device: works offline; the ward's last agenda is
// fetched when the store can be reached, or taken from the device's cache.
import { createSignal, For, Show } from 'solid-js';
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
import { PoliceUkImport } from './PoliceUkImport';

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
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [busy, setBusy] = createSignal(false);
  const wards = () =>
    [...(props.session.boundaries()?.features ?? [])]
      .map((f) => f.properties)
      .sort((a, b) => a.name.localeCompare(b.name));
  const issueFor = (path: string) => issues().find((i) => i.path === path)?.message ?? '';

  async function submit() {
    const csp = props.session.cspCode();
    if (!ward()) return setIssues([{ path: 'wardCode', message: 'Choose the ward the meeting covers.' }]);
    if (!csp) return setIssues([{ path: 'cspCode', message: 'Choose your area first.' }]);
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
    if (!result.ok) return setIssues(result.issues);
    props.onCreated(result.value);
  }

  return (
    <section aria-labelledby="setup-heading" class="meeting-setup">
      <h2 id="setup-heading">Set up a meeting</h2>
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
        <select
          id="meeting-ward"
          value={ward()}
          aria-describedby="meeting-ward-error"
          onChange={(e) => setWard(e.currentTarget.value)}
        >
          <option value="">Choose a ward</option>
          <For each={wards()}>{(w) => <option value={w.code}>{w.name}</option>}</For>
        </select>
        <p id="meeting-ward-error" class="error" role={issueFor('wardCode') ? 'alert' : undefined}>
          {issueFor('wardCode')}
        </p>
        <label for="meeting-neighbourhood">Police neighbourhood (optional)</label>
        <input
          id="meeting-neighbourhood"
          type="text"
          maxLength={120}
          value={neighbourhood()}
          onInput={(e) => setNeighbourhood(e.currentTarget.value)}
        />
        <label for="meeting-date">Date</label>
        <input id="meeting-date" type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        <p class="error">{issueFor('date')}</p>
        <label for="meeting-venue">Venue</label>
        <input
          id="meeting-venue"
          type="text"
          maxLength={200}
          value={venue()}
          aria-describedby="meeting-venue-error"
          onInput={(e) => setVenue(e.currentTarget.value)}
        />
        <p id="meeting-venue-error" class="error" role={issueFor('venue') ? 'alert' : undefined}>
          {issueFor('venue')}
        </p>
        <label for="meeting-chair">Chair</label>
        <input
          id="meeting-chair"
          type="text"
          maxLength={120}
          value={chair()}
          aria-describedby="meeting-chair-error"
          onInput={(e) => setChair(e.currentTarget.value)}
        />
        <p id="meeting-chair-error" class="error" role={issueFor('chair') ? 'alert' : undefined}>
          {issueFor('chair')}
        </p>
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
        <input
          id="meeting-votes"
          type="number"
          min={1}
          max={10}
          value={votes()}
          onInput={(e) => setVotes(Number(e.currentTarget.value))}
        />
        <label for="meeting-agreed">Priorities to agree</label>
        <input
          id="meeting-agreed"
          type="number"
          min={1}
          max={10}
          value={agreed()}
          onInput={(e) => setAgreed(Number(e.currentTarget.value))}
        />
        <p class="error">{issueFor('votesPerAttendee') || issueFor('agreedCount')}</p>
        <PoliceUkImport items={imported()} onChange={setImported} />
        <Show when={issues().some((i) => !['wardCode', 'venue', 'chair', 'date'].includes(i.path))}>
          <p class="error" role="alert">
            {issues()
              .map((i) => i.message)
              .join(' ')}
          </p>
        </Show>
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
