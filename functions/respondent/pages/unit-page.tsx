// A unit's home page (单位主页): its surveys, the menus it can order from, its requests and lectures.
import type { Locale } from '../../../shared/kernel/locale.js';
import { localized } from '../../../shared/kernel/locale.js';
import { programmeMessages } from '../../../shared/i18n/programme-messages.js';
import type { Menu } from '../../../shared/programme/menu-schema.js';
import type { UnitHome } from '../../../shared/programme/unit-home.js';
import type { UnitLecture } from '../../../shared/lectures/unit-lectures.js';
import { Layout } from './layout.js';
import { UnitLectures } from './unit-lectures.js';
import { UnitEssaySection } from './essay-pages.js';
import type { UnitEssayCall } from '../../../shared/essays/submit-essay.js';

export interface UnitPageProps {
  home: UnitHome;
  /** The menus listed, by id (titles of the picked topics). */
  menus: Map<string, Menu>;
  locale: Locale;
  now: Date;
  time: (iso: string) => string;
  /** The district's clock in words (北京时间), said beside the ordering deadline. */
  zone: string;
  switchHref: string;
  /** The unit's lectures from a year ago on, newest first. */
  lectures?: readonly UnitLecture[];
  /** The essay calls (征文) the unit sees, with its essay and result, and the words' time zone. */
  essays?: { calls: readonly UnitEssayCall[]; zone: string; flash?: string };
}

export function UnitPage({ home, menus, locale, now, time, zone, switchHref, lectures = [], essays }: UnitPageProps) {
  const t = programmeMessages(locale);
  const key = home.key.key;
  const lang = `lang=${locale}`;
  const unitName = localized(locale, home.unit.name, home.unit.nameEn);
  return (
    <Layout locale={locale} title={t.unitTitle(unitName)} switchHref={switchHref} appName={t.appName}>
      <h1>{unitName}</h1>
      {home.front ? (
        <p>
          {t.frontLabel}：{localized(locale, home.front.name, home.front.nameEn)}
        </p>
      ) : null}
      <p class="help">{t.keepPrivate}</p>
      {essays?.flash ? (
        <p class="note" role="status">
          {essays.flash}
        </p>
      ) : null}

      <h2>{t.surveys}</h2>
      {home.surveys.length === 0 ? <p>{t.noSurveys}</p> : null}
      {home.surveys.map((s) => (
        <div class="q">
          <p class="qt">{localized(locale, s.title, s.titleEn)}</p>
          <p>{s.responses > 0 ? t.answered(s.responses, s.lastResponseAt ? time(s.lastResponseAt) : undefined) : t.notAnswered}</p>
          <p>
            <a class="go" href={`/s/${s.id}?u=${key}&${lang}`}>
              {t.openSurvey}
            </a>
          </p>
        </div>
      ))}

      <h2>{t.menus}</h2>
      {home.menus.length === 0 ? <p>{t.noMenus}</p> : null}
      {home.menus.map((m) => {
        const menu = menus.get(m.id);
        const open = m.status === 'published' && Date.parse(m.orderDeadline) > now.getTime();
        const topicTitle = (topicId: string) => {
          const item = menu?.items.find((i) => i.topicId === topicId);
          return item ? localized(locale, item.title, item.titleEn) : topicId;
        };
        const expertName = (topicId: string, expertId: string) => {
          const expert = menu?.items.find((i) => i.topicId === topicId)?.experts.find((e) => e.id === expertId);
          return expert ? localized(locale, expert.name, expert.nameEn) : expertId;
        };
        return (
          <div class="q">
            <p class="qt">{m.title}</p>
            <p>{open ? t.deadline(time(m.orderDeadline), zone) : t.orderingClosed}</p>
            {m.request ? (
              <>
                <p>
                  <strong>{t.yourRequest}</strong>（{t.version(m.request.version)}）：{t.status[m.request.status] ?? m.request.status}
                </p>
                {m.request.statusReason ? (
                  <p>
                    {t.reason}：{m.request.statusReason}
                  </p>
                ) : null}
                <ol>
                  {m.request.picks.map((p) => (
                    <li>
                      {topicTitle(p.topicId)}
                      {p.expertId ? `（${t.withExpert(expertName(p.topicId, p.expertId))}）` : ''}
                    </li>
                  ))}
                </ol>
              </>
            ) : (
              <p>{t.noRequest}</p>
            )}
            {open && m.request?.status !== 'scheduled' && m.request?.status !== 'delivered' ? (
              <p>
                <a class="go" href={`/u/${key}/menus/${m.id}?${lang}`}>
                  {m.request ? t.changeOrder : t.order}
                </a>
              </p>
            ) : null}
          </div>
        );
      })}

      <h2 id="lectures">{t.lectures}</h2>
      <UnitLectures lectures={lectures} locale={locale} time={time} empty={t.noLectures} />
      {essays && essays.calls.length > 0 ? <UnitEssaySection calls={essays.calls} unitKey={key} w={{ locale, time, zone: essays.zone }} /> : null}
    </Layout>
  );
}
