// The consultation summary as the officer previews it before downloading: the headline, the
// ranked themes, the wards and the caveats, with the real counts. Each cell publication will
// hide says so in words ("(hidden when published)"), not by colour; every file and the public
// summary keep hiding it.
import { For, type JSX, Show } from 'solid-js';
import type { ConsultationSummary, Count, StaffSummaryPreview } from '../../../../domain/summary';
import { formatDate } from '../../../ui/dates';

const count = (n: Count) => (n === null ? '<5' : n.toLocaleString('en-GB'));
const pct = (n: number | null) => (n === null ? '–' : `${(n * 100).toFixed(1)}%`);

/** A real value; marked when publication hides it (published is null where the real one is not). */
function Cell(props: { real: string; hidden: boolean }): JSX.Element {
  return (
    <>
      {props.real}
      <Show when={props.hidden}>
        {' '}
        <span class="hidden-mark">
          <span aria-hidden="true">(hidden)</span>
          <span class="visually-hidden">(hidden when published)</span>
        </span>
      </Show>
    </>
  );
}

export function SummaryPreview(props: { summary: StaffSummaryPreview }) {
  const s = (): ConsultationSummary => props.summary;
  const real = () => props.summary.actual;
  const published = (themeKey: string) => s().themes.find((t) => t.themeKey === themeKey);
  const publishedWard = (code: string | null) => s().wards.find((w) => w.code === code);
  // Ranked by the real counts: every theme raised, even when each is under 5.
  const ranked = () =>
    real()
      .themes.filter((t) => t.rank !== null)
      .slice(0, 10);
  const wards = () =>
    real()
      .wards.filter((w) => w.total !== null && w.total > 0)
      .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
      .slice(0, 10);
  const anyHidden = () =>
    s().total === null || s().themes.some((t) => t.count === null) || s().wards.some((w) => w.total === null);
  return (
    <section aria-labelledby="preview-heading" class="summary-preview">
      <h3 id="preview-heading">{s().title}</h3>
      <p>
        <Cell real={count(real().total)} hidden={s().total === null} /> priorities from{' '}
        {formatDate(s().period.from)} to {formatDate(s().period.to)};{' '}
        <Cell real={count(real().previousTotal)} hidden={s().previousTotal === null} /> in the comparison
        period ({formatDate(s().comparison.from)} to {formatDate(s().comparison.to)}).
      </p>
      <Show when={anyHidden()}>
        <p class="signpost">
          You see the real counts here. Counts marked “(hidden)” are hidden when published: every file you
          download and the public summary show them as “&lt;5” or leave them out, to protect the people behind
          small numbers.
        </p>
      </Show>
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
            {(t) => {
              const shown = () => published(t.themeKey);
              return (
                <tr>
                  <td>
                    <Cell real={String(t.rank)} hidden={shown()?.rank == null} />
                  </td>
                  <th scope="row">{t.themeLabel}</th>
                  <td>
                    <Cell real={count(t.count)} hidden={shown()?.count == null} />
                  </td>
                  <td>
                    <Cell
                      real={`${pct(t.share)} (${pct(t.interval?.low ?? null)}–${pct(t.interval?.high ?? null)})`}
                      hidden={shown()?.share == null}
                    />
                  </td>
                  <td>
                    <Show when={t.change} fallback="–">
                      {(c) => (
                        <Cell
                          real={`${c().points > 0 ? '+' : ''}${c().points.toFixed(1)} pts${c().significant ? ', significant' : ''}`}
                          hidden={shown()?.change == null}
                        />
                      )}
                    </Show>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
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
              {(w) => {
                const shown = () => publishedWard(w.code);
                const top = () => w.topThemes[0];
                return (
                  <tr>
                    <th scope="row">{w.name}</th>
                    <td>
                      <Cell real={count(w.total)} hidden={shown()?.total == null} />
                    </td>
                    <td>
                      <Show when={w.ratePer1000 !== null} fallback="–">
                        <Cell real={(w.ratePer1000 ?? 0).toFixed(1)} hidden={shown()?.ratePer1000 == null} />
                      </Show>
                    </td>
                    <td>
                      <Show when={top()} fallback="–">
                        {(theme) => (
                          <Cell
                            real={theme().themeLabel}
                            hidden={!shown()?.topThemes.some((x) => x.themeKey === theme().themeKey)}
                          />
                        )}
                      </Show>
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={real().records !== real().total}>
        <p class="meta">
          Priorities count each resident who raised one:{' '}
          <Cell real={count(real().records)} hidden={s().records === null} /> records, as some patrol records
          stood for several residents in one conversation.
        </p>
      </Show>
      <h4>Who took part</h4>
      <For
        each={
          [
            ['Age', real().participation.age, s().participation.age],
            ['Sex', real().participation.sex, s().participation.sex],
          ] as const
        }
      >
        {([label, rows, shownRows]) => (
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
                        <td>
                          <Cell
                            real={count(p.participants)}
                            hidden={shownRows?.find((x) => x.key === p.key)?.participants == null}
                          />
                        </td>
                        <td>
                          <Cell
                            real={pct(p.participantShare)}
                            hidden={
                              p.participantShare !== null &&
                              shownRows?.find((x) => x.key === p.key)?.participantShare == null
                            }
                          />
                        </td>
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
