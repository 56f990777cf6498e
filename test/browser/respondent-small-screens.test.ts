// Every respondent page on 320, 360 and 390 px phones, in Chinese and English: nothing wider than the
// screen, no short label broken between its characters, axe clean; the offline submit says what
// happened beside the button; a chosen option never looks like an error; answered-here and progress.
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../shared/kernel/clock.js';
import { DEMO_MENU_ID } from '../../shared/demo/seed-programme.js';
import { DEMO_NEEDS_SURVEY_ID, seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { scheduleLecture } from '../../shared/lectures/schedule-lecture.js';
import { newUnitKey } from '../../shared/unit-links/unit-links.js';
import { formatDistrictTime } from '../../shared/kernel/zoned-time.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey } from '../support/fixtures.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { allResponses, respondentAppFor } from '../support/respondent-app.js';

const WIDTHS = [320, 360, 390] as const;
const LANGS = ['zh', 'en'] as const;
const SURVEY = `/s/${DEMO_NEEDS_SURVEY_ID}`;

const WORDS = {
  zh: { sending: '正在提交…', offline: '网络暂时不通', saved: '已保存 · 点此重试', receipt: '回执编号', again: '再填一份' },
  en: { sending: 'Submitting…', offline: 'You are offline', saved: 'Saved · tap to retry', receipt: 'Receipt number', again: 'Answer again' },
};

const withLang = (path: string, lang: 'zh' | 'en') => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

let table: TestTable;
let server: RunningServer;
let browser: Browser;
let lectureId: string;
let unitKey: string;

beforeAll(async () => {
  table = await createTestTable();
  await seedDemoDistrict({ ...table.store, clock: systemClock });
  // A closing date far ahead, so the needs survey shows its deadline.
  const current = await table.store.surveySettings.read(DEMO_NEEDS_SURVEY_ID);
  await table.store.surveySettings.put(DEMO_NEEDS_SURVEY_ID, { ...current.settings, closesAt: '2099-12-31T10:00:00.000Z' }, current.version);
  unitKey = newUnitKey();
  await table.store.unitKeys.issue('health', unitKey, new Date().toISOString());
  // A lecture that started an hour ago: its feedback form is open.
  const lecture = await scheduleLecture(
    { ...table.store, clock: systemClock, newId: randomUUID, timeZone: 'Asia/Shanghai' },
    { topicId: 't-health', expertId: 'e-zhao', unitIds: ['health', 'education'], startsAt: formatDistrictTime(new Date(Date.now() - 3_600_000).toISOString(), 'Asia/Shanghai'), durationMinutes: 90, place: '区人民医院报告厅' },
  );
  lectureId = lecture.id;
  server = await serveApp(respondentAppFor(table.store));
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await table?.drop();
});

function respondentPages(): [string, string][] {
  return [
    ['needs survey', SURVEY],
    ['feedback form', `/f/${lectureId}`],
    ['thank-you', `${SURVEY}/done?r=${randomUUID()}`],
    ['feedback thank-you', `/f/${lectureId}/done?r=${randomUUID()}`],
    ['unit page', `/u/${unitKey}`],
    ['request form', `/u/${unitKey}/menus/${DEMO_MENU_ID}`],
    ['survey not found', '/s/no-such-survey'],
    ['lecture not found', '/f/no-such-lecture'],
  ];
}

async function phoneAt(width: number, options: { javaScriptEnabled?: boolean; bypassCSP?: boolean; lang?: 'zh' | 'en' } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const { lang, ...rest } = options;
  const context = await browser.newContext({ ...phone, viewport: { width, height: 640 }, ...(lang === 'en' ? { locale: 'en-GB' } : {}), ...rest });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** How the page sits on a phone of `width`: its scroll width, and short words (必答, 其他, Required) split over two lines. */
function layoutOf(page: Page, width: number) {
  return page.evaluate((width) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      // Two to four Chinese characters, or one word: a sentence may wrap, a word may not.
      if (!text || /\s/.test(text) || text.length > (/[\u3400-\u9fff]/.test(text) ? 4 : 14)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[hidden], option, .sr') || parent.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(text);
    }
    const splitTags = [...document.querySelectorAll('.tag')].filter((t) => t.getClientRects().length > 1).map((t) => t.textContent);
    const wider = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.wide')).map((e) => `${e.tagName}.${e.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, broken, splitTags, wider: wider.slice(0, 5) };
  }, width);
}

/** Answers every visible required question with its first choices (distinct ones for a ranking). */
async function fillRequired(page: Page) {
  await page.evaluate(() => {
    const fire = (el: Element) => el.dispatchEvent(new Event('change', { bubbles: true }));
    // Answers can reveal questions (display logic), so go round until nothing new shows.
    for (let round = 0; round < 3; round++) {
      for (const box of document.querySelectorAll<HTMLElement>('.q[data-required]')) {
        if (box.closest('[hidden]')) continue;
        const type = box.dataset.type;
        const min = Math.max(1, Number(box.dataset.min ?? 1));
        if (type === 'ranking') {
          [...box.querySelectorAll('select')].slice(0, min).forEach((s, i) => {
            s.value = [...s.options].filter((o) => o.value)[i]!.value;
            fire(s);
          });
        } else if (type === 'matrix_rating') {
          box.querySelectorAll('fieldset').forEach((row) => {
            const input = row.querySelector('input')!;
            input.checked = true;
            fire(input);
          });
        } else if (box.querySelector('input[type=radio], input[type=checkbox]')) {
          if (box.querySelector('input:checked')) continue;
          const choices = [...box.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].filter((i) => i.value !== 'other');
          choices.slice(0, type === 'single_choice' || type === 'rating' ? 1 : min).forEach((i) => {
            i.checked = true;
            fire(i);
          });
        } else {
          const field = box.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('select, textarea, input[type=text], input[type=number]')!;
          if (field instanceof HTMLSelectElement) field.value = [...field.options].find((o) => o.value)!.value;
          else if (field.type === 'number') field.value = (field as HTMLInputElement).min || '1';
          else field.value = '小屏测试';
          fire(field);
        }
      }
    }
  });
}

/** Whether an element lies wholly inside the viewport (to the pixel: scrolling stops on fractions). */
function inView(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const r = document.querySelector(selector)!.getBoundingClientRect();
    return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
  }, selector);
}

