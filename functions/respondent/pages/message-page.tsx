// Short pages: thank-you, survey closed, survey not found.
import type { Locale } from '../../../shared/i18n/locale.js';
import { Layout } from './layout.js';

export interface MessagePageProps {
  locale: Locale;
  title: string;
  body: string;
  detail?: string;
  link?: { href: string; text: string };
}

export function MessagePage({ locale, title, body, detail, link }: MessagePageProps) {
  return (
    <Layout locale={locale} title={title}>
      <div class="done" role="status">
        <h1>{title}</h1>
        <p>{body}</p>
        {detail ? <p>{detail}</p> : null}
        {link ? (
          <p>
            <a href={link.href}>{link.text}</a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}
