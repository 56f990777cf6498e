// One survey: status, share panel (link and QR code), settings, access codes and the visual editor.
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { responseMessages } from '../../../shared/i18n/response-messages.js';
import type { AccessCode } from '../../../shared/survey-admin/survey-admin-store.js';
import type { SurveyOverview } from '../../../shared/survey-admin/manage-surveys.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { SurveyLifecycle } from './confirm-page.js';
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { editorStyle } from './editor-style.js';
import { SurveyEditor, type EditingState } from './survey-editor.js';
import { editorScript } from './editor-script.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';

export interface SurveyPageProps {
  ctx: PageContext;
  overview: SurveyOverview;
  shareUrl: string;
  qrSvg?: string;
  codes: AccessCode[];
  timeZone: string;
  /** The editor's text when a save failed, so nothing typed is lost. */
  draftText?: string;
  problems?: string[];
  saved?: boolean;
  /** The question whose card is open for editing, and what was typed into it when a save failed. */
  editId?: string;
  editing?: EditingState;
  /** A move, copy or delete that was refused, shown beside its card. */
  refused?: { questionId: string; lines: string[] };
  catalogue?: Catalogue;
}

export function SurveyPage(props: SurveyPageProps) {
  const { ctx, overview, shareUrl, qrSvg, codes, timeZone } = props;
  const { survey, settings, responses } = overview;
  const t = dashboardMessages(ctx.locale);
  const base = `/admin/surveys/${survey.id}`;
  const units = survey.questions.find((q) => q.type === 'unit');
  return (
    <DashboardLayout ctx={ctx} title={survey.title} extraStyle={editorStyle} script={editorScript}>
      <h1>{survey.title}</h1>
      <p>
        <span class={`status ${survey.status}`}>{t.status[survey.status]}</span> · {t.responses}: <strong class="count">{responses}</strong> ·{' '}
        <a href={href(ctx, `${base}/report`)}>{t.report}</a> · <a href={href(ctx, `${base}/responses`)}>{responseMessages(ctx.locale).responsesList}</a> ·{' '}
        <a href={href(ctx, `${base}/status`)}>{ctx.locale === 'en' ? 'Who has answered' : '填报情况（未填报单位）'}</a> · <a href={href(ctx, `${base}/preview`)}>{t.preview}</a>
      </p>
      {props.saved ? (
        <p class="notice" role="status">
          {t.saved}
        </p>
      ) : null}
      <Problems title={t.problems} items={props.problems ?? []} />

      <SurveyLifecycle ctx={ctx} survey={survey} version={overview.version} archived={settings.archived === true} />

      {survey.status !== 'draft' ? (
        <section aria-labelledby="share">
          <h2 id="share">{t.share}</h2>
          <p class="help">{t.shareHelp}</p>
          <p class="share-url">
            <a href={shareUrl}>{shareUrl}</a>
          </p>
          {qrSvg ? <div class="qr" role="img" aria-label={shareUrl} dangerouslySetInnerHTML={{ __html: qrSvg }} /> : null}
          <ul class="links">
            <li>
              <a href={href(ctx, `/admin/surveys/${survey.id}/qr-sheet`)}>{t.printSheet}</a>
            </li>
            <li>
              <a href={`/api/surveys/${survey.id}/qr.png`} download={`${survey.id}-qr.png`}>
                {t.downloadPng}
              </a>
            </li>
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="settings">
        <h2 id="settings">{t.settings}</h2>
        {overview.unreadableSettings.length > 0 ? (
          <p class="notice" role="alert">
            {t.unreadableSettings(overview.unreadableSettings.map((name) => (name in t ? String(t[name as keyof typeof t]) : name)).join(', '))}
          </p>
        ) : null}
        <form method="post" action={href(ctx, `${base}/settings`)}>
          {/* The version this form shows: a save over a newer one answers "reload" instead of undoing it. */}
          <input type="hidden" name="settingsVersion" value={String(overview.settingsVersion)} />
          <p class="help">{t.timeZoneNote(zoneName(timeZone, ctx.locale))}</p>
          <div class="row">
            <div>
              <label for="opensAt">{t.opensAt}</label>
              <input id="opensAt" name="opensAt" type="datetime-local" value={settings.opensAt ? formatDistrictTime(settings.opensAt, timeZone) : ''} />
            </div>
            <div>
              <label for="closesAt">{t.closesAt}</label>
              <input id="closesAt" name="closesAt" type="datetime-local" value={settings.closesAt ? formatDistrictTime(settings.closesAt, timeZone) : ''} />
            </div>
            <div>
              <label for="responseLimit">{t.responseLimit}</label>
              <input id="responseLimit" name="responseLimit" type="number" min={1} value={settings.responseLimit === undefined ? '' : String(settings.responseLimit)} />
            </div>
          </div>
          <label class="inline">
            <input type="checkbox" name="requireAccessCode" value="1" checked={settings.requireAccessCode === true} />
            {t.requireAccessCode}
          </label>
          <label class="inline">
            <input type="checkbox" name="onePerDevice" value="1" checked={settings.onePerDevice === true} />
            {t.onePerDevice}
          </label>
          <button type="submit">{t.save}</button>
        </form>
      </section>

      <section aria-labelledby="codes">
        <h2 id="codes">{t.accessCodes}</h2>
        {units?.type === 'unit' ? (
          <form method="post" action={href(ctx, `${base}/access-codes`)}>
            <div class="row">
              <div>
                <label for="unitId">{t.unit}</label>
                <select id="unitId" name="unitId">
                  {units.options.map((o) => (
                    <option value={o.id}>{o.label}</option>
                  ))}
                </select>
              </div>
              <div>
                <label for="count">{t.count}</label>
                <input id="count" name="count" type="number" min={1} max={500} value="10" />
              </div>
            </div>
            <button type="submit">{t.generate}</button>
          </form>
        ) : null}
        {codes.length > 0 ? (
          <p>
            <a href={`/api/surveys/${survey.id}/access-codes.csv${ctx.locale === 'en' ? '?lang=en' : ''}`} download>
              {t.exportCodes}
            </a>
          </p>
        ) : null}
        {codes.length > 0 ? (
          <DataTable
            rows={codes}
            columns={[
              { header: t.code, key: true, cell: (code) => <code>{code.code}</code> },
              { header: t.unit, cell: (code) => (units?.type === 'unit' ? (units.options.find((o) => o.id === code.unitId)?.label ?? code.unitId) : code.unitId) },
              { header: t.statusLabel, cell: (code) => (code.usedAt ? t.used : t.unused) },
            ]}
          />
        ) : null}
      </section>

      <SurveyEditor ctx={ctx} survey={survey} version={overview.version} editId={props.editId} editing={props.editing} catalogue={props.catalogue} draftText={props.draftText} {...(props.refused ? { refused: props.refused } : {})} />
    </DashboardLayout>
  );
}
