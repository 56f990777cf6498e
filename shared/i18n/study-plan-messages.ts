// The words of the centre group's study plan (年度学习计划): people of units, sessions, the plan view,
// its workbook and print, and the problems a form or an import row can have. Both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  peopleTitle: '中心组成员与单位负责人',
  planTitle: (year: number) => `${year} 年度学习计划`,
  sessionTitle: '集体学习',
  newSession: '安排集体学习',
  roles: { member: '中心组成员', head: '单位负责人' } as Record<'member' | 'head', string>,
  statuses: { scheduled: '已安排', delivered: '已举行', cancelled: '已取消' } as Record<'scheduled' | 'delivered' | 'cancelled', string>,
  columns: { id: '编号', name: '姓名', post: '职务', unit: '单位', role: '身份', status: '状态' },
  retired: '停用',
  month: (m: number) => `${m} 月`,
  flags: { no_session: '本月没有安排集体学习', none_held: '本月没有举行集体学习' } as Record<'no_session' | 'none_held', string>,
  speakerExpert: '专家',
  speakerLeader: '领导',
  widened: '扩大至各单位党政主要负责同志',
  problems: {
    required: '请填写此项。',
    unknown_unit: '目录中没有这个单位。',
    unknown_theme: '目录中没有这个专题。',
    unknown_expert: '专家库中没有这位专家。',
    unknown_form: '学习形式不在本区的列表中。',
    bad_time: '请按“年-月-日 时:分”填写北京时间。',
    duplicate_person: '同一单位已有同名人员。',
    duplicate_row: '文件中重复的行。',
    invalid_role: '身份应为“中心组成员”或“单位负责人”。',
    invalid_status: '状态应为空、“在用”或“停用”。',
    invalid_id: '编号只能用字母、数字、- 和 _。',
    too_long: '内容过长。',
    ambiguous: '同名人员不止一位，请填写编号或单位。',
  },
};

type StudyPlanWords = typeof zh;

const en: StudyPlanWords = {
  peopleTitle: 'Centre group members and unit heads',
  planTitle: (year: number) => `Study plan ${year}`,
  sessionTitle: 'Study session',
  newSession: 'Plan a study session',
  roles: { member: 'Centre group member', head: 'Unit head' },
  statuses: { scheduled: 'Scheduled', delivered: 'Held', cancelled: 'Cancelled' },
  columns: { id: 'ID', name: 'Name', post: 'Post', unit: 'Unit', role: 'Role', status: 'Status' },
  retired: 'Retired',
  month: (m: number) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1] ?? String(m),
  flags: { no_session: 'No collective study planned this month', none_held: 'No collective study held this month' },
  speakerExpert: 'Expert',
  speakerLeader: 'Leader',
  widened: 'Widened to every unit’s Party and government heads',
  problems: {
    required: 'Please fill this in.',
    unknown_unit: 'No such unit in the catalogue.',
    unknown_theme: 'No such theme in the catalogue.',
    unknown_expert: 'No such expert in the pool.',
    unknown_form: 'This form of study is not on the district’s list.',
    bad_time: 'Give the time as YYYY-MM-DD HH:mm (district time).',
    duplicate_person: 'The unit already has a person of this name.',
    duplicate_row: 'This row repeats an earlier one.',
    invalid_role: 'Role must be 中心组成员 or 单位负责人.',
    invalid_status: 'Status must be empty, 在用 or 停用.',
    invalid_id: 'An id takes letters, digits, - and _ only.',
    too_long: 'Too long.',
    ambiguous: 'More than one person has this name: give the id or the unit.',
  },
};

export type StudyProblem = keyof StudyPlanWords['problems'];

export function studyPlanMessages(locale: Locale): StudyPlanWords {
  return locale === 'en' ? en : zh;
}
