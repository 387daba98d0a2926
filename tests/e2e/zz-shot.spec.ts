import { test } from '@playwright/test';
for (const [w, h] of [[320, 640], [390, 844], [1280, 800]] as const) {
  for (const path of ['/standorte/', '/ar/standorte/', '/']) {
    test(`shot ${w} ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(path);
      await page.screenshot({ path: `/tmp/wt14/shots/${w}${path.replace(/\//g, '_')}.png` });
    });
  }
}
test('menu open 390', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/standorte/');
  await page.getByText('Menü', { exact: true }).click();
  await page.screenshot({ path: `/tmp/wt14/shots/390_menu.png` });
});
