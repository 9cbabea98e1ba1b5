// The officer's summary preview says who took part: age and sex of those who chose to say,
// against the residents of the partnership, with those who did not say counted too.
import type { AgeBand, Equality } from '../../src/domain/equality';
import { samplePriority } from '../support/backends-fixtures';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { pushToStore } from './support/public-data';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

/** n residents of one age band who gave their age and sex, the first `females` of them female. */
const answers = (n: number, ageBand: AgeBand, females: number): Equality[] =>
  Array.from({ length: n }, (_, i) => ({ consent: true, ageBand, sex: i < females ? 'female' : 'male' }));

test('the summary preview shows who took part by age and sex against residents', async ({ page, store }) => {
  addStaffAccount(store, 'ana.lyst', 'analyst', 'Ana Lyst');
  // Residents of Rugby on their own phones: 20 answered the optional questions, 6 did not.
  const answered = [...answers(8, '25-34', 5), ...answers(7, '45-54', 6), ...answers(5, '65-74', 0)];
  const priorities = [
    ...answered.map((equality) => samplePriority({ equality })),
    ...Array.from({ length: 6 }, () => samplePriority()),
  ];
  await pushToStore(store, priorities);

  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'ana.lyst');
  await goTo(page, 'assessment');
  await page.getByLabel('From', { exact: true }).fill('2026-04-01');
  await page.getByLabel('To', { exact: true }).fill('2027-03-31');
  await page.getByRole('button', { name: 'Preview the section' }).click();

  const age = page.getByRole('table', { name: 'Who took part by age, against residents' });
  await expect(age.getByRole('columnheader')).toHaveText([
    'Age',
    'Took part',
    'Share of those who said',
    'Share of residents',
  ]);
  // 8 of the 20 who gave their age were 25 to 34; residents' share comes from the ward estimates.
  await expect(age.getByRole('row', { name: /^25 to 34 8 40\.0% \d{1,2}\.\d%$/ })).toBeVisible();
  await expect(age.getByRole('row', { name: /^45 to 54 7 35\.0% \d{1,2}\.\d%$/ })).toBeVisible();
  await expect(age.getByRole('row', { name: /^Under 16 0 0\.0% \d{1,2}\.\d%$/ })).toBeVisible();
  await expect(age.getByRole('row', { name: 'Not stated 6 – –' })).toBeVisible();

  const sex = page.getByRole('table', { name: 'Who took part by sex, against residents' });
  // Rugby's residents by sex (Census 2021): 57,406 female and 56,956 male.
  await expect(sex.getByRole('row', { name: 'Female 11 55.0% 50.2%' })).toBeVisible();
  await expect(sex.getByRole('row', { name: 'Male 9 45.0% 49.8%' })).toBeVisible();
  await expect(sex.getByRole('row', { name: 'Not stated 6 – –' })).toBeVisible();
  await expect(page.getByText(/Age and sex are given by choice/)).toBeVisible();
  await expectAccessible(page);
});