describe.each(WIDTHS)('respondent pages on a %i px phone', (width) => {
  it.each(LANGS)('fit the screen, keep short labels whole and are axe clean (%s)', async (lang) => {
    const { context, page } = await phoneAt(width, { bypassCSP: true, lang });
    for (const [name, path] of respondentPages()) {
      await page.goto(server.url + withLang(path, lang));
      const layout = await layoutOf(page, width);
      expect({ name, ...layout }).toEqual({ name, scrollWidth: width, broken: [], splitTags: [], wider: [] });
      expect({ name, axe: await seriousAxeViolations(page) }).toEqual({ name, axe: [] });
    }
    await context.close();
  }, 120_000);

  it.each(LANGS)('shows an offline submit beside the button: sending, then saved on this phone, then sent once (%s)', async (lang) => {
    const words = WORDS[lang];
    for (const form of ['needs', 'feedback'] as const) {
      const { context, page } = await phoneAt(width, { lang });
      await page.goto(server.url + withLang(form === 'needs' ? SURVEY : `/f/${lectureId}`, lang));
      await fillRequired(page);
      const submissionId = await page.inputValue('input[name=submissionId]');
      // The post is held while the button is checked, then fails as if the network had gone.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route(/\/(s|f)\/[^/?]+(\?.*)?$/, async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        await held;
        await route.abort('internetdisconnected');
      });
      await page.tap('#send');
      await expect.poll(() => page.textContent('#send')).toBe(words.sending);
      expect(await page.isDisabled('#send')).toBe(true);
      expect(await page.textContent('#outcome')).toBe(words.sending);
      await context.setOffline(true);
      release();
      await expect.poll(() => page.textContent('#outcome')).toContain(words.offline);
      expect(await page.textContent('#send')).toBe(words.saved);
      expect(await page.isDisabled('#send')).toBe(false);
      expect({ form, outcome: await inView(page, '#outcome'), button: await inView(page, '#send') }).toEqual({ form, outcome: true, button: true });
      // Back online: the outbox sends the same submission, once.
      await context.unrouteAll();
      await context.setOffline(false);
      await page.waitForURL(/\/done\?/, { timeout: 15_000 });
      if (form === 'needs') {
        expect((await allResponses(table.store, DEMO_NEEDS_SURVEY_ID)).filter((r) => r.submissionId === submissionId)).toHaveLength(1);
      } else {
        expect((await table.store.feedback.list(lectureId)).items.filter((r) => r.submissionId === submissionId)).toHaveLength(1);
      }
      await context.close();
    }
  }, 90_000);
});

