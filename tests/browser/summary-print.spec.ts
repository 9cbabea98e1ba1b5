// The HTML export, made by the real CLI, in real Chromium: accessible, and printed to an A4 PDF
// through its print styles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, expectAccessible, test } from './support/fixtures';
import { cli } from './support/staff-accounts';

test('the HTML summary is accessible and prints to a multi-page A4 PDF', async ({ page, store }) => {
  const rows = [
    ...Array.from(
      { length: 30 },
      (_, i) =>
        `S${i},2026-05-${String((i % 28) + 1).padStart(2, '0')},Speeding,52.3709,-1.2606,Cars race every night`,
    ),
    ...Array.from(
      { length: 12 },
      (_, i) =>
        `P${i},2026-06-${String(i + 1).padStart(2, '0')},Inconsiderate parking,52.3709,-1.2606,Vans on the pavement`,
    ),
    ...Array.from(
      { length: 8 },
      (_, i) =>
        `F${i},2026-07-${String(i + 1).padStart(2, '0')},Fly-tipping,52.3413,-1.2863,Rubbish by the garages`,
    ),
    'G1,2026-07-01,Graffiti,52.3709,-1.2606,Tags on the bridge',
    ...Array.from(
      { length: 3 },
      (_, i) => `N${i},2026-08-0${i + 1},Noise,52.3709,-1.2606,Music late at night`,
    ),
  ];
  const csv = join(store.dataDir, 'survey.csv');
  writeFileSync(csv, `id,date,category,latitude,longitude,description\n${rows.join('\n')}\n`);
  cli(store, ['priorities', 'import', csv, '--csp', 'E22000321']);
  const html = join(store.dataDir, 'summary.html');
  cli(store, [
    'export',
    '--csp',
    'E22000321',
    '--from',
    '2026-04-01',
    '--to',
    '2027-03-31',
    '--format',
    'html',
    '--out',
    html,
  ]);

  await page.goto(pathToFileURL(html).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What residents want prioritised: Rugby');
  await expect(page.getByRole('table', { name: /Share of all priorities/ })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Horizontal bar chart of the 3 most raised themes\. Speeding: 30/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Map of 16 wards shaded by priorities per 1,000 residents/ }),
  ).toBeVisible();
  await expect(page.getByText('Open Government Licence v3.0').first()).toBeVisible();
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
});
