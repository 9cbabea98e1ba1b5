// The officer screen for the strategic assessment section: choose CSP(s), period and
// comparison, preview the summary, download each format. Heavy building happens on the server.
import { createSignal, For, onCleanup, Show } from 'solid-js';
import type { StaffSummaryPreview } from '../../../../domain/summary';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  FORMAT_LABELS,
  type SummaryQueryParams,
} from '../../../../domain/summary-export';
import { downloadExport, fetchSummary } from '../../../sync/summary-api';
import { SummaryPreview } from './SummaryPreview';
import './summary-export.css';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function lastTwelveMonths(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: isoDay(from), to: isoDay(to) };
}

/** Saves a downloaded file the way a link with `download` would. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function SummaryExportView(props: { cspCodes: readonly string[]; cspName: (code: string) => string }) {
  const initial = lastTwelveMonths();
  const [chosen, setChosen] = createSignal<string[]>(props.cspCodes.slice(0, 1));
  const [from, setFrom] = createSignal(initial.from);
  const [to, setTo] = createSignal(initial.to);
  const [custom, setCustom] = createSignal(false);
  const [compareFrom, setCompareFrom] = createSignal('');
  const [compareTo, setCompareTo] = createSignal('');
  const [summary, setSummary] = createSignal<StaffSummaryPreview>();
  const [working, setWorking] = createSignal<string>();
  const [seconds, setSeconds] = createSignal(0);
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal('');
  let timer: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(timer));

  const query = (): SummaryQueryParams => ({
    csp: chosen().join(','),
    from: from(),
    to: to(),
    ...(custom() ? { compareFrom: compareFrom(), compareTo: compareTo() } : {}),
  });

  function problem(): string | undefined {
    if (chosen().length === 0) return 'Choose at least one CSP.';
    if (!from() || !to()) return 'Enter the start and end of the period.';
    if (from() > to()) return 'The period must start on or before its end.';
    if (custom() && (!compareFrom() || !compareTo())) return 'Enter both dates of the comparison period.';
    return undefined;
  }

  // One job at a time; the counter shows that long work (a county's Word document) is moving.
  async function run(what: string, job: () => Promise<void>) {
    const p = problem();
    setError(p ?? '');
    setMessage('');
    if (p) return;
    setWorking(what);
    setSeconds(0);
    timer = setInterval(() => setSeconds((n) => n + 1), 1000);
    try {
      await job();
    } finally {
      clearInterval(timer);
      setWorking(undefined);
    }
  }

  const preview = () =>
    run('the preview', async () => {
      const answer = await fetchSummary(query());
      if (answer.ok) setSummary(answer.value);
      else setError(answer.message);
    });

  const download = (format: ExportFormat) =>
    run(FORMAT_LABELS[format].toLowerCase(), async () => {
      const answer = await downloadExport(query(), format);
      if (!answer.ok) {
        setError(answer.message);
        return;
      }
      saveFile(answer.value.blob, answer.value.fileName);
      setMessage(`Downloaded ${answer.value.fileName}.`);
    });

  const toggle = (code: string, on: boolean) =>
    setChosen((list) => (on ? [...new Set([...list, code])] : list.filter((c) => c !== code)));

  return (
    <section aria-labelledby="summary-export-heading" class="summary-export">
      <h3 id="summary-export-heading">Strategic assessment: what residents want prioritised</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void preview();
        }}
      >
        <fieldset>
          <legend>Community Safety Partnerships</legend>
          <For each={props.cspCodes}>
            {(code) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={chosen().includes(code)}
                  onChange={(e) => toggle(code, e.currentTarget.checked)}
                />{' '}
                {props.cspName(code)}
              </label>
            )}
          </For>
        </fieldset>
        <fieldset>
          <legend>Period</legend>
          <label>
            From <input type="date" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} required />
          </label>
          <label>
            To <input type="date" value={to()} onInput={(e) => setTo(e.currentTarget.value)} required />
          </label>
        </fieldset>
        <fieldset>
          <legend>Compare with</legend>
          <label class="check">
            <input type="radio" name="compare" checked={!custom()} onChange={() => setCustom(false)} /> The
            period of the same length just before
          </label>
          <label class="check">
            <input type="radio" name="compare" checked={custom()} onChange={() => setCustom(true)} /> A period
            I choose
          </label>
          <Show when={custom()}>
            <label>
              Comparison from{' '}
              <input
                type="date"
                value={compareFrom()}
                onInput={(e) => setCompareFrom(e.currentTarget.value)}
              />
            </label>
            <label>
              Comparison to{' '}
              <input type="date" value={compareTo()} onInput={(e) => setCompareTo(e.currentTarget.value)} />
            </label>
          </Show>
        </fieldset>
        <button type="submit" class="primary" disabled={working() !== undefined}>
          Preview the section
        </button>
      </form>
      <div role="status" aria-live="polite">
        <Show when={working()}>
          {(what) => (
            <p>
              <progress aria-label={`Preparing ${what()}`} /> Preparing {what()}…{' '}
              {seconds() > 0 ? `${seconds()} s` : ''}
            </p>
          )}
        </Show>
        {message()}
      </div>
      <Show when={error()}>
        <p role="alert" class="signpost">
          {error()}
        </p>
      </Show>
      <Show when={summary()}>
        {(s) => (
          <>
            <SummaryPreview summary={s()} />
            <h4>Download</h4>
            <ul class="downloads">
              <For each={EXPORT_FORMATS}>
                {(format) => (
                  <li>
                    <button
                      type="button"
                      class="secondary"
                      disabled={working() !== undefined}
                      onClick={() => void download(format)}
                    >
                      Download {FORMAT_LABELS[format]}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>
    </section>
  );
}
