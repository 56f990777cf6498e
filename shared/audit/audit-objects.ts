// What an audit entry's object is called: the survey's title, the unit's and menu's names, the
// lecture's topic and date, the expert's name. The log stores ids (they never change); people read
// names, looked up once per page of entries.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Locale } from '../kernel/locale.js';
import type { Lecture } from '../lectures/lecture-schema.js';
import { receiptNumber } from '../responses/receipt.js';
import type { CatalogueRepository, CatalogueSection } from '../catalogue/catalogue-store.js';
import type { LectureRepository } from '../lectures/lecture-store.js';
import type { MenuRepository } from '../programme/menu-store.js';
import type { SurveyAdminRepository } from '../survey-admin/survey-admin-store.js';
import type { TemplateRepository } from '../templates/template-store.js';
import { districtMinute } from '../kernel/zoned-time.js';
import type { AuditEntry } from './audit-schema.js';

export interface AuditNames {
  surveys: Map<string, string>;
  templates: Map<string, string>;
  menus: Map<string, string>;
  lectures: Map<string, Lecture>;
  catalogue: Catalogue;
  timeZone: string;
}

/** Everything the entries name, read once: the lists, and each lecture they mention by id. */
export interface AuditNameSources {
  surveyAdmin: Pick<SurveyAdminRepository, 'list'>;
  templates: Pick<TemplateRepository, 'list'>;
  menus: Pick<MenuRepository, 'list'>;
  lectures: Pick<LectureRepository, 'get'>;
  catalogue: Pick<CatalogueRepository, 'load'>;
}

export async function auditNames(store: AuditNameSources, entries: readonly AuditEntry[], timeZone: string): Promise<AuditNames> {
  const lectureIds = [...new Set(entries.filter((e) => e.action.startsWith('lecture.')).map((e) => e.target))];
  const [surveys, templates, menus, catalogue, lectures] = await Promise.all([
    store.surveyAdmin.list(),
    store.templates.list(),
    store.menus.list(),
    store.catalogue.load(),
    Promise.all(lectureIds.map((id) => store.lectures.get(id))),
  ]);
  return {
    surveys: new Map(surveys.map(({ summary }) => [summary.id, summary.title])),
    templates: new Map(templates.map((t) => [t.id, t.name])),
    menus: new Map(menus.map((m) => [m.id, m.title])),
    lectures: new Map(lectures.filter((l): l is Lecture => l !== undefined).map((l) => [l.id, l])),
    catalogue,
    timeZone,
  };
}

function recordName(catalogue: Catalogue, section: CatalogueSection, id: string): string | undefined {
  const record = (catalogue[section] as readonly { id: string; name?: string; title?: string }[]).find((r) => r.id === id);
  return record?.name ?? record?.title;
}

/** The entry's object in words; "(deleted)" where it no longer exists, never its bare id. */
export function auditObjectName(entry: AuditEntry, names: AuditNames, locale: Locale): string {
  const en = locale === 'en';
  const gone = en ? '(no longer exists)' : '（已不存在）';
  const quoted = (text: string | undefined) => (text === undefined ? gone : en ? `“${text}”` : `《${text}》`);
  const [kind] = entry.action.split('.');
  const unitName = (id: string) => recordName(names.catalogue, 'units', id) ?? gone;
  switch (kind) {
    case 'survey':
      return quoted(names.surveys.get(entry.target));
    case 'response': {
      const [surveyId = '', responseId = ''] = entry.target.split('/');
      return en ? `${quoted(names.surveys.get(surveyId))}, receipt ${receiptNumber(responseId)}` : `${quoted(names.surveys.get(surveyId))}的答卷，回执编号 ${receiptNumber(responseId)}`;
    }
    case 'template':
      return quoted(names.templates.get(entry.target));
    case 'menu':
      return quoted(names.menus.get(entry.target));
    case 'request': {
      const [menuId = '', unitId = ''] = entry.target.split('~');
      return en ? `${unitName(unitId)}’s request on ${quoted(names.menus.get(menuId))}` : `${unitName(unitId)}在${quoted(names.menus.get(menuId))}的点单`;
    }
    case 'lecture': {
      const lecture = names.lectures.get(entry.target);
      if (!lecture) return gone;
      return `${quoted(lecture.topicTitle)} · ${lecture.units.map((u) => u.name).join(en ? ', ' : '、')} · ${districtMinute(lecture.startsAt, names.timeZone)}`;
    }
    case 'unit':
      return unitName(entry.target);
    case 'expert':
      return recordName(names.catalogue, 'experts', entry.target) ?? gone;
    case 'notice':
      return en ? 'a notice' : '一条通知';
    case 'account':
      return entry.target;
    case 'feedback-form': {
      const version = /^v(\d+)$/.exec(entry.target)?.[1];
      if (version) return en ? `feedback form, version ${version}` : `反馈表第 ${version} 版`;
      return en ? 'feedback form' : '反馈表';
    }
    case 'catalogue': {
      const section = /^catalogue\.(fronts|units|themes|topics|experts)\./.exec(entry.action)?.[1] as CatalogueSection | undefined;
      if (!section) return en ? 'the catalogue' : '课题库与专家库';
      return recordName(names.catalogue, section, entry.target) ?? gone;
    }
    // Objects named by the title the entry kept when it was written.
    case 'briefing':
    case 'essay-call':
      return typeof entry.details?.title === 'string' ? quoted(entry.details.title) : en ? 'the item' : '该条目';
    case 'exchange-meeting':
      return en ? 'an exchange meeting' : '一场交流会';
    case 'essay':
      return en ? 'an essay' : '一篇征文';
    case 'study-session':
      return en ? 'a study session' : '一次集体学习';
    case 'person':
    case 'people':
      return en ? 'study members' : '参学人员';
    default:
      // Never an empty link: a kind without its own words is named as what it is, an item.
      return en ? 'the item' : '该条目';
  }
}

/** Who did it, as people say it: an account's email, or an expert (who answered from their link) by name. */
export function auditActorName(actor: string, names: AuditNames, locale: Locale): string {
  if (!actor.startsWith('expert:')) return actor;
  const name = recordName(names.catalogue, 'experts', actor.slice('expert:'.length));
  return locale === 'en' ? `Expert ${name ?? '(no longer exists)'}` : `专家 ${name ?? '（已不存在）'}`;
}
