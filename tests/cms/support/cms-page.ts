/** Steps every CMS journey takes, the way an editor takes them. */
import { existsSync, readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** A fresh load of the CMS at a route; the local login survives in the browser. */
export async function openCms(page: Page, route: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/admin/#${route}`);
  const login = page.getByRole('button', { name: 'Login' });
  const editor = page.getByRole('button', { name: /^Veröffentlich/ }).first();
  await expect(login.or(editor)).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(editor).toBeVisible({ timeout: 30_000 });
}

/** The content of a file the CMS saves, once written completely (it may exist empty for a moment). */
export async function savedFile(file: string): Promise<string> {
  await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 30_000 }).toMatch(/^---\n[\s\S]*\n---\n/);
  return readFileSync(file, 'utf8');
}

export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByRole('menuitem', { name: 'Jetzt veröffentlichen' }).click();
}

/** Upload a file through the media library opened by `button` (by default the last image field's). */
export async function upload(page: Page, file: string, button: Locator = page.getByRole('button', { name: 'Wähle ein Bild' }).last()): Promise<void> {
  await button.click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Ausgewähltes Element verwenden' }).click();
}

/** The front matter of a saved MDX file, parsed (Decap folds long YAML lines). */
export function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return match ? (parse(match[1]!) as Record<string, unknown>) : {};
}

/** Add an opening-hours row to the first office of the open location and type its day and times as an editor would. */
export async function addOpeningHours(page: Page, day: string, opens: string, closes: string): Promise<void> {
  await page.getByRole('button', { name: 'sprechzeit hinzufügen' }).first().click();
  await page.getByRole('combobox', { name: 'Wochentag' }).first().click();
  await page.getByRole('option', { name: day }).click();
  await page.getByRole('textbox', { name: 'von', exact: true }).first().fill(opens);
  await page.getByRole('textbox', { name: 'bis', exact: true }).first().fill(closes);
}

/** Summary, date, one credit and a licence: what every media piece needs besides its files. */
export async function fillCommonMediaFields(page: Page, title: string, summary = `${title}: ein Beitrag.`): Promise<void> {
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Kurzbeschreibung').fill(summary);
  await page.getByRole('button', { name: 'Heutiges Datum eintragen' }).click();
  await page.getByRole('button', { name: /mitwirkende hinzufügen/i }).click();
  await page.getByRole('textbox', { name: 'Rolle' }).fill('Fotografie');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Website-Team ThINKA');
  await page.getByRole('combobox', { name: 'Lizenz' }).click();
  await page.getByRole('option', { name: 'CC BY 4.0' }).click();
}