describe('a time-slot grid wider than the phone', { timeout: 60_000 }, () => {
  it('scrolls inside its own box, says so, and leaves the page as wide as the screen', async () => {
    // Days as columns: seven of them cannot fit 320 px.
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const parts = ['am', 'pm'];
    await table.store.surveys.put({
      ...everyTypeSurvey({ id: 'wide-grid', title: '宽表格' }),
      questions: [
        {
          id: 'slots',
          type: 'time_slots',
          required: false,
          title: '时间',
          grid: { rows: parts.map((id) => ({ id, label: id === 'am' ? '上午' : '下午' })), columns: days.map((id) => ({ id, label: id })) },
          options: parts.flatMap((row) => days.map((column) => ({ id: `${column}-${row}`, label: `${column} ${row}`, row, column }))),
        },
      ],
    });
    const { context, page } = await phoneAt(320);
    await page.goto(`${server.url}/s/wide-grid`);
    const box = await page.evaluate(() => {
      const wide = document.querySelector('.wide')!;
      return { page: document.documentElement.scrollWidth, scrolls: wide.scrollWidth > wide.clientWidth, hint: (wide.previousElementSibling as HTMLElement).hidden };
    });
    expect(box).toEqual({ page: 320, scrolls: true, hint: false });
    expect(await page.textContent('.swipe')).toBe('表格较宽，可左右滑动查看。');
    await context.close();
  });
});

