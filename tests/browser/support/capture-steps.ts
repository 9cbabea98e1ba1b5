// Steps shared by browser tests that record a priority the way a resident does without a pin.
import type { Page } from '@playwright/test';

/**
 * Fills "Add a priority" on the no-pin path (a ward from the list, a theme, optional words and
 * street or landmark, who is speaking) and presses Save priority. Callers check what follows:
 * offline the app says it is saved on the device, online it is soon sent.
 */
export async function saveWardPriority(
  page: Page,
  p: { theme: string; ward?: string; description?: string; landmark?: string; connection?: string },
): Promise<void> {
  await page.getByLabel('Or choose a ward instead of a pin').selectOption({ label: p.ward ?? 'Benn' });
  if (p.landmark !== undefined) await page.getByLabel('Street or landmark (optional)').fill(p.landmark);
  await page.getByLabel('What should be prioritised?').selectOption({ label: p.theme });
  if (p.description !== undefined)
    await page.getByLabel('Describe it briefly (optional)').fill(p.description);
  await page.getByLabel(p.connection ?? 'I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
}
