// One study session's dashboard page as every route that shows it draws it (its own routes, and the
// record's forms shown again with their problems): facts, sign-in, who signed in, the record (台账: the
// lecture page's record section, photos and files included), and for an organizer the change, held and
// cancel forms.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import QRCode from 'qrcode';
import { zoneName } from '../../shared/i18n/zone-names.js';
import { allSignIns } from '../../shared/sign-in/sign-in-sheet.js';
import { getSession } from '../../shared/study-plan/schedule-session.js';
import { studyForms, type StudySession } from '../../shared/study-plan/study-session-schema.js';
import { districtMinute, formatDistrictTime } from '../../shared/kernel/zoned-time.js';
import { requestLocale } from '../http/error-handler.js';
import { renderPage } from '../http/render.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { signInUrl } from './lecture-deps.js';
import { recordSection } from './lecture-page-view.js';
import { pageContext } from './page-context.js';
import { StudySessionPage } from './pages/study-session-page.js';

export const mayEditStudy = (c: Context<OrganizerEnv>) => c.get('session').role !== 'viewer';

/** What the plan-a-session and change forms offer: current themes and experts, the district's forms. */
export async function sessionChoices(deps: OrganizerDeps) {
  const [settings, catalogue] = await Promise.all([deps.store.studySettings.get(), deps.store.catalogue.load()]);
  return {
    themes: catalogue.themes.filter((t) => !t.retired).map((t) => ({ id: t.id, name: t.name })),
    experts: catalogue.experts.filter((e) => !e.retired).map((e) => ({ id: e.id, name: e.name, title: e.title })),
    forms: studyForms(settings),
    ownForms: settings.forms,
  };
}

/** A session as its change form's fields. */
function sessionValues(session: StudySession, timeZone: string): URLSearchParams {
  return new URLSearchParams({
    themeId: session.themeId,
    title: session.title === session.themeName ? '' : session.title,
    form: session.form,
    startsAt: formatDistrictTime(session.startsAt, timeZone),
    durationMinutes: String(session.durationMinutes),
    place: session.place,
    speakerKind: session.speaker.kind,
    ...(session.speaker.kind === 'expert' ? { expertId: session.speaker.expertId } : { leaderName: session.speaker.name, leaderPost: session.speaker.post }),
    ...(session.widened ? { widened: '1' } : {}),
    notes: session.notes ?? '',
  });
}

export interface SessionPageExtra {
  notice?: string;
  problems?: string[];
  /** A refused change: the form's values and each problem beside its field. */
  values?: URLSearchParams;
  errors?: Record<string, string>;
  status?: ContentfulStatusCode;
}

export async function renderSessionPage(deps: OrganizerDeps, c: Context<OrganizerEnv>, sessionId: string, extra: SessionPageExtra = {}): Promise<Response> {
  const session = await getSession(deps.store.studySessions, sessionId);
  const { values, errors, status, ...shown } = extra;
  const mayEdit = mayEditStudy(c);
  const change = session.status === 'scheduled' && mayEdit ? { choices: await sessionChoices(deps), values: values ?? sessionValues(session, deps.timeZone), ...(errors ? { errors } : {}) } : undefined;
  const url = signInUrl(deps, c.req.url, session.id);
  const [qrSvg, settings, signIns, record] = await Promise.all([
    QRCode.toString(url, { type: 'svg', margin: 2 }),
    deps.store.signInSettings.get(),
    allSignIns(deps.store.signIns, session.id),
    recordSection(deps, c, session.id),
  ]);
  return renderPage(
    c,
    <StudySessionPage
      ctx={pageContext(c)}
      session={session}
      startsAtLocal={`${districtMinute(session.startsAt, deps.timeZone)} ${zoneName(deps.timeZone, requestLocale(c))}`}
      signIn={{ url, qrSvg, settings }}
      signedIn={new Set(signIns.flatMap((s) => (s.personId && !s.guest ? [s.personId] : [])))}
      guests={signIns.filter((s) => s.guest).length}
      record={record}
      mayEdit={mayEdit}
      isAdmin={c.get('session').role === 'admin'}
      {...(change ? { change } : {})}
      {...shown}
    />,
    status,
  );
}
