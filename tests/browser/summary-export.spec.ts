// The officer screen for the strategic assessment section: an analyst signs in, chooses the CSP
// and period, previews the section and downloads the Word document and the CSV.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { addStaffAccount, signInOnDevice } from './support/staff-account';
import { cli } from './support/staff-accounts';

test('an analyst previews the consultation summary and downloads it as Word and CSV', async ({
  page,
  store,
}) => {
  addStaffAccount(store, 'ana.lyst', 'analyst', 'Ana Lyst', ['E22000321']);
  // Past survey responses brought in with the CLI import: 12 speeding, 6 parking, 2 graffiti, 3 noise in Rugby.
  const rows = [
    ...Array.from(
      { length: 12 },
      (_, i) => `S${i},2026-05-0${(i % 9) + 1},Speeding,52.3709,-1.2606,Cars race every night`,
    ),
    ...Array.from(
      { length: 6 },
      (_, i) => `P${i},2026-06-0${i + 1},Inconsiderate parking,52.3709,-1.2606,Vans on the pavement`,
    ),
    'G1,2026-07-01,Graffiti,52.3709,-1.2606,Tags on the bridge',
    'G2,2026-07-02,Graffiti,52.3709,-1.2606,Tags on the wall',
    ...Array.from(
      { length: 3 },
      (_, i) => `N${i},2026-08-0${i + 1},Noise,52.3709,-1.2606,Music late at night`,
    ),
  ];
  const csv = join(store.dataDir, 'survey.csv');
  writeFileSync(csv, `id,date,category,latitude,longitude,description\n${rows.join('\n')}\n`);
  expect(cli(store, ['priorities', 'import', csv, '--csp', 'E22000321'])).toContain('23 imported');

  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'ana.lyst');
  await goTo(page, 'assessment');
  await expect(page.getByRole('heading', { name: /Strategic assessment/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Rugby' })).toBeChecked();

  await page.getByLabel('From', { exact: true }).fill('2026-04-01');
  await page.getByLabel('To', { exact: true }).fill('2027-03-31');
  await page.getByRole('button', { name: 'Preview the section' }).click();
  const themes = page.getByRole('table', { name: 'Top themes by priorities raised' });
  await expect(themes.getByRole('row', { name: /Speeding 12/ })).toBeVisible();
  await expect(themes.getByRole('row', { name: /Inconsiderate parking 6/ })).toBeVisible();
  // Small counts are shown to the officer, each marked as hidden when published.
  await expect(themes.getByRole('row', { name: /Noise 3 \(hidden when published\)/ })).toBeVisible();
  await expect(themes.getByRole('row', { name: /Graffiti 2 \(hidden when published\)/ })).toBeVisible();
  await expectAccessible(page);

  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Word document for the strategic assessment' }).click();
  const docx = await word;
  expect(docx.suggestedFilename()).toBe('consultation-summary-E22000321-2026-04-01-2027-03-31.docx');
  const xml = strFromU8(unzipSync(readFileSync((await docx.path())!))['word/document.xml']!);
  expect(xml).toContain('What residents want prioritised: Rugby');
  expect(xml).toContain('Speeding');
  await expect(
    page.getByText(/^Downloaded consultation-summary-E22000321-2026-04-01-2027-03-31\.docx\.$/),
  ).toBeVisible();

  const sheet = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Spreadsheet (tidy CSV for Excel)' }).click();
  const text = readFileSync((await (await sheet).path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('theme,,,local.speeding,Speeding,,priorities,12,');

  // Every export is in the audit log.
  const audited = store.query<{ n: number }>(
    "select count(*) as n from audit_log where action = 'summary.export'",
  );
  expect(audited[0]?.n).toBe(2);
});

test('a PCSO has no export permission and does not see the screen', async ({ page, store }) => {
  addStaffAccount(store, 'pcso.lee', 'pcso', 'PCSO Lee', ['E22000321']);
  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'pcso.lee');
  await expect(page.getByText(/Signed in as PCSO Lee/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Strategic assessment/ })).toHaveCount(0);
});
