// A survey's QR code poster: one A4 page to print and put up (title, big code, short link, when it
// opens and closes, the district's name), instead of printing the whole survey page.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { localized } from '../../../shared/kernel/locale.js';
import type { SurveyOverview } from '../../../shared/survey-admin/manage-surveys.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { lectureStyle } from './lecture-style.js';

export interface QrSheetProps {
  ctx: PageContext;
  overview: SurveyOverview;
  shareUrl: string;
  qrSvg: string;
  timeZone: string;
  districtName?: string;
}

export function QrSheetPage({ ctx, overview, shareUrl, qrSvg, timeZone, districtName }: QrSheetProps) {
  const t = dashboardMessages(ctx.locale);
  const { survey, settings } = overview;
  const title = localized(ctx.locale, survey.title, survey.titleEn);
  const when = (iso: string) => formatDistrictTime(iso, timeZone).replace('T', ' ');
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={lectureStyle}>
      <p class="links">
        <a href={href(ctx, `/admin/surveys/${survey.id}`)}>{t.sheetBack}</a>
      </p>
      <div class="screen sheet">
        {districtName ? <p class="district">{districtName}</p> : null}
        <h1>{title}</h1>
        <p>{t.sheetScan}</p>
        <div class="bigqr" role="img" aria-label={shareUrl} dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <p class="share-url">{shareUrl}</p>
        {settings.opensAt ? <p>{t.sheetOpens(when(settings.opensAt))}</p> : null}
        <p>{settings.closesAt ? t.sheetCloses(when(settings.closesAt)) : t.sheetNoDeadline}</p>
      </div>
    </DashboardLayout>
  );
}
