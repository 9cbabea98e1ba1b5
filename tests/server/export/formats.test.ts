// Every export format opened and checked the way its reader would: the DOCX unzipped and its
// XML read, GeoJSON validated, JSON parsed, Markdown and police.uk checked for content.
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildConsultationSummary } from '../../../src/reports/consultation/build';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from '../../../src/server/export/formats';
import { SAMPLE_SHAPES, sampleSummaryInput } from '../../reports/support/sample-summary';

const summary = buildConsultationSummary(sampleSummaryInput());
const extras = {
  wardShapes: SAMPLE_SHAPES,
  points: [
    {
      themeKey: 'local.speeding',
      themeLabel: 'Speeding',
      lon: -1.2606123,
      lat: 52.3709456,
      month: '2026-06',
    },
  ],
};
const build = (format: ExportFormat) => buildExport(format, summary, extras);
const text = async (format: ExportFormat) => {
  const body = (await build(format)).body;
  return typeof body === 'string' ? body : new TextDecoder().decode(body);
};

describe('export formats', () => {
  it('offers every format the officer needs', () => {
    expect([...EXPORT_FORMATS].sort()).toEqual(['csv', 'docx', 'geojson', 'html', 'json', 'md', 'police-uk']);
  });

  it('DOCX: a Word package whose document has the headings, tables, figures with alt text and licence', async () => {
    const file = await build('docx');
    expect(file.extension).toBe('docx');
    const zip = unzipSync(file.body as Uint8Array);
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toContain('What residents want prioritised: Rugby');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toContain('Themes ranked by priorities raised');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('&lt;5'); // suppressed counts
    expect(xml).toContain('two-proportion z-test');
    expect(xml).toContain('Open Government Licence v3.0');
    expect(xml).toContain('Who took part: age');
    expect(xml).toContain('Not stated');
    expect(xml).toContain('fewer records'); // a patrol record stood for several residents
    // Two figures, each with alt text, as SVG with a PNG fallback.
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toHaveLength(2);
    expect(descriptions[0]).toMatch(/^Horizontal bar chart of the \d+ most raised themes\. Speeding: 60/);
    expect(descriptions[1]).toMatch(/^Map of 4 wards shaded by priorities per 1,000 residents/);
    const media = Object.keys(zip).filter((k) => k.startsWith('word/media/'));
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(2);
    expect(media.filter((m) => m.endsWith('.svg'))).toHaveLength(2);
    const png = zip[media.find((m) => m.endsWith('.png'))!]!;
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('DOCX: never quotes a sensitive theme, an unmoderated priority or personal details', async () => {
    const xml = strFromU8(unzipSync((await build('docx')).body as Uint8Array)['word/document.xml']!);
    expect(xml).toContain('Cars race past the primary school at home time.');
    expect(xml).not.toContain('Abuse shouted');
    expect(xml).not.toContain('07700 900123');
    expect(xml).not.toContain('Not yet moderated');
  });

  it('GeoJSON: valid RFC 7946 with ward aggregates and published points on the public grid', async () => {
    const geo = checkGeoJson(await text('geojson')) as unknown as {
      type: string;
      features: { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    const wards = geo.features.filter((f) => f.properties.kind === 'ward');
    expect(wards).toHaveLength(4);
    expect(wards[0]!.properties).toMatchObject({
      code: SAMPLE_SHAPES[0]!.code,
      priorities: expect.any(Number),
    });
    const point = geo.features.find((f) => f.properties.kind === 'published-priority')!;
    const [lon, lat] = point.geometry.coordinates as [number, number];
    expect(Math.abs(lon - -1.2606123)).toBeLessThan(0.001);
    expect(Math.abs(lat - 52.3709456)).toBeLessThan(0.001);
    expect(lon).not.toBe(-1.2606123);
    expect(point.properties).toEqual({
      kind: 'published-priority',
      theme_key: 'local.speeding',
      theme: 'Speeding',
      month: '2026-06',
    });
  });

  it('JSON for Power BI: flat tables of records with nulls for suppressed values', async () => {
    const j = JSON.parse(await text('json'));
    expect(j.about).toMatchObject({ csps: 'E22000321', total: 122 });
    expect(j.themes[0]).toMatchObject({ rank: 1, theme: 'Speeding', priorities: 60 });
    for (const table of ['themes', 'areas', 'themeByArea', 'categories'])
      for (const row of j[table])
        for (const v of Object.values(row)) expect(typeof v === 'object' && v !== null).toBe(false);
    expect(j.themes.find((t: { themeKey: string }) => t.themeKey === 'local.graffiti').priorities).toBeNull();
    expect(j.about).toMatchObject({ total: 122, records: 116 });
    expect(j.themes[0]).toMatchObject({ priorities: 60, records: 54 });
    const age = (key: string) =>
      j.participants.find((p: { dimension: string; key: string }) => p.dimension === 'age' && p.key === key);
    expect(age('65-74').participants).toBe(30);
    // 4 aged 75+: suppressed, with the next smallest band (25-34, 20) so neither can be worked out.
    expect([age('75+').participants, age('25-34').participants]).toEqual([null, null]);
    // 6 more residents on the patrol records plus every priority with no answers: 122 - 30 - 20 - 4.
    expect(age('not-stated').participants).toBe(68);
  });

  it('Markdown: headings, a ranked table, quotes, method and attribution', async () => {
    const md = await text('md');
    expect(md).toMatch(/^# What residents want prioritised: Rugby/);
    expect(md).toContain('| 1 | Speeding | 60 | 54 |');
    expect(md).toContain('### Who took part: sex');
    expect(md).toMatch(/\| Female \| 34 \| /);
    expect(md).toContain('Bilton, "Old"');
    expect(md).toContain('> Cars race past the primary school at home time.');
    expect(md).toContain('## Method');
    expect(md).toContain('Open Government Licence v3.0');
  });

  it('police.uk: agreed priorities as issue, issue-date, action, action-date', async () => {
    expect(JSON.parse(await text('police-uk'))).toEqual([
      {
        issue: '<p>Speeding on Hillmorton Road</p>',
        'issue-date': '2026-05-12T00:00:00',
        action: '<p>Speed checks weekly with community speedwatch</p>',
        'action-date': '2026-07-01T00:00:00',
      },
      {
        issue: '<p>Parking near schools</p>',
        'issue-date': '2026-09-15T00:00:00',
        action: null,
        'action-date': null,
      },
    ]);
  });
});
