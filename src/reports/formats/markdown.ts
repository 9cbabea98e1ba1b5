// The consultation summary as Markdown: headings, pipe tables, quotes, method note, attribution.
import type { ConsultationSummary } from '../../domain/summary';
import { headline, monthName, periodText, summaryTables, type TextTable } from './text';

// Pipes and line breaks would break a table row; backslashes and asterisks would start markup.
const cell = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[*_`]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, ' ');

function table(t: TextTable): string {
  const align = t.head.map((_, i) => (t.numeric.includes(i) ? '---:' : '---'));
  const lines = [
    `| ${t.head.map(cell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return `### ${t.title}\n\n${t.caption ? `${t.caption}\n\n` : ''}${t.rows.length > 0 ? lines.join('\n') : '_None in this period._'}\n`;
}

export function summaryToMarkdown(s: ConsultationSummary): string {
  const out: string[] = [];
  out.push(`# ${s.title}\n`);
  out.push(
    `${periodText(s.period)}, compared with ${periodText(s.comparison)}. Generated ${s.generatedAt.slice(0, 10)}.\n`,
  );
  out.push(`${headline(s)}\n`);
  out.push('## Summary tables\n');
  for (const t of summaryTables(s)) out.push(table(t));
  out.push('## Who took part\n');
  out.push(`${s.participation.caveat}\n`);
  if (s.quotes.length > 0) {
    out.push('## In residents’ words\n');
    for (const q of s.quotes)
      out.push(
        `> ${cell(q.text)}\n>\n> — ${q.themeLabel}${q.areaName ? `, ${q.areaName}` : ''}, ${monthName(q.month)}\n`,
      );
  }
  out.push('## Method\n');
  for (const m of s.method) out.push(`**${m.heading}.** ${m.text}\n`);
  out.push('## Caveats\n');
  out.push(`${s.caveats.map((c) => `- ${c}`).join('\n')}\n`);
  out.push('## Sources and licence\n');
  out.push(`${s.attribution.map((a) => `- ${a}`).join('\n')}\n`);
  return out.join('\n');
}
