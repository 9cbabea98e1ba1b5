// The two figures every document carries, drawn as SVG (pure): a ranked bar chart of themes
// and a choropleth map of wards. Each comes with alt text that says what it shows.
import type { AreaRow, ConsultationSummary } from '../../domain/summary';
import { escapeXml, showCount, showRate } from './text';

export interface AreaShape {
  readonly code: string;
  readonly name: string;
  /** GeoJSON Polygon or MultiPolygon in WGS84. */
  readonly geometry: unknown;
}

export interface Figure {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly alt: string;
}

const FONT = 'font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"';
const BAR = '#1d70b8';
const INK = '#0b0c0c';

export function rankedBarChart(s: ConsultationSummary, limit = 10): Figure {
  const themes = s.themes.filter((t) => t.rank !== null && t.count !== null).slice(0, limit);
  const width = 720;
  const rowH = 30;
  const labelW = 290;
  const top = 40;
  const height = top + Math.max(themes.length, 1) * rowH + 30;
  const max = Math.max(1, ...themes.map((t) => t.count!));
  const barMax = width - labelW - 80;
  const bars = themes
    .map((t, i) => {
      const y = top + i * rowH;
      const w = Math.max(1, (t.count! / max) * barMax);
      const label = t.themeLabel.length > 42 ? `${t.themeLabel.slice(0, 41)}…` : t.themeLabel;
      return (
        `<text x="${labelW - 8}" y="${y + 19}" text-anchor="end" font-size="13" fill="${INK}">${escapeXml(label)}</text>` +
        `<rect x="${labelW}" y="${y + 5}" width="${w.toFixed(1)}" height="${rowH - 10}" fill="${BAR}"/>` +
        `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 19}" font-size="13" fill="${INK}">${t.count!.toLocaleString('en-GB')}</text>`
      );
    })
    .join('');
  const empty =
    themes.length === 0
      ? `<text x="20" y="${top + 20}" font-size="14" fill="${INK}">Too few priorities to chart.</text>`
      : '';
  const title = `Top ${themes.length} themes by priorities raised`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} role="img">` +
    `<title>${escapeXml(title)}</title><rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="20" y="24" font-size="16" font-weight="bold" fill="${INK}">${escapeXml(title)}</text>${bars}${empty}</svg>`;
  const alt =
    themes.length === 0
      ? 'Bar chart: too few priorities were raised to chart.'
      : `Horizontal bar chart of the ${themes.length} most raised themes. ` +
        themes.map((t) => `${t.themeLabel}: ${t.count}`).join('; ') +
        '.';
  return { svg, width, height, title, alt };
}

type Ring = [number, number][];

function polygonsOf(geometry: unknown): Ring[][] {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  if (g?.type === 'Polygon') return [g.coordinates as Ring[]];
  if (g?.type === 'MultiPolygon') return g.coordinates as Ring[][];
  return [];
}

// Five sequential blues (ColorBrewer Blues), light to dark; suppressed areas are hatched grey.
const CLASSES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

function breaks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return [1, 2, 3, 4].map((k) => sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / 5))]!);
}

export function wardMap(s: ConsultationSummary, shapes: readonly AreaShape[]): Figure {
  const byRate = s.hasPopulation;
  const measure = (a: AreaRow | undefined) => (a ? (byRate ? a.ratePer1000 : a.total) : null);
  const rows = new Map(s.wards.map((w) => [w.code, w]));
  const values = shapes.map((sh) => measure(rows.get(sh.code))).filter((v): v is number => v !== null);
  const cuts = breaks(values);
  const classOf = (v: number) => cuts.filter((c) => v > c).length;

  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const sh of shapes)
    for (const poly of polygonsOf(sh.geometry))
      for (const [x, y] of poly[0] ?? []) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  const width = 720;
  const mapH = 520;
  const legendH = 150;
  const height = mapH + legendH;
  // Equirectangular with the longitude squeezed by cos(latitude): true shape at this scale.
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((width - 40) / spanX, (mapH - 60) / spanY);
  const offX = (width - spanX * scale) / 2;
  const px = (x: number) => (offX + (x - minX) * k * scale).toFixed(1);
  const py = (y: number) => (40 + (maxY - y) * scale).toFixed(1);
  const paths = shapes
    .map((sh) => {
      const v = measure(rows.get(sh.code));
      const fill = v === null ? 'url(#hatch)' : CLASSES[classOf(v)];
      const d = polygonsOf(sh.geometry)
        .flatMap((poly) => poly.map((ring) => `M${ring.map(([x, y]) => `${px(x)},${py(y)}`).join('L')}Z`))
        .join('');
      const label = `${sh.name}: ${v === null ? 'fewer than 5' : byRate ? showRate(v) : showCount(v)}`;
      return `<path d="${d}" fill="${fill}" stroke="#505a5f" stroke-width="0.6" fill-rule="evenodd"><title>${escapeXml(label)}</title></path>`;
    })
    .join('');
  const what = byRate ? 'Priorities per 1,000 residents' : 'Priorities raised';
  const lows = [values.length ? Math.min(...values) : 0, ...cuts];
  const legend = CLASSES.map((c, i) => {
    const from = lows[i] ?? 0;
    const to = i < 4 ? cuts[i] : values.length ? Math.max(...values) : 0;
    const text =
      values.length === 0
        ? ''
        : `${byRate ? showRate(from) : Math.round(from)} to ${byRate ? showRate(to ?? 0) : Math.round(to ?? 0)}`;
    const y = mapH + 10 + i * 20;
    return `<rect x="20" y="${y}" width="18" height="14" fill="${c}" stroke="#505a5f" stroke-width="0.5"/><text x="46" y="${y + 12}" font-size="12" fill="${INK}">${text}</text>`;
  }).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} role="img">` +
    `<title>${escapeXml(`${what} by ward`)}</title>` +
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f2f1"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b1b4b6" stroke-width="2"/></pattern></defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="20" y="24" font-size="16" font-weight="bold" fill="${INK}">${escapeXml(`${what} by ward`)}</text>${paths}${legend}` +
    `<rect x="20" y="${mapH + 112}" width="18" height="14" fill="url(#hatch)" stroke="#505a5f" stroke-width="0.5"/><text x="46" y="${mapH + 124}" font-size="12" fill="${INK}">Fewer than 5 (not shown)</text>` +
    `<text x="${width - 10}" y="${height - 8}" text-anchor="end" font-size="10" fill="#505a5f">Contains OS data © Crown copyright and database right 2024. ONS, Open Government Licence v3.0.</text></svg>`;
  const ranked = s.wards
    .filter((w) => w.code !== null && measure(w) !== null)
    .sort((a, b) => measure(b)! - measure(a)!);
  const hidden = s.wards.filter((w) => w.code !== null && measure(w) === null).length;
  const alt =
    `Map of ${shapes.length} wards shaded by ${what.toLowerCase()}, darker for more. ` +
    (ranked.length > 0
      ? `Highest: ${ranked
          .filter((w) => measure(w)! > 0)
          .slice(0, 3)
          .map((w) => `${w.name} (${byRate ? showRate(measure(w)) : measure(w)})`)
          .join(
            ', ',
          )}. Lowest: ${ranked.at(-1)!.name} (${byRate ? showRate(measure(ranked.at(-1))) : measure(ranked.at(-1))}). `
      : '') +
    (hidden > 0
      ? `${hidden} wards have fewer than 5 priorities or are hidden to protect small counts. `
      : '') +
    'The ward table gives every figure.';
  return { svg, width, height, title: `${what} by ward`, alt };
}
