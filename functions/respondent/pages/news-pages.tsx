// The public briefing pages (学习动态): the list and one briefing, server-rendered, without script
// (a briefing's one script only shows a print button). Photos load lazily, each with its width and
// height so the text does not jump as they arrive.
import { dayInWords, paragraphsOf, type NewsEntry, type PublishedBriefing } from '../../../shared/briefings/briefing-schema.js';
import { newsMessages } from '../../../shared/i18n/news-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { Layout } from './layout.js';
import { newsScript } from './news-script.js';
import { newsStyle } from './news-style.js';

const langQuery = (locale: Locale) => (locale === 'en' ? '?lang=en' : '');

export function NewsListPage({ locale, entries, page = 1, pages = 1 }: { locale: Locale; entries: readonly NewsEntry[]; page?: number; pages?: number }) {
  const t = newsMessages(locale);
  return (
    <Layout locale={locale} title={t.title} appName={t.appName} switchHref={`/news?lang=${locale === 'en' ? 'zh' : 'en'}`} extraStyle={newsStyle}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {entries.length === 0 ? (
        <p class="intro">{t.none}</p>
      ) : (
        <ul class="news">
          {entries.map((e) => (
            <li>
              <a href={`/news/${e.briefingId}${langQuery(locale)}`}>
                <strong>{e.title}</strong>
                <time datetime={e.date}>{dayInWords(e.date, locale)}</time>
              </a>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={t.pages} class="acts">
          {page > 1 ? <a href={`/news?page=${page - 1}${locale === 'en' ? '&lang=en' : ''}`}>{t.newer}</a> : null}
          {page < pages ? <a href={`/news?page=${page + 1}${locale === 'en' ? '&lang=en' : ''}`}>{t.older}</a> : null}
        </nav>
      ) : null}
    </Layout>
  );
}

export function BriefingPage({ locale, briefing }: { locale: Locale; briefing: PublishedBriefing }) {
  const t = newsMessages(locale);
  const base = '/news';
  const photoUrl = (photoId: string) => `${base}/${briefing.briefingId}/photos/${photoId}`;
  return (
    <Layout locale={locale} title={briefing.title} appName={t.appName} switchHref={`${base}/${briefing.briefingId}?lang=${locale === 'en' ? 'zh' : 'en'}`} extraStyle={newsStyle} script={newsScript}>
      <article>
        <h1>{briefing.title}</h1>
        <p class="day">
          <time datetime={briefing.date}>{dayInWords(briefing.date, locale)}</time>
        </p>
        {paragraphsOf(briefing.text).map((p) => (
          <p>{p}</p>
        ))}
        {briefing.photos.map((photo, i) => (
          <figure>
            <img src={photoUrl(photo.photoId)} width={photo.width} height={photo.height} loading="lazy" decoding="async" alt={t.photo(briefing.title, i + 1)} />
          </figure>
        ))}
      </article>
      <div class="acts">
        <a href={`${base}/${briefing.briefingId}/briefing.docx`} download>
          {t.word}
        </a>
        <button type="button" data-print hidden>
          {t.print}
        </button>
        <p data-print-hint class="no-print">
          {t.printHint}
        </p>
        <p>
          <a href={`${base}${langQuery(locale)}`}>{t.back}</a>
        </p>
      </div>
    </Layout>
  );
}
