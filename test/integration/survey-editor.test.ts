// The visual editor through its plain form posts (no JavaScript): every change saves through the
// same definition checks, problems come back beside their fields in Chinese, published is read-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { organizerFixture, ORGANIZER, ORIGIN, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;
beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

const cookie = () => `diancai_session=${token}`;
const form = (path: string, body: [string, string][]) =>
  f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { cookie: cookie(), origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
const page = async (path: string) => (await f.app.request(`${ORIGIN}${path}`, { headers: { cookie: cookie() } })).text();
const definition = async (surveyId: string) => ((await (await f.api('GET', `/api/surveys/${surveyId}`, { token })).json()) as { survey: Survey }).survey;

/** The fields the open card posts as it is, as a browser would (read from the page). */
function cardFields(html: string): [string, string][] {
  const formHtml = /<form[^>]*class="question-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const fields: [string, string][] = [];
  for (const [tag] of formHtml.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
    const type = /type="([^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(tag)) continue;
    fields.push([name, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&')]);
  }
  for (const [, attrs, body] of formHtml.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = /name="([^"]*)"/.exec(attrs ?? '')?.[1];
    const selected = /<option value="([^"]*)"[^>]*selected/.exec(body ?? '')?.[1] ?? '';
    if (name) fields.push([name, selected]);
  }
  return fields;
}
const withField = (fields: [string, string][], name: string, value: string): [string, string][] => [...fields.filter(([n]) => n !== name), [name, value]];

