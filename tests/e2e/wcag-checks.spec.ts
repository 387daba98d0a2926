// WCAG 2.2 checks that axe cannot make on its own: text spacing (1.4.12), reduced motion (2.3.3 and the
// stack's promise), a visible focus on every stop (2.4.7), and a keyboard-only journey to a call link (2.1.1).
import { expect, test, type Page } from '@playwright/test';

// The text-spacing bookmarklet is injected as a style tag; browsers exempt bookmarklets from the page's CSP.
test.use({ bypassCSP: true });

const KEY_PAGES = [
  '/',
  '/standorte/',
  '/standorte/artern/',
  '/standorte/orte/koelleda/',
  '/leitlinien/aktivierung/',
  '/leichte-sprache/anlaufstelle/',
  '/gebaerdensprache/',
  '/medien/leitlinien-video/',
  '/suche/?q=Beratung',
  '/en/',
  '/uk/standorte/erfurt/',
  '/ar/standorte/artern/',
  '/fa/standorte/',
];

/** The WCAG 1.4.12 text-spacing bookmarklet, as a style sheet. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Text that no longer fits: clipped by its own box or running over the edge of the page. */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} „${(element.textContent ?? '').trim().slice(0, 40)}“`;
    const pageWidth = document.documentElement.clientWidth;
    for (const element of document.querySelectorAll('body *')) {
      if (!(element instanceof HTMLElement) || element.closest('.sr-only, [hidden], noscript, script, style, svg, video, audio')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || !element.textContent?.trim()) continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) problems.push(`abgeschnitten: ${describe(element)}`);
      const hasOwnText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (hasOwnText) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.right > pageWidth + 1 || box.left < -1)) problems.push(`über den Rand: ${describe(element)}`);
      }
    }
    if (document.documentElement.scrollWidth > pageWidth) problems.push(`waagerechtes Scrollen: ${document.documentElement.scrollWidth} > ${pageWidth}`);
    return problems;
  });
}

/** Links and buttons whose boxes overlap one another. */
async function overlappingControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')].filter((element) => {
      if (element.closest('.sr-only, [hidden]') || element.classList.contains('th-skip-link')) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    });
    const boxes = controls.map((element) => ({ element, box: element.getBoundingClientRect() }));
    const problems: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 2 && height > 2) problems.push(`${a.element.textContent?.trim().slice(0, 30)} ↔ ${b.element.textContent?.trim().slice(0, 30)}`);
      }
    }
    return problems;
  });
}

test.describe('text spacing (WCAG 1.4.12)', () => {
  for (const width of [1280, 320]) {
    for (const path of KEY_PAGES) {
      test(`${path} at ${width} px keeps all text readable with the text-spacing bookmarklet`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.addStyleTag({ content: TEXT_SPACING });
        expect(await clippedText(page)).toEqual([]);
        expect(await overlappingControls(page)).toEqual([]);
      });
    }
  }
});

test.describe('reduced motion', () => {
  for (const path of ['/', '/standorte/', '/medien/', '/ar/standorte/artern/']) {
    test(`${path} has no transition or animation longer than 0.01 s when the visitor asks for less motion`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(path);
      const moving = await page.evaluate(() => {
        const seconds = (value: string) => value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)));
        const found: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            const longest = Math.max(...seconds(style.transitionDuration), ...seconds(style.animationDuration));
            if (longest > 0.01) found.push(`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}: ${longest}s`);
          }
        }
        return found;
      });
      expect(moving).toEqual([]);
    });
  }

  test('without the preference, the one transition on the site stays (so the check above is meaningful)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/medien/');
    const duration = await page
      .locator('.th-filters a')
      .first()
      .evaluate((element) => getComputedStyle(element).transitionDuration);
    expect(parseFloat(duration)).toBeGreaterThan(0.01);
  });
});

test.describe('visible focus (WCAG 2.4.7)', () => {
  for (const path of ['/', '/standorte/artern/', '/ar/', '/leichte-sprache/']) {
    test(`every Tab stop on ${path} shows a focus indicator`, async ({ page }) => {
      await page.goto(path);
      const stops = await page.locator('a[href], button:not([hidden]), input:not([type="hidden"]), select').count();
      const invisible: string[] = [];
      for (let step = 0; step < Math.min(stops, 60); step += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const shadow = style.boxShadow !== 'none';
          return { name: `${element.tagName} ${element.textContent?.trim().slice(0, 30) ?? ''}`, visible: outline || shadow };
        });
        if (focus && !focus.visible) invisible.push(focus.name);
      }
      expect(invisible).toEqual([]);
    });
  }
});

test('keyboard only: start page → finder → location → call link, by Tab and Enter', async ({ page }) => {
  // Some hundred key presses, each waiting for the browser: generous on a busy machine, nothing here is timed.
  test.setTimeout(180_000);
  await page.goto('/');
  const tabTo = async (matches: (href: string) => boolean, limit = 300) => {
    for (let step = 0; step < limit; step += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      if (matches(href)) return href;
    }
    throw new Error('Ziel per Tab nicht erreicht');
  };
  await tabTo((href) => href === '/standorte/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/standorte/');
  await expect(page.locator('h1')).toHaveText('Anlaufstelle finden');

  await tabTo((href) => href === '/standorte/artern/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/standorte/artern/');
  await expect(page.locator('h1')).toHaveText('ThINKA Artern');

  const call = await tabTo((href) => href.startsWith('tel:'), 60);
  expect(call).toBe('tel:+4934667404457');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName('Anrufen: 03466 7404457');
  await expect(focused).toBeInViewport();
  const box = (await focused.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24);
});
