// The audit log read by people: action codes as words, and where each entry's object lives on the dashboard.
import type { Locale } from '../i18n/locale.js';
import type { AuditEntry } from './audit-schema.js';

const ACTIONS: Record<string, [zh: string, en: string]> = {
  'survey.create': ['新建问卷', 'Created a survey'],
  'survey.copy': ['复制问卷', 'Copied a survey'],
  'survey.edit': ['修改问卷', 'Edited a survey'],
  'survey.publish': ['发布问卷', 'Published a survey'],
  'survey.close': ['结束收集', 'Stopped collecting'],
  'survey.reopen': ['重新开始收集', 'Collected again'],
  'survey.archive': ['归档问卷', 'Archived a survey'],
  'survey.unarchive': ['取消归档', 'Unarchived a survey'],
  'survey.settings': ['修改问卷设置', 'Changed survey settings'],
  'survey.access-codes': ['生成访问码', 'Generated access codes'],
  'template.save': ['保存为模板', 'Saved a survey as a template'],
  'template.rename': ['重命名模板', 'Renamed a template'],
  'template.delete': ['删除模板', 'Deleted a template'],
  'response.invalidate': ['标记无效答卷', 'Marked a response invalid'],
  'response.restore': ['恢复答卷', 'Restored a response'],
  'account.create': ['新建账号', 'Added an account'],
  'account.password': ['修改自己的密码', 'Changed own password'],
  'account.reset-password': ['重置密码', 'Reset a password'],
  'account.disable': ['停用账号', 'Disabled an account'],
  'account.enable': ['启用账号', 'Enabled an account'],
  'account.fronts': ['设置限定战线', 'Set an account’s fronts'],
  'account.logout-everywhere': ['退出所有设备', 'Signed out everywhere'],
  'catalogue.import': ['导入课题库与专家库', 'Imported the catalogue'],
};

const CATALOGUE_VERBS: Record<string, [string, string]> = {
  create: ['新增', 'Added'],
  update: ['修改', 'Changed'],
  edit: ['修改', 'Changed'],
  retire: ['停用', 'Retired'],
  restore: ['恢复', 'Restored'],
};

/** Every action code the log may show, for the filter's list. */
export const KNOWN_ACTIONS = Object.keys(ACTIONS);

export function auditActionName(action: string, locale: Locale): string {
  const i = locale === 'en' ? 1 : 0;
  const known = ACTIONS[action];
  if (known) return known[i];
  const catalogue = /^catalogue\.(\w+)\.(\w+)$/.exec(action);
  const verb = catalogue ? CATALOGUE_VERBS[catalogue[2]!] : undefined;
  if (verb) return locale === 'en' ? `${verb[1]} a catalogue record (${catalogue![1]})` : `${verb[0]}课题库记录（${catalogue![1]}）`;
  return action;
}

/** The dashboard page of the entry's object, when it has one. */
export function auditTargetPath(entry: AuditEntry): string | undefined {
  const safe = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);
  if (entry.action.startsWith('survey.') && safe(entry.target)) return `/admin/surveys/${entry.target}`;
  if (entry.action.startsWith('response.')) {
    const [surveyId = '', responseId = ''] = entry.target.split('/');
    if (safe(surveyId) && safe(responseId)) return `/admin/surveys/${surveyId}/responses/${responseId}`;
  }
  if (entry.action.startsWith('account.')) return '/admin/accounts';
  const record = /^catalogue\.(fronts|units|themes|topics|experts)\.\w+$/.exec(entry.action);
  if (record && safe(entry.target)) return `/admin/catalogue/${record[1]}/${entry.target}`;
  if (entry.action.startsWith('template.')) return '/admin/templates';
  if (entry.action.startsWith('catalogue.')) return '/admin/catalogue';
  return undefined;
}
