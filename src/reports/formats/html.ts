// The consultation summary as one self-contained HTML page that reads well on screen and
// prints cleanly to PDF (A4, repeated table headers, no rows split across pages).
import type { ConsultationSummary } from '../../domain/summary';
import type { Figure } from './charts';
import { escapeXml as esc, headline, monthName, periodText, summaryTables, type TextTable } from './text';

const STYLE = `
:root { color: #0b0c0c; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height: 1.45; }
body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid #1d70b8; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; } .meta { color: #505a5f; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; color: #505a5f; padding-bottom: .25rem; caption-side: top; }
th, td { border-bottom: 1px solid #b1b4b6; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; } figcaption { color: #505a5f; font-size: .9rem; }
blockquote { border-left: 4px solid #1d70b8; margin: .75rem 0; padding: .25rem .75rem; } blockquote footer { color: #505a5f; font-size: .9rem; }
.note { background: #f3f2f1; padding: .5rem .75rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2, h3 { break-after: avoid; } table, figure, blockquote { break-inside: auto; }
  tr, figure, blockquote { break-inside: avoid; } thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}`;

function table(t: TextTable): string {
  const th = t.head
    .map((h, i) => `<th scope="col"${t.numeric.includes(i) ? ' class="n"' : ''}>${esc(h)}</th>`)
    .join('');
  const body = t.rows
    .map(
      (r) =>
        `<tr>${r
          .map((c, i) =>
            i === (t.numeric.includes(0) ? 1 : 0)
              ? `<th scope="row">${esc(c)}</th>`
              : `<td${t.numeric.includes(i) ? ' class="n"' : ''}>${esc(c)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  const content =
    t.rows.length > 0
      ? `<table><caption>${esc(t.caption ?? t.title)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
      : '<p>None in this period.</p>';
  return `<section aria-labelledby="t-${t.id}"><h3 id="t-${t.id}">${esc(t.title)}</h3>${content}</section>`;
}

function figure(f: Figure, n: number): string {
  // The SVG is decorative to assistive technology; the figure's own label carries the alt text.
  const svg = f.svg.replace('role="img"', 'aria-hidden="true" focusable="false"');
  return `<figure role="img" aria-label="${esc(f.alt)}">${svg}<figcaption>Figure ${n}: ${esc(f.title)}. ${esc(f.alt)}</figcaption></figure>`;
}

export function summaryToHtml(s: ConsultationSummary, figures: readonly Figure[] = []): string {
  const tables = summaryTables(s);
  const quotes = s.quotes
    .map(
      (q) =>
        `<blockquote><p>${esc(q.text)}</p><footer>${esc(q.themeLabel)}${q.areaName ? `, ${esc(q.areaName)}` : ''}, ${esc(monthName(q.month))}</footer></blockquote>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${esc(s.title)}</h1>
<p class="meta">${esc(periodText(s.period))}, compared with ${esc(periodText(s.comparison))}. Generated ${esc(s.generatedAt.slice(0, 10))}.</p>
<p>${esc(headline(s))}</p>
<h2>What residents raised</h2>
${figures.map((f, i) => figure(f, i + 1)).join('\n')}
${tables.map(table).join('\n')}
<h2>Who took part</h2>
<p class="note">${esc(s.participation.caveat)}</p>
${quotes ? `<h2>In residents’ words</h2>${quotes}` : ''}
<h2>Method</h2>
${s.method.map((m) => `<p><strong>${esc(m.heading)}.</strong> ${esc(m.text)}</p>`).join('\n')}
<h2>Caveats</h2>
<ul>${s.caveats.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<h2>Sources and licence</h2>
<ul>${s.attribution.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>
</main></body></html>
`;
}
