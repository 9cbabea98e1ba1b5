// "This device": whether the browser protects the app's storage, what is not yet in the
// store (with export and import), and "clear this device" for shared handsets and tablets.
import { createResource, createSignal, Show } from 'solid-js';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, exportFileName } from '../../../domain/export-file';
import { check } from '../../../domain/validation';
import { t } from '../../i18n/i18n';
import { clearDevice, deviceContents } from '../../store/clear-device';
import { createLiveQuery } from '../../store/live';
import { unsyncedMeetings } from '../../store/meeting-transfer';
import { requestPersistence, type StorageStatus, storageStatus } from '../../store/persistence';
import type { OutboxStats } from '../../store/priorities';
import { importUnsynced, unsyncedPriorities, unsyncedSupports } from '../../store/transfer';
import { ageOf } from '../../ui/age-text';
import { saveTextFile } from '../../ui/save-file';

const PERSISTENCE_TEXT = {
  persisted: 'Protected: the browser will not clear saved priorities to free up space.',
  'not-granted':
    'Not protected: this browser did not grant persistent storage, so it may clear the app’s data if the device runs short of space. Export anything unsent if you are worried, or install the app to its home screen and ask again.',
  unsupported: 'This browser cannot protect the app’s storage. Export anything unsent if you are worried.',
} as const;

const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? '?' : (bytes / 1_048_576).toLocaleString('en-GB', { maximumFractionDigits: 1 });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 unsent priorities, 1 unsent “me too” and 1 unsent meeting", leaving out a kind there are none of. */
function itemsText(priorities: number, supports: number, meetings: number, adjective = ''): string {
  const parts = [
    priorities > 0 || supports + meetings === 0
      ? plural(priorities, `${adjective}priority`, `${adjective}priorities`)
      : '',
    supports > 0 ? plural(supports, `${adjective}“me too”`, `${adjective}“me too”s`) : '',
    meetings > 0 ? plural(meetings, `${adjective}meeting`, `${adjective}meetings`) : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

export function DeviceView(props: { outbox: OutboxStats; onChanged?: () => void }) {
  const [storage, { mutate }] = createResource<StorageStatus>(storageStatus);
  const contents = createLiveQuery(deviceContents, { priorities: 0, waiting: 0, refused: 0, supports: 0 });
  const [transferMessage, setTransferMessage] = createSignal('');
  const [clearMessage, setClearMessage] = createSignal('');
  const [confirming, setConfirming] = createSignal(false);

  async function exportUnsent() {
    const priorities = await unsyncedPriorities();
    const supports = await unsyncedSupports();
    const meetings = await unsyncedMeetings();
    if (priorities.length + supports.length + meetings.length === 0) {
      return setTransferMessage('Nothing to export: everything has been sent.');
    }
    const at = new Date();
    const file = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: at.toISOString(),
      priorities,
      supports,
      meetings,
    };
    saveTextFile(exportFileName(at), JSON.stringify(file, null, 1), 'application/json');
    setTransferMessage(
      `Exported ${itemsText(priorities.length, supports.length, meetings.length, 'unsent ')} to ${exportFileName(at)}.`,
    );
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      return setTransferMessage(`${file.name} is not a file exported from this app (it is not JSON).`);
    }
    const checked = check(ExportFileSchema, parsed);
    if (!checked.ok) {
      const first = checked.issues[0];
      return setTransferMessage(`${file.name} cannot be imported: ${first?.path}: ${first?.message}.`);
    }
    const outcome = await importUnsynced(checked.value);
    const supportsText =
      checked.value.supports.length === 0
        ? ''
        : ` ${plural(outcome.supportsAdded, '“me too”', '“me too”s')} imported; ${outcome.supportsAlreadyHeld} already on this device.`;
    const meetingsText =
      checked.value.meetings.length === 0
        ? ''
        : ` ${plural(outcome.meetingsAdded, 'meeting', 'meetings')} imported; ${outcome.meetingsAlreadyHeld} already on this device (a meeting is sent once a PCSO, officer or administrator is signed in).`;
    setTransferMessage(
      `Imported ${plural(outcome.added, 'priority', 'priorities')}; ${outcome.alreadyHeld} already on this device.${supportsText}${meetingsText} They will be sent when you are online.`,
    );
    props.onChanged?.();
  }

  async function clear() {
    setConfirming(false);
    const outcome = await clearDevice();
    if (outcome.ok) {
      const supports =
        outcome.supportsRemoved === 0
          ? ''
          : ` and ${plural(outcome.supportsRemoved, '“me too”', '“me too”s')}`;
      return setClearMessage(
        `This device has been cleared: ${outcome.removed} sent ${outcome.removed === 1 ? 'priority' : 'priorities'}${supports} removed.`,
      );
    }
    const items = itemsText(
      outcome.waiting - outcome.supportsWaiting - outcome.meetingsWaiting,
      outcome.supportsWaiting,
      outcome.meetingsWaiting,
    );
    setClearMessage(
      `Not cleared: ${items} ${outcome.waiting === 1 ? 'has' : 'have'} not reached the store yet. Go online to send them, or export them first.`,
    );
  }

  return (
    <section aria-labelledby="device-heading" class="device-view">
      <h2 id="device-heading">This device</h2>

      <h3>Storage</h3>
      <Show when={storage()} fallback={<p>Checking storage…</p>}>
        {(s) => (
          <>
            <p class={`persistence persistence-${s().persistence}`}>{PERSISTENCE_TEXT[s().persistence]}</p>
            <p class="hint">
              Using {megabytes(s().usageBytes)} MB of {megabytes(s().quotaBytes)} MB available.
            </p>
            <Show when={s().persistence === 'not-granted'}>
              <button
                type="button"
                class="secondary"
                onClick={async () => mutate(await requestPersistence())}
              >
                Ask to protect storage again
              </button>
            </Show>
          </>
        )}
      </Show>

      <h3>Not yet sent</h3>
      <p>
        {props.outbox.waiting === 0
          ? 'Everything recorded on this device has reached the store.'
          : t('device.waiting', { count: props.outbox.waiting, ...ageOf(props.outbox.oldestQueuedAt) })}
        <Show when={props.outbox.supports > 0}>
          {' '}
          Of these, {plural(props.outbox.supports, 'is a “me too”', 'are “me too”s')}.
        </Show>
        <Show when={contents().refused > 0}> {contents().refused} not accepted by the store.</Show>
      </p>
      <div class="button-row">
        <button type="button" class="secondary" onClick={exportUnsent}>
          Export unsent items to a file
        </button>
      </div>
      <label for="import-file">Import unsent items from an exported file</label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          void importFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      <p role="status" aria-live="polite">
        {transferMessage()}
      </p>

      <h3>Clear this device</h3>
      <p class="hint">
        On a shared phone or tablet, remove what was recorded here once it has all reached the store. The area
        and map stay.
      </p>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            Clear this device
          </button>
        }
      >
        <p>
          Remove {contents().priorities} {contents().priorities === 1 ? 'priority' : 'priorities'} and any
          unfinished draft from this device?
          <Show when={contents().refused > 0}>
            {' '}
            This includes {contents().refused} the store did not accept.
          </Show>
        </p>
        <div class="button-row">
          <button type="button" class="secondary" onClick={clear}>
            Yes, clear this device
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      </Show>
      <p role="status" aria-live="polite">
        {clearMessage()}
      </p>
    </section>
  );
}
