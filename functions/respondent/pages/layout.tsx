// The HTML shell every respondent page shares: language, viewport, inline style and script.
import type { Child } from 'hono/jsx';
import type { Locale } from '../../../shared/kernel/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { pageStyle } from './page-style.js';

export interface LayoutProps {
  locale: Locale;
  title: string;
  /** The same page in the other language. */
  switchHref?: string;
  script?: string;
  /** A page's own rules after the shared stylesheet (listed in the app's CSP hashes too). */
  style?: string;
  /** What the header calls the app on this page (a feedback form says feedback). */
  appName?: string;
  children: Child;
}

export function Layout({ locale, title, switchHref, script, style, appName, children }: LayoutProps) {
  const t = uiMessages(locale);
  return (
    <html lang={locale === 'en' ? 'en' : 'zh-CN'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        {/* An empty icon, so the browser makes no second request for /favicon.ico. */}
        <link rel="icon" href="data:," />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: pageStyle }} />
        {style ? <style dangerouslySetInnerHTML={{ __html: style }} /> : null}
      </head>
      <body>
        <header>
          <p>
            {appName ?? t.appName}
            {switchHref ? (
              <>
                {' · '}
                <a href={switchHref} lang={locale === 'en' ? 'zh-CN' : 'en'}>
                  {t.switchLanguage}
                </a>
              </>
            ) : null}
          </p>
        </header>
        <main id="main">{children}</main>
        {script ? <script dangerouslySetInnerHTML={{ __html: script }} /> : null}
      </body>
    </html>
  );
}