describe('the visual editor without JavaScript', () => {
  it('Should build a survey from the needs template: edit a title, add a multiple choice with three options, reorder, delete, add display logic, publish', async () => {
    const created = await form('/admin/surveys', [['template', 'needs']]);
    const path = created.headers.get('location')!.split('?')[0]!;
    const surveyId = path.split('/').pop()!;
    const start = await definition(surveyId);
    const first = start.questions[0]!;

    // The page shows cards, not JSON; the JSON is tucked under "advanced".
    const html = await page(path);
    expect(html).toContain('class="cards"');
    expect(html).toMatch(/<details class="advanced">/);

    // Change the first question's title through its card.
    const card = await page(`${path}?edit=${first.id}`);
    const saved = await form(`${path}/questions/${first.id}`, withField(cardFields(card), 'title', '您所在的单位（改）'));
    expect(saved.status).toBe(303);
    expect((await definition(surveyId)).questions[0]?.title).toBe('您所在的单位（改）');

    // Add a multiple choice after question 1, then give it three options of its own.
    expect((await form(`${path}/add-question`, [['type', 'multiple_choice'], ['position', '1']])).status).toBe(303);
    const added = (await definition(surveyId)).questions[1]!;
    expect(added.type).toBe('multiple_choice');
    let fields = cardFields(await page(`${path}?edit=${added.id}`));
    fields = fields.filter(([n]) => !n.startsWith('opt.'));
    fields = withField(withField(fields, 'title', '希望的宣讲形式'), 'maxPicks', '');
    const three: [string, string][] = [['opt.id', 'a'], ['opt.label', '集中宣讲'], ['opt.id', 'b'], ['opt.label', '小分队'], ['opt.id', 'c'], ['opt.label', '线上直播']];
    expect((await form(`${path}/questions/${added.id}`, [...fields, ...three, ['opt.labelEn', ''], ['opt.labelEn', ''], ['opt.labelEn', '']])).status).toBe(303);
    let mc = (await definition(surveyId)).questions[1]!;
    expect(mc.type === 'multiple_choice' && mc.options.map((o) => o.label)).toEqual(['集中宣讲', '小分队', '线上直播']);

    // Move option 3 up, then the whole question down; delete the question now after it.
    fields = cardFields(await page(`${path}?edit=${added.id}`));
    expect((await form(`${path}/questions/${added.id}`, [...fields, ['op', 'up:opt:2']])).status).toBe(303);
    mc = (await definition(surveyId)).questions[1]!;
    expect(mc.type === 'multiple_choice' && mc.options.map((o) => o.id)).toEqual(['a', 'c', 'b']);
    expect((await form(`${path}/questions/${added.id}`, [['action', 'down']])).status).toBe(303);
    const afterMove = await definition(surveyId);
    expect(afterMove.questions[2]?.id).toBe(added.id);
    const victim = afterMove.questions[1]!;
    expect((await form(`${path}/questions/${victim.id}`, [['action', 'delete']])).status).toBe(303);
    expect((await definition(surveyId)).questions.some((q) => q.id === victim.id)).toBe(false);

    // Show the next question only when "线上直播" is picked.
    const gated = (await definition(surveyId)).questions[2]!;
    // First the question (its options are then shown, nothing saved yet), then an option.
    fields = cardFields(await page(`${path}?edit=${gated.id}`));
    const choosing = await form(`${path}/questions/${gated.id}`, [...withField(fields, 'if.0.q', added.id), ['op', 'logic']]);
    expect(choosing.status).toBe(200);
    expect(await definition(surveyId)).not.toHaveProperty(['questions', 2, 'visibleIf']);
    fields = cardFields(await choosing.text());
    expect(fields).toContainEqual(['if.0.q', added.id]);
    expect((await form(`${path}/questions/${gated.id}`, [...fields, ['if.0.o', `${added.id}:c`]])).status).toBe(303);
    expect((await definition(surveyId)).questions[2]?.visibleIf).toEqual({ questionId: added.id, anyOf: ['c'] });

    // Publish: the page shows the same cards read-only, with no JSON dump and no edit tools.
    expect((await form(`${path}/publish`, [])).status).toBe(303);
    const published = await page(path);
    expect(published).toContain('class="cards"');
    expect(published).not.toContain('<pre>');
    expect(published).not.toContain('class="tools"');
    expect(published).toContain('仅当第 2 题选择“线上直播”时作答');
  });

  it('Should show each problem beside its field in Chinese, keep what was typed, and save nothing', async () => {
    const created = await form('/admin/surveys', [['template', 'blank']]);
    const path = created.headers.get('location')!.split('?')[0]!;
    const surveyId = path.split('/').pop()!;
    expect((await form(`${path}/add-question`, [['type', 'multiple_choice']])).status).toBe(303);
    const before = await definition(surveyId);
    const q = before.questions.at(-1)!;
    const fields = withField(withField(cardFields(await page(`${path}?edit=${q.id}`)), 'minPicks', '5'), 'title', '改了但不该保存');
    const refused = await form(`${path}/questions/${q.id}`, fields);
    expect(refused.status).toBe(422);
    const html = await refused.text();
    // The skeleton allows at most 2 picks of 3 options: 5 at least breaks both rules.
    expect(html).toContain('<ul class="field-err" id="err-picks"><li>最少数量大于最多数量。</li><li>要选（或排）的数量超过了选项数。</li></ul>');
    expect(html).toContain('value="改了但不该保存"');
    expect(await definition(surveyId)).toEqual(before);
  });

  it('Should refuse display logic that points at a later question, beside the logic field', async () => {
    const created = await form('/admin/surveys', [['template', 'blank']]);
    const path = created.headers.get('location')!.split('?')[0]!;
    const surveyId = path.split('/').pop()!;
    expect((await form(`${path}/add-question`, [['type', 'single_choice']])).status).toBe(303);
    const survey = await definition(surveyId);
    const [firstQ, lastQ] = [survey.questions[0]!, survey.questions.at(-1)!];
    const refused = await form(`${path}/questions/${firstQ.id}`, [...withField(cardFields(await page(`${path}?edit=${firstQ.id}`)), 'if.0.q', lastQ.id), ['if.0.o', `${lastQ.id}:a`]]);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toMatch(/id="err-logic"><li>条件 1：所选的题目不是本题前面的选择题，请重新选择。/);
  });

  it('Should keep several display conditions exactly as the editor showed them, and show them back as rows', async () => {
    // Prepare: two choice questions and a third gated by both.
    const created = await form('/admin/surveys', [['template', 'blank']]);
    const path = created.headers.get('location')!.split('?')[0]!;
    const surveyId = path.split('/').pop()!;
    for (const type of ['single_choice', 'multiple_choice', 'text']) expect((await form(`${path}/add-question`, [['type', type]])).status).toBe(303);
    const qs = (await definition(surveyId)).questions;
    const [one, two, gated] = qs.slice(-3) as [Survey['questions'][number], Survey['questions'][number], Survey['questions'][number]];
    const opts = (q: Survey['questions'][number]) => ('options' in q ? q.options : []).map((o) => o.id);
    // Act: ticks under two questions, in two rows.
    const fields = cardFields(await page(`${path}?edit=${gated.id}`));
    const saved = await form(`${path}/questions/${gated.id}`, [
      ...fields.filter(([n]) => !n.startsWith('if.')),
      ['if.0.q', one.id], ['if.0.o', `${one.id}:${opts(one)[1]}`],
      ['if.1.q', two.id], ['if.1.o', `${two.id}:${opts(two)[0]}`], ['if.1.o', `${two.id}:${opts(two)[2]}`],
    ]);
    // Assess: both saved, as one `all`; the card shows both rows ticked, and a blank third row.
    expect(saved.status).toBe(303);
    const stored = (await definition(surveyId)).questions.find((q) => q.id === gated.id)!;
    expect(stored.visibleIf).toEqual({ all: [{ questionId: one.id, anyOf: [opts(one)[1]] }, { questionId: two.id, anyOf: [opts(two)[0], opts(two)[2]] }] });
    const again = cardFields(await page(`${path}?edit=${gated.id}`)).filter(([n]) => n.startsWith('if.'));
    expect(again).toEqual([
      ['if.0.o', `${one.id}:${opts(one)[1]}`],
      ['if.1.o', `${two.id}:${opts(two)[0]}`],
      ['if.1.o', `${two.id}:${opts(two)[2]}`],
      ['if.0.q', one.id],
      ['if.1.q', two.id],
      ['if.2.q', ''],
    ]);
    // Saving the card as shown changes nothing.
    expect((await form(`${path}/questions/${gated.id}`, cardFields(await page(`${path}?edit=${gated.id}`)))).status).toBe(303);
    expect((await definition(surveyId)).questions.find((q) => q.id === gated.id)?.visibleIf).toEqual(stored.visibleIf);
  });

  it('Should refuse, beside the logic field, a condition it cannot keep: options of another question, or none ticked', async () => {
    const created = await form('/admin/surveys', [['template', 'blank']]);
    const path = created.headers.get('location')!.split('?')[0]!;
    const surveyId = path.split('/').pop()!;
    for (const type of ['single_choice', 'single_choice', 'text']) expect((await form(`${path}/add-question`, [['type', type]])).status).toBe(303);
    const before = await definition(surveyId);
    const [one, two, gated] = before.questions.slice(-3) as Survey['questions'];
    const n = (q: Survey['questions'][number] | undefined) => before.questions.findIndex((x) => x.id === q?.id) + 1;
    const fields = cardFields(await page(`${path}?edit=${gated!.id}`)).filter(([name]) => !name.startsWith('if.'));
    // The question was changed to `two`, but the ticks are still `one`'s: nothing is saved, the reason is given.
    const foreign = await form(`${path}/questions/${gated!.id}`, [...fields, ['if.0.q', two!.id], ['if.0.o', `${one!.id}:a`]]);
    expect(foreign.status).toBe(422);
    expect(await foreign.text()).toContain(`<ul class="field-err" id="err-logic"><li>条件 1：勾选的选项不属于第 ${n(two)} 题（题目换过了），请重新勾选第 ${n(two)} 题的选项。</li></ul>`);
    const none = await form(`${path}/questions/${gated!.id}`, [...fields, ['if.0.q', one!.id]]);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain(`条件 1：请勾选第 ${n(one)} 题的至少一个选项，或把题目改回“（不设条件）”。`);
    expect(await definition(surveyId)).toEqual(before);
  });

  it('Should refuse a move above the question a condition rests on, saying why in Chinese on the card', async () => {
    const created = await form('/admin/surveys', [['template', 'blank']]);
    const path = created.headers.get('location')!.split('?')[0]!;
    const surveyId = path.split('/').pop()!;
    for (const type of ['single_choice', 'text']) expect((await form(`${path}/add-question`, [['type', type]])).status).toBe(303);
    const qs = (await definition(surveyId)).questions;
    const [source, gated] = qs.slice(-2) as Survey['questions'];
    const fields = cardFields(await page(`${path}?edit=${gated!.id}`)).filter(([name]) => !name.startsWith('if.'));
    expect((await form(`${path}/questions/${gated!.id}`, [...fields, ['if.0.q', source!.id], ['if.0.o', `${source!.id}:a`]])).status).toBe(303);
    const before = await definition(surveyId);
    // Act
    const refused = await form(`${path}/questions/${gated!.id}`, [['action', 'up']]);
    // Assess: the card says why, and is where the page opens; nothing moved.
    expect(refused.status).toBe(422);
    const html = await refused.text();
    const card = new RegExp(`<li id="card-${qs.length - 1}"[^>]*data-question="${gated!.id}"><div class="field-err" id="refused" role="alert" tabindex="-1" autofocus=""><p>没有移动：</p><ul><li>第 ${qs.length - 1} 题：显示条件只能引用前面的题目。</li></ul></div>`);
    expect(html).toMatch(card);
    expect(html).not.toContain('which comes after it');
    expect(await definition(surveyId)).toEqual(before);
  });

  it('Should download the definition as a JSON file', async () => {
    const created = await form('/admin/surveys', [['template', 'feedback']]);
    const path = created.headers.get('location')!.split('?')[0]!;
    const response = await f.app.request(`${ORIGIN}${path}/definition.json`, { headers: { cookie: cookie() } });
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    const body = (await response.json()) as { kind: string; questions: unknown[]; status?: string };
    expect(body.kind).toBe('feedback');
    expect(body.status).toBeUndefined();
  });
});
