// The officer sees the real counts before publishing: nine priorities over four themes, each
// under 5, fill the "Top themes" table, each count marked in words as hidden when published.
import type { Priority } from '../../src/domain/priority';
import { samplePriority } from '../support/backends-fixtures';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { pushToStore } from './support/public-data';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

test('every theme under 5 still shows, with its real count marked', async ({ page, store }) => {
  addStaffAccount(store, 'ana.lyst', 'analyst', 'Ana Lyst', ['E22000321']);
  const themes: Record<string, number> = {
    'local.speeding': 3,
    'local.parking': 2,
    'local.litter': 2,
    'local.graffiti': 2,
  };
  await pushToStore(
    store,
    Object.entries(themes).flatMap(([themeKey, n]) =>
      Array.from({ length: n }, () => samplePriority({ themeKey: themeKey as Priority['themeKey'] })),
    ),
  );
  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'ana.lyst');
  await goTo(page, 'assessment');
  await page.getByLabel('From', { exact: true }).fill('2026-04-01');
  await page.getByLabel('To', { exact: true }).fill('2027-03-31');
  await page.getByRole('button', { name: 'Preview the section' }).click();
  const table = page.getByRole('table', { name: 'Top themes by priorities raised' });
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(
    table.getByRole('row', { name: /^1 \(hidden when published\) Speeding 3 \(hidden when published\)/ }),
  ).toBeVisible();
  await expect(page.getByText(/^9 priorities from/)).toBeVisible();
  await expect(page.getByText(/Counts marked “\(hidden\)” are hidden when published/)).toBeVisible();
  await expectAccessible(page);
});
