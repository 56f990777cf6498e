// Short pages: thank-you, survey closed, survey not found.
import type { Locale } from '../../../shared/kernel/locale.js';
import { Layout } from './layout.js';

export interface MessagePageProps {
  locale: Locale;
  title: string;
  body: string;
  detail?: string;
  link?: { href: string; text: string };
  /** A closing line under the detail (the thank-you page: "you can close this page now"). */
  after?: string;
  /** What the header calls the app (a feedback page says feedback). */
  appName?: string;
}

export function MessagePage({ locale, title, body, detail, link, after, appName }: MessagePageProps) {
  return (
    <Layout locale={locale} title={title} appName={appName}>
      <div class="done" role="status">
        <h1>{title}</h1>
        <p>{body}</p>
        {detail ? <p>{detail}</p> : null}
        {after ? <p>{after}</p> : null}
        {link ? (
          <p>
            <a href={link.href}>{link.text}</a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}