describe('the needs survey on a phone', { timeout: 60_000 }, () => {
  it('marks a chosen option in its own colour with a check, never the error red', async () => {
    const { context, page } = await phoneAt(360);
    await page.goto(server.url + SURVEY);
    await page.tap('label[for="q1-o1"]');
    await page.tap('#send');
    const look = await page.evaluate(() => {
      const chosen = getComputedStyle(document.querySelector('label[for="q1-o1"]')!);
      const bad = getComputedStyle(document.querySelector('.q.bad')!);
      const err = getComputedStyle(document.querySelector('.q.bad .err')!);
      return {
        chosenBorder: chosen.borderTopColor,
        chosenBackground: chosen.backgroundColor,
        check: getComputedStyle(document.querySelector('label[for="q1-o1"]')!, '::after').content,
        errorBorder: bad.borderTopColor,
        errorText: err.color,
      };
    });
    expect(look.check).toBe('"✓"');
    expect(look.errorBorder).toBe('rgb(176, 0, 32)');
    expect(look.errorText).toBe('rgb(176, 0, 32)');
    expect([look.errorBorder, look.errorText]).not.toContain(look.chosenBorder);
    expect(look.chosenBorder).toBe('rgb(15, 110, 102)');
    expect(look.chosenBackground).not.toBe('rgb(253, 236, 238)');
    await context.close();
  });

  it('shows the 其他 box only once 其他 is chosen, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await phoneAt(390, { javaScriptEnabled });
      await page.goto(server.url + SURVEY);
      expect(await page.isVisible('#q1-box input.other')).toBe(false);
      await page.tap('label[for="q1-other"]');
      expect(await page.isVisible('#q1-box input.other')).toBe(true);
      expect(await page.getAttribute('#q1-box input.other', 'placeholder')).toBe('选择“其他”时请填写');
      await context.close();
    }
  });

  it('lists the problems at the top without JavaScript, each a link to its question', async () => {
    const { context, page } = await phoneAt(390, { javaScriptEnabled: false });
    await page.goto(server.url + SURVEY);
    await page.tap('label[for="q1-o1"]');
    await Promise.all([page.waitForURL(/\?lang=zh$/, { waitUntil: 'load' }), page.tap('#send')]);
    const links = await page.$$eval('#note a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent, target: document.querySelector(a.getAttribute('href')!)?.classList.contains('bad') })));
    expect(links.length).toBeGreaterThan(2);
    expect(links[0]).toEqual({ href: '#q0-box', text: expect.stringMatching(/^1\. /), target: true });
    expect(links.every((l) => l.target)).toBe(true);
    expect(await page.textContent('#note')).toMatch(new RegExp(`^有 ${links.length} 道题需要修改`));
    await context.close();
  });

  it('says which part of how many, how far the answers have got, and when the survey closes', async () => {
    const { context, page } = await phoneAt(390);
    await page.goto(server.url + SURVEY);
    const parts = await page.$$eval('h2 .sec', (els) => els.map((e) => e.textContent));
    expect(parts[0]).toBe(`第 1 / ${parts.length} 部分`);
    expect(parts.length).toBeGreaterThan(2);
    const progress = await page.textContent('#prog-t');
    expect(progress).toMatch(/^已答 0 \/ \d+ 题$/);
    await page.tap('label[for="q1-o1"]');
    await expect.poll(() => page.textContent('#prog-t')).toMatch(/^已答 1 \/ \d+ 题$/);
    expect(await page.evaluate(() => (document.getElementById('prog-bar') as HTMLProgressElement).value)).toBe(1);
    expect(await page.textContent('.due')).toBe('截止时间：2099-12-31 18:00');
    await context.close();
  });

  it('after answering, the thank-you page offers no way back to a blank form, and the link reopened says it was answered here', async () => {
    const { context, page } = await phoneAt(390);
    await page.goto(server.url + SURVEY);
    await fillRequired(page);
    const firstId = await page.inputValue('input[name=submissionId]');
    await page.tap('#send');
    await page.waitForURL(/\/done\?/);
    expect(await page.$$eval('main a', (as) => as.length)).toBe(0);
    const receipt = (await page.textContent('main'))!.match(/回执编号: ([0-9A-F]{8})/)?.[1];
    expect(receipt).toMatch(/^[0-9A-F]{8}$/);
    await page.goto(server.url + SURVEY);
    expect(await page.textContent('#answered')).toContain(`回执编号: ${receipt}`);
    expect(await page.isVisible('#survey')).toBe(false);
    await page.tap(`#answered button`);
    expect(await page.isVisible('#survey')).toBe(true);
    expect(await page.isVisible('#answered')).toBe(false);
    expect(await page.inputValue('input[name=submissionId]')).not.toBe(firstId);
    await context.close();
  });

  it('does not offer to answer again when the survey takes one answer per device', async () => {
    const current = await table.store.surveySettings.read(DEMO_NEEDS_SURVEY_ID);
    await table.store.surveySettings.put(DEMO_NEEDS_SURVEY_ID, { ...current.settings, onePerDevice: true }, current.version);
    try {
      const { context, page } = await phoneAt(390);
      await page.goto(server.url + SURVEY);
      await fillRequired(page);
      await page.tap('#send');
      await page.waitForURL(/\/done\?/);
      // The server's cookie answers a reopened link; a phone that lost it still has its own note, without the offer.
      await context.clearCookies();
      await page.goto(server.url + SURVEY);
      expect(await page.textContent('#answered')).toContain('您已在本设备上提交过这份问卷');
      expect(await page.$$eval('#answered button', (b) => b.length)).toBe(0);
      await context.close();
    } finally {
      const now = await table.store.surveySettings.read(DEMO_NEEDS_SURVEY_ID);
      await table.store.surveySettings.put(DEMO_NEEDS_SURVEY_ID, { ...now.settings, onePerDevice: false }, now.version);
    }
  });
});

describe('the feedback form on a phone', { timeout: 60_000 }, () => {
  it('calls itself feedback, names the lecture in English under ?lang=en, and thanks with its own words', async () => {
    const { context, page } = await phoneAt(390);
    await page.goto(`${server.url}/f/${lectureId}`);
    expect(await page.textContent('header')).toContain('点菜 · 宣讲反馈');
    expect(await page.textContent('header')).not.toContain('需求调查');
    await page.goto(`${server.url}/f/${lectureId}?lang=en`);
    expect(await page.textContent('.facts')).toContain('Healthy China, health for all');
    expect(await page.textContent('.facts')).toContain('Zhao Jing');
    expect(await page.textContent('.facts')).toContain('Health Commission, Education Bureau');
    await fillRequired(page);
    await page.tap('#send');
    await page.waitForURL(/\/done\?/);
    expect(await page.textContent('h1')).toBe('Thank you, your feedback is in!');
    expect(await page.textContent('header')).toContain('lecture feedback');
    await page.goto(`${server.url}/f/no-such-lecture`);
    expect(await page.textContent('h1')).toBe('找不到这场宣讲');
    expect(await page.textContent('header')).toContain('点菜 · 宣讲反馈');
    await context.close();
  });
});
