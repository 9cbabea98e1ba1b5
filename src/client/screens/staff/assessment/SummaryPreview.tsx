// The consultation summary as the officer previews it before downloading: the headline, the
// ranked themes, the wards and the caveats, with suppressed counts shown as "<5".
import { For, Show } from 'solid-js';
import type { ConsultationSummary, Count } from '../../../../domain/summary';
import { formatDate } from '../../../ui/dates';

const count = (n: Count) => (n === null ? '<5' : n.toLocaleString('en-GB'));
const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)}%`);

export function SummaryPreview(props: { summary: ConsultationSummary }) {
  const s = () => props.summary;
  const ranked = () =>
    s()
      .themes.filter((t) => t.rank !== null)
      .slice(0, 10);
  const wards = () =>
    s()
      .wards.filter((w) => w.total !== null && w.total > 0)
      .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
      .slice(0, 10);
  return (
    <section aria-labelledby="preview-heading" class="summary-preview">
      <h3 id="preview-heading">{s().title}</h3>
      <p>
        {count(s().total)} priorities from {formatDate(s().period.from)} to {formatDate(s().period.to)};{' '}
        {count(s().previousTotal)} in the comparison period ({formatDate(s().comparison.from)} to{' '}
        {formatDate(s().comparison.to)}).
      </p>
      <table>
        <caption>Top themes by priorities raised</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Theme</th>
            <th scope="col">Priorities</th>
            <th scope="col">Share (95% interval)</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          <For each={ranked()}>
            {(t) => (
              <tr>
                <td>{t.rank}</td>
                <th scope="row">{t.themeLabel}</th>
                <td>{count(t.count)}</td>
                <td>
                  {pct(t.share)} ({pct(t.interval?.low ?? null)}–{pct(t.interval?.high ?? null)})
                </td>
                <td>
                  {t.change
                    ? `${t.change.points > 0 ? '+' : ''}${t.change.points.toFixed(1)} pts${t.change.significant ? ', significant' : ''}`
                    : '–'}
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={s().themes.some((t) => t.rank === null)}>
        <p class="meta">
          Themes with fewer than 5 priorities, or hidden to protect small counts:{' '}
          {s()
            .themes.filter((t) => t.rank === null)
            .map((t) => t.themeLabel)
            .join(', ')}
          .
        </p>
      </Show>
      <Show when={wards().length > 0}>
        <table>
          <caption>Wards with the most priorities</caption>
          <thead>
            <tr>
              <th scope="col">Ward</th>
              <th scope="col">Priorities</th>
              <th scope="col">Per 1,000 residents</th>
              <th scope="col">Top theme</th>
            </tr>
          </thead>
          <tbody>
            <For each={wards()}>
              {(w) => (
                <tr>
                  <th scope="row">{w.name}</th>
                  <td>{count(w.total)}</td>
                  <td>{w.ratePer1000 === null ? '–' : w.ratePer1000.toFixed(1)}</td>
                  <td>{w.topThemes[0]?.themeLabel ?? '–'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={s().records !== s().total}>
        <p class="meta">
          Priorities count each resident who raised one: {count(s().records)} records, as some patrol records
          stood for several residents in one conversation.
        </p>
      </Show>
      <h4>Who took part</h4>
      <For
        each={
          [
            ['Age', s().participation.age],
            ['Sex', s().participation.sex],
          ] as const
        }
      >
        {([label, rows]) => (
          <Show when={rows}>
            {(list) => (
              <table>
                <caption>Who took part by {label.toLowerCase()}, against residents</caption>
                <thead>
                  <tr>
                    <th scope="col">{label}</th>
                    <th scope="col">Took part</th>
                    <th scope="col">Share of those who said</th>
                    <th scope="col">Share of residents</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(p) => (
                      <tr>
                        <th scope="row">{p.label}</th>
                        <td>{count(p.participants)}</td>
                        <td>{pct(p.participantShare)}</td>
                        <td>{pct(p.residentShare)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            )}
          </Show>
        )}
      </For>
      <p>{s().participation.caveat}</p>
      <details>
        <summary>Method and caveats</summary>
        <For each={s().method}>
          {(m) => (
            <p>
              <strong>{m.heading}.</strong> {m.text}
            </p>
          )}
        </For>
        <ul>
          <For each={s().caveats}>{(c) => <li>{c}</li>}</For>
        </ul>
      </details>
    </section>
  );
}
