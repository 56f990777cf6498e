// One exchange meeting's dashboard page as every route that shows it draws it (its own routes, and the
// record's forms shown again with their problems): facts, sign-in and feedback QR codes, the record
// (台账, the lecture page's record section), and for an organizer the change, held and cancel forms.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import QRCode from 'qrcode';
import { loadMeeting } from '../../shared/essays/change-exchange-meeting.js';
import { loadCall } from '../../shared/essays/essay-calls.js';
import { zoneName } from '../../shared/i18n/zone-names.js';
import { formatDistrictTime } from '../../shared/kernel/zoned-time.js';
import { renderPage } from '../http/render.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { feedbackUrl, signInUrl } from './lecture-deps.js';
import { recordSection } from './lecture-page-view.js';
import { pageContext } from './page-context.js';
import { ExchangeMeetingPage, type FormState } from './pages/essay-calls-page.js';
import { meetingValues } from './pages/meeting-forms.js';

export interface MeetingPageExtra {
  flash?: string;
  problems?: string[];
  /** A refused change: the form's values and each problem beside its field. */
  change?: FormState & { values: URLSearchParams };
  attendanceError?: string;
  reasonError?: string;
  status?: ContentfulStatusCode;
}

export async function renderMeetingPage(deps: OrganizerDeps, c: Context<OrganizerEnv>, eventId: string, extra: MeetingPageExtra = {}): Promise<Response> {
  const meeting = await loadMeeting(deps.store.exchangeMeetings, eventId);
  const ctx = pageContext(c);
  const mayEdit = c.get('session').role !== 'viewer';
  const signIn = signInUrl(deps, c.req.url, meeting.id);
  const feedback = feedbackUrl(deps, c.req.url, meeting.id);
  const changing = mayEdit && meeting.status === 'scheduled';
  const [signInQr, feedbackQr, record, catalogue, call, essays] = await Promise.all([
    QRCode.toString(signIn, { type: 'svg', margin: 2 }),
    QRCode.toString(feedback, { type: 'svg', margin: 2 }),
    recordSection(deps, c, meeting.id),
    changing ? deps.store.catalogue.load() : undefined,
    changing ? loadCall(deps.store.essays, meeting.callId) : undefined,
    changing ? deps.store.essays.essays(meeting.callId) : undefined,
  ]);
  const zone = zoneName(deps.timeZone, ctx.locale);
  const change =
    catalogue && call && essays
      ? {
          choices: { catalogue, essays: [...essays].sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh')), themes: call.themes },
          form: extra.change ?? { values: meetingValues(meeting, formatDistrictTime(meeting.startsAt, deps.timeZone)) },
        }
      : undefined;
  return renderPage(
    c,
    <ExchangeMeetingPage
      ctx={ctx}
      meeting={meeting}
      timeZone={deps.timeZone}
      zone={zone}
      signInUrl={signIn}
      feedbackUrl={feedback}
      signInQr={signInQr}
      feedbackQr={feedbackQr}
      record={record}
      {...(extra.flash ? { flash: extra.flash } : {})}
      {...(extra.problems ? { problems: extra.problems } : {})}
      {...(change ? { change } : {})}
      {...(mayEdit ? { actions: { ...(extra.attendanceError ? { attendanceError: extra.attendanceError } : {}), ...(extra.reasonError ? { reasonError: extra.reasonError } : {}) } } : {})}
    />,
    extra.status ?? 200,
  );
}
