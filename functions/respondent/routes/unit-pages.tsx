// The unit's pages (/u/{unitKey}): its home, the request form for a menu, and the form's plain POST.
import { Hono, type Context } from 'hono';
import { isUuid } from '../../../shared/kernel/ids.js';
import { InvalidRequestError, MenuNotFoundError, OrderingClosedError, StoreUnavailableError } from '../../../shared/errors.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { programmeMessages } from '../../../shared/i18n/programme-messages.js';
import { takesRequests } from '../../../shared/programme/manage-menus.js';
import type { Menu } from '../../../shared/programme/menu-schema.js';
import { REQUEST_FIELDS, requestFieldsSurvey } from '../../../shared/programme/request-form.js';
import type { CurrentRequest, RequestInput } from '../../../shared/programme/request-schema.js';
import { publicMenu, submitRequest } from '../../../shared/programme/submit-request.js';
import { unitHome } from '../../../shared/programme/unit-home.js';
import { unitLectures } from '../../../shared/lectures/unit-lectures.js';
import { resolveUnitLink } from '../../../shared/unit-links/unit-links.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { isId } from '../../../shared/kernel/ids.js';
import { requestLocale } from '../../http/error-handler.js';
import { ApiError } from '../../http/api-error.js';
import { onRefusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { fieldName, formToAnswers, type FormValues } from '../form-fields.js';
import { MessagePage } from '../pages/message-page.js';
import { pickField, pickValue, picksFromForm, RequestPicks } from '../pages/request-picks.js';
import { SurveyPage } from '../pages/survey-page.js';
import { UnitPage } from '../pages/unit-page.js';
import { unitEssayCalls } from '../../../shared/essays/submit-essay.js';
import { essayMessages } from '../../../shared/i18n/essay-messages.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { essayDeps } from '../essay-deps.js';


function menuIdOf(c: Context): string {
  const id = c.req.param('menuId');
  if (!isId(id)) throw new MenuNotFoundError(String(id).slice(0, 64));
  return id;
}

/** The current request as form values, so "change the request" starts from what was sent. */
function requestValues(request: CurrentRequest | undefined): FormValues {
  const form = new URLSearchParams();
  if (!request) return form;
  request.picks.forEach((p, i) => form.append(pickField(i + 1), pickValue(p.topicId, p.expertId)));
  if (request.format) form.append(fieldName.answer(REQUEST_FIELDS.format), request.format);
  if (request.manner) form.append(fieldName.answer(REQUEST_FIELDS.manner), request.manner);
  for (const slot of request.preferredTimes ?? []) form.append(fieldName.answer(REQUEST_FIELDS.preferredTimes), slot);
  form.append(fieldName.answer(REQUEST_FIELDS.audience), String(request.audience));
  form.append(fieldName.answer(REQUEST_FIELDS.contactName), request.contact.name);
  form.append(fieldName.answer(REQUEST_FIELDS.contactPhone), request.contact.phone);
  if (request.note) form.append(fieldName.answer(REQUEST_FIELDS.note), request.note);
  return form;
}

/** A posted form as the contract's request body; checking it against the menu is the domain's job. */
function formToRequest(menu: Menu, submissionId: string, form: FormValues): RequestInput {
  const answers = formToAnswers(requestFieldsSurvey(menu), form);
  return {
    submissionId,
    picks: picksFromForm(menu, form),
    audience: answers[REQUEST_FIELDS.audience],
    contact: { name: answers[REQUEST_FIELDS.contactName], phone: answers[REQUEST_FIELDS.contactPhone] },
    format: answers[REQUEST_FIELDS.format],
    manner: answers[REQUEST_FIELDS.manner],
    preferredTimes: answers[REQUEST_FIELDS.preferredTimes],
    note: answers[REQUEST_FIELDS.note],
  };
}

export function unitPageRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const requestDeps = { ...deps.programme, clock: deps.clock };
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');
  const langLinks = (c: Context, path: string) => {
    const locale = requestLocale(c);
    return { locale, self: `${path}?lang=${locale}`, switchHref: `${path}?lang=${locale === 'en' ? 'zh' : 'en'}` };
  };

  // Any failure a unit can meet (404 link gone, 410 closed, 409 locked, 503 busy) is thrown: the app's
  // error handler answers a page (pages/error-page.tsx words it for units) or, to the form's script, JSON.
  const requestForm = (c: Context, locale: Locale, key: string, unitName: string, menu: Menu, submissionId: string, values: FormValues, errors: Record<string, string> = {}) => {
    const t = programmeMessages(locale);
    const base = `/u/${key}/menus/${menu.id}`;
    const survey = { ...requestFieldsSurvey(menu), title: `${menu.title} · ${unitName}`, ...(menu.intro ? { intro: `${menu.intro}\n${t.deadline(time(menu.orderDeadline), zoneName(deps.timeZone, locale))}` } : { intro: t.deadline(time(menu.orderDeadline), zoneName(deps.timeZone, locale)) }) };
    return renderPage(
      c,
      <SurveyPage
        survey={survey}
        locale={locale}
        action={`${base}?lang=${locale}`}
        doneUrl={`${base}/done?lang=${locale}`}
        switchHref={`${base}?lang=${locale === 'en' ? 'zh' : 'en'}`}
        submissionId={submissionId}
        values={values}
        errors={errors}
        lead={<RequestPicks menu={menu} locale={locale} values={values} error={errors[REQUEST_FIELDS.picks]} />}
        submitLabel={t.submitRequest}
        appName={t.appName}
      />,
    );
  };

  app.use('*', async function privatePages(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/:unitKey', async (c) => {
    const key = c.req.param('unitKey');
    const { locale, switchHref } = langLinks(c, `/u/${key}`);
    const home = await unitHome(deps.programme, key);
    const menus = new Map<string, Menu>();
    const [lectures, essayCalls] = await Promise.all([
      unitLectures(deps, home.unit.id, deps.clock.now()),
      unitEssayCalls(essayDeps(deps), home.unit.id),
      ...home.menus.map(async (m) => {
        const menu = await deps.programme.menus.get(m.id);
        if (menu) menus.set(m.id, menu);
      }),
    ]);
    const essays = { calls: essayCalls, zone: zoneName(deps.timeZone, locale), ...(c.req.query('essay') === 'saved' ? { flash: essayMessages(locale).saved } : {}) };
    return renderPage(c, <UnitPage home={home} menus={menus} locale={locale} now={deps.clock.now()} time={time} zone={zoneName(deps.timeZone, locale)} switchHref={switchHref} lectures={lectures} essays={essays} />);
  });

  app.get('/:unitKey/menus/:menuId', async (c) => {
    const key = c.req.param('unitKey');
    const locale = requestLocale(c);
    const { unit } = await resolveUnitLink(deps.programme, key);
    const menu = await publicMenu(deps.programme.menus, menuIdOf(c));
    if (!takesRequests(menu, deps.clock.now())) throw new OrderingClosedError(menu.id);
    const current = await deps.programme.requests.current(menu.id, unit.id);
    return requestForm(c, locale, key, unit.name, menu, deps.newId(), requestValues(current));
  });

  // The form posts here: a page round trip without JavaScript, an API call (Accept: JSON) with it.
  app.post('/:unitKey/menus/:menuId', async (c) => {
    const key = c.req.param('unitKey');
    const locale = requestLocale(c);
    const json = (c.req.header('accept') ?? '').includes('application/json');
    const fields = new URLSearchParams(await c.req.text());
    const submissionId = fields.get('submissionId');
    if (!isUuid(submissionId)) throw new ApiError(400, 'malformed_body', [{ field: 'submissionId', message: 'submissionId must be a UUID' }]);
    const { unit } = await resolveUnitLink(deps.programme, key);
    const menu = await publicMenu(deps.programme.menus, menuIdOf(c));
    // The form comes back with what was sent: each problem beside its box, or (the store busy) as it was, to send again.
    onRefusal(c, ({ error }) => {
      if (error instanceof StoreUnavailableError) return requestForm(c, locale, key, unit.name, menu, submissionId, fields);
      if (!(error instanceof InvalidRequestError)) return undefined;
      const errors: Record<string, string> = {};
      for (const issue of error.issues) if (issue.questionId) errors[issue.questionId] ??= issue.message;
      return requestForm(c, locale, key, unit.name, menu, submissionId, fields, errors);
    });
    const outcome = await submitRequest(requestDeps, key, menu.id, formToRequest(menu, submissionId, fields), locale);
    if (json) return c.json({ requestId: outcome.requestId, version: outcome.version }, outcome.replayed ? 200 : 201);
    return c.redirect(`/u/${key}/menus/${menu.id}/done?lang=${locale}`, 303);
  });

  app.get('/:unitKey/menus/:menuId/done', (c) => {
    const locale = requestLocale(c);
    const t = programmeMessages(locale);
    const key = c.req.param('unitKey');
    return renderPage(c, <MessagePage locale={locale} title={t.requestThanksTitle} body={t.requestThanksBody} link={{ href: `/u/${encodeURIComponent(key)}?lang=${locale}`, text: t.backToUnit }} appName={t.appName} />);
  });

  return app;
}
