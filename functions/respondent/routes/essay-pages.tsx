// The essay call's page routes: the unit's essay form (/u/{key}/essay-calls/{callId}) and its plain
// POST, the expert's blind essay (/e/{key}/essay-calls/{callId}/essays/{essayId}) and the review's
// POST. Fields that do not fit come back beside their boxes (422); a closed call, a repeated review
// and a gone link are thrown for the error handler to word as a page.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { EssayInputSchema, ReviewInputSchema } from '../../../shared/essays/essay-schema.js';
import { blindEssay, reviewEssay } from '../../../shared/essays/review-essay.js';
import { publicCall, submitEssay, takesEssays } from '../../../shared/essays/submit-essay.js';
import { resolveExpertLink } from '../../../shared/experts/expert-links.js';
import { EssaySubmissionClosedError, InvalidInputError } from '../../../shared/errors.js';
import { essayMessages } from '../../../shared/i18n/essay-messages.js';
import { programmeMessages } from '../../../shared/i18n/programme-messages.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { expertMessages } from '../../../shared/i18n/expert-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { resolveUnitLink } from '../../../shared/unit-links/unit-links.js';
import { requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { EssayFormPage, ExpertEssayPage } from '../pages/essay-pages.js';
import { essayDeps, essayPathId } from '../essay-deps.js';

/** A schema's problems as words beside each field (the first problem of each). */
function fieldErrors(issues: readonly v.BaseIssue<unknown>[], words: (field: string, issue: v.BaseIssue<unknown>) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue) ?? '';
    if (field && !errors[field]) errors[field] = words(field, issue);
  }
  return errors;
}

function formValues(fields: URLSearchParams, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, (fields.get(n) ?? '').slice(0, 40_000)]));
}

export function essayPageRoutes(deps: RespondentDeps) {
  const domain = essayDeps(deps);
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');
  const words = (locale: Locale) => ({ locale, time, zone: zoneName(deps.timeZone, locale) });
  const switchHref = (c: Context, locale: Locale) => `${c.req.path}?lang=${locale === 'en' ? 'zh' : 'en'}`;

  const units = new Hono();
  units.use('*', async function privatePages(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const essayForm = async (c: Context, values: Record<string, string> | undefined, errors: Record<string, string> = {}, status: 200 | 422 = 200) => {
    const locale = requestLocale(c);
    const key = c.req.param('unitKey')!;
    const resolved = await resolveUnitLink(deps.programme, key);
    const call = await publicCall(deps.programme.essays, essayPathId(c, 'callId'));
    // A closed call has no form: the page says it is closed (410), whatever was typed.
    if (!takesEssays(call, deps.clock.now())) throw new EssaySubmissionClosedError(call.id, call.deadline);
    const essay = values ? undefined : await deps.programme.essays.essayOfUnit(call.id, resolved.unit.id);
    const shown = values ?? (essay ? { essayId: essay.id, themeId: essay.themeId, title: essay.title, authors: essay.authors, text: essay.text } : {});
    return renderPage(
      c,
      <EssayFormPage w={words(locale)} unitKey={key} unitName={resolved.unit.name} call={call} values={shown} errors={errors} switchHref={switchHref(c, locale)} appName={programmeMessages(locale).appName} />,
      status,
    );
  };

  units.get('/:unitKey/essay-calls/:callId', (c) => essayForm(c, undefined));

  units.post('/:unitKey/essay-calls/:callId', async (c) => {
    const locale = requestLocale(c);
    const t = essayMessages(locale);
    const key = c.req.param('unitKey');
    const resolved = await resolveUnitLink(deps.programme, key);
    const callId = essayPathId(c, 'callId');
    const fields = new URLSearchParams(await c.req.text());
    const values = formValues(fields, ['themeId', 'title', 'authors', 'text']);
    const parsed = v.safeParse(EssayInputSchema, values);
    const limits: Record<string, number> = { title: 200, authors: 200, text: 30_000 };
    if (!parsed.success) {
      const errors = fieldErrors(parsed.issues, (field, issue) => (field === 'themeId' ? t.chooseTheme : issue.type === 'max_length' ? t.tooLong(limits[field] ?? 0) : t.required));
      return essayForm(c, { ...values, ...(await existingId(resolved.unit.id, callId)) }, errors, 422);
    }
    try {
      const { essay } = await submitEssay(domain, resolved, callId, parsed.output);
      await domain.audit.record({ id: `essay-${essay.id}-v${essay.version}`, at: essay.updatedAt, actor: `unit:${essay.unitId}`, action: 'essay.submit', target: callId, details: { essayId: essay.id, version: essay.version } });
    } catch (error) {
      if (error instanceof InvalidInputError) return essayForm(c, values, { themeId: t.chooseTheme }, 422);
      throw error;
    }
    return c.redirect(`/u/${key}?lang=${locale}&essay=saved#call-${callId}`, 303);
  });

  /** The form's button says "change" when the unit already has an essay in the call. */
  const existingId = async (unitId: string, callId: string): Promise<Record<string, string>> => {
    const essay = await deps.programme.essays.essayOfUnit(callId, unitId);
    return essay ? { essayId: essay.id } : {};
  };

  const experts = new Hono();
  experts.use('*', async function privatePages(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const essayPage = async (c: Context, extra: { values?: Record<string, string>; errors?: Record<string, string>; flash?: string } = {}, status: 200 | 422 = 200) => {
    const locale = requestLocale(c);
    const key = c.req.param('expertKey')!;
    const { expert } = await resolveExpertLink(deps.programme, key);
    const { call, essay, review } = await blindEssay(domain, expert.id, essayPathId(c, 'callId'), essayPathId(c, 'essayId'));
    return renderPage(
      c,
      <ExpertEssayPage
        w={words(locale)}
        path={`/e/${key}`}
        callTitle={call.title}
        essay={essay}
        {...(review ? { review } : {})}
        values={extra.values ?? {}}
        errors={extra.errors ?? {}}
        {...(extra.flash ? { flash: extra.flash } : {})}
        switchHref={switchHref(c, locale)}
        appName={expertMessages(locale).appName}
      />,
      status,
    );
  };

  experts.get('/:expertKey/essay-calls/:callId/essays/:essayId', (c) => essayPage(c, c.req.query('reviewed') ? { flash: essayMessages(requestLocale(c)).reviewDone } : {}));

  experts.post('/:expertKey/essay-calls/:callId/essays/:essayId/review', async (c) => {
    const locale = requestLocale(c);
    const t = essayMessages(locale);
    const key = c.req.param('expertKey');
    const { expert } = await resolveExpertLink(deps.programme, key);
    const callId = essayPathId(c, 'callId');
    const essayId = essayPathId(c, 'essayId');
    const fields = new URLSearchParams(await c.req.text());
    const values = formValues(fields, ['score', 'comment']);
    const score = /^\s*\d{1,3}\s*$/.test(values.score ?? '') ? Number(values.score) : Number.NaN;
    const parsed = v.safeParse(ReviewInputSchema, { score, comment: values.comment });
    if (!parsed.success) {
      const errors = fieldErrors(parsed.issues, (field) => (field === 'score' ? t.badScore : t.tooLong(2000)));
      return essayPage(c, { values, errors }, 422);
    }
    await reviewEssay(domain, expert.id, callId, essayId, parsed.output);
    return c.redirect(`/e/${key}/essay-calls/${callId}/essays/${essayId}?lang=${locale}&reviewed=1`, 303);
  });

  return { units, experts };
}
