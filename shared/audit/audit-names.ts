// The audit log read by people: action codes as words, and where each entry's object lives on the dashboard.
import type { Locale } from '../kernel/locale.js';
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
  'survey.export': ['导出答卷', 'Exported responses'],
  'unit.key.issue': ['生成或更换单位链接', 'Issued or rotated a unit’s link'],
  'menu.create': ['新建菜单', 'Created a menu'],
  'menu.edit': ['修改菜单', 'Edited a menu'],
  'menu.publish': ['发布菜单', 'Published a menu'],
  'menu.close': ['提前截止点单', 'Stopped ordering early'],
  'request.submitted': ['点单退回待安排', 'Put a request back to waiting'],
  'request.scheduled': ['点单已安排', 'Marked a request scheduled'],
  'request.declined': ['婉拒点单', 'Declined a request'],
  'request.delivered': ['点单已宣讲', 'Marked a request delivered'],
  'lecture.schedule': ['排期宣讲', 'Scheduled a lecture'],
  'lecture.delivered': ['标记已宣讲', 'Marked a lecture delivered'],
  'lecture.cancel': ['取消宣讲', 'Cancelled a lecture'],
  'lecture.change': ['修改宣讲安排', 'Changed a lecture'],
  'lecture.accept': ['专家接单', 'The expert accepted a lecture'],
  'lecture.decline': ['专家婉拒', 'The expert declined a lecture'],
  'lecture.remind': ['催办反馈', 'Reminded units of a lecture’s feedback'],
  'expert.key.issue': ['生成或更换专家链接', 'Issued or rotated an expert’s link'],
  'survey.remind': ['催办填报', 'Reminded silent units of a survey'],
  'menu.remind': ['催办点单', 'Reminded units of a menu'],
  'notice.retry': ['重发通知', 'Sent a notice again'],
  'feedback-form.save': ['修改反馈表', 'Changed the feedback form'],
  'feedback-form.window': ['设置反馈开放天数', 'Set the feedback window'],
  'sign-in.settings': ['设置签到内容', 'Set what sign-in asks'],
  'record.add': ['上传台账材料', 'Added to a lecture record'],
  'record.remove': ['删除台账材料', 'Removed from a lecture record'],
  'record.summary': ['填写台账小结', 'Wrote a lecture record summary'],
  'ledger.export': ['导出年度台账', 'Exported the year’s record'],
  'catalogue.targets': ['设置年度目标', 'Set yearly targets'],
  'person.create': ['添加参学人员', 'Added a study member'],
  'person.update': ['修改参学人员', 'Changed a study member'],
  'people.import': ['导入参学人员', 'Imported study members'],
  'study.settings': ['设置学习形式', 'Set the study forms'],
  'study-session.schedule': ['安排集体学习', 'Planned a study session'],
  'study-session.change': ['修改集体学习', 'Changed a study session'],
  'study-session.held': ['标记已举行学习', 'Marked a study session held'],
  'study-session.cancel': ['取消集体学习', 'Cancelled a study session'],
  'briefing.create': ['新建学习动态', 'Wrote a briefing'],
  'briefing.edit': ['修改学习动态', 'Edited a briefing'],
  'briefing.publish': ['发布学习动态', 'Published a briefing'],
  'briefing.withdraw': ['撤回学习动态', 'Withdrew a briefing'],
  'essay-call.create': ['新建征文', 'Created an essay call'],
  'essay-call.open': ['开始征文', 'Opened an essay call'],
  'essay-call.close': ['截止征文', 'Closed an essay call'],
  'essay-call.publish': ['公布征文结果', 'Published an essay call’s results'],
  'essay.submit': ['单位提交征文', 'A unit sent its essay'],
  'essay.review': ['专家点评征文', 'An expert reviewed an essay'],
  'exchange-meeting.create': ['安排交流会', 'Scheduled an exchange meeting'],
  'exchange-meeting.change': ['修改交流会', 'Changed an exchange meeting'],
  'exchange-meeting.held': ['标记交流会已举行', 'Marked an exchange meeting held'],
  'exchange-meeting.cancel': ['取消交流会', 'Cancelled an exchange meeting'],
};

/** The catalogue's sections as people call them. */
const SECTIONS: Record<string, [string, string]> = {
  fronts: ['战线', 'front'],
  units: ['单位', 'unit'],
  themes: ['专题', 'theme'],
  topics: ['课题', 'topic'],
  experts: ['专家', 'expert'],
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
  const section = catalogue ? SECTIONS[catalogue[1]!] : undefined;
  if (verb && section) return locale === 'en' ? `${verb[1]} a ${section[1]}` : `${verb[0]}${section[0]}`;
  // An action this version has no words for (a newer one's): said as "other", never as its code.
  return locale === 'en' ? 'Other change' : '其他操作';
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
  if (entry.action.startsWith('lecture.') && safe(entry.target)) return `/admin/lectures/${entry.target}`;
  if (entry.action.startsWith('menu.') && safe(entry.target)) return `/admin/menus/${entry.target}`;
  if (entry.action.startsWith('request.')) {
    const menuId = entry.target.split('~')[0] ?? '';
    if (safe(menuId)) return `/admin/menus/${menuId}`;
  }
  if (entry.action.startsWith('unit.')) return '/admin/units';
  if (entry.action.startsWith('expert.')) return '/admin/experts/links';
  if (entry.action.startsWith('notice.')) return '/admin/notices';
  if (entry.action.startsWith('study-session.') && safe(entry.target)) return `/admin/study-sessions/${entry.target}`;
  if (entry.action.startsWith('person.') && safe(entry.target)) return `/admin/people/${entry.target}`;
  if (entry.action === 'people.import') return '/admin/people';
  if (entry.action === 'study.settings') return '/admin/study-plan';
  if (entry.action.startsWith('briefing.') && safe(entry.target)) return `/admin/briefings/${entry.target}`;
  return undefined;
}
