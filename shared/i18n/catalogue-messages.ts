// Problems with a catalogue record or an import row, in both languages (the error registry renders them;
// the pages' own words are in catalogue-labels.ts, kept out of the respondent's bundle).
import type { Locale } from '../kernel/locale.js';

export type CatalogueProblemCode =
  | 'required'
  | 'invalid'
  | 'invalid_id'
  | 'duplicate_topic'
  | 'id_taken'
  | 'too_long'
  | 'unknown_front'
  | 'unknown_theme'
  | 'unknown_topic'
  | 'duplicate_name'
  | 'lookalike_name'
  | 'active_limit'
  | 'ambiguous_name'
  | 'duplicate_row'
  | 'unknown_section'
  | 'refused_reference';

/** One problem with a catalogue record or an import row; `field` names the record field it concerns. */
export interface CatalogueProblem {
  code: CatalogueProblemCode;
  field: string;
  /** What the row named (import previews only: an API error never repeats input). */
  value?: string;
  /** too_long: the most characters; active_limit: the most active records; duplicate_row: the earlier row. */
  limit?: number;
}

type Messages = Record<CatalogueProblemCode, (p: CatalogueProblem) => string>;

const quoted = (value: string | undefined, open: string, close: string) => (value ? `${open}${value.slice(0, 60)}${close}` : '');

const zh: Messages = {
  required: () => '必填，请填写。',
  invalid: () => '格式不对，请检查。',
  invalid_id: () => '编号只能用字母、数字、- 和 _（最多 64 个字符）；不填则自动生成。',
  duplicate_topic: () => '同一课题只能选一次。',
  id_taken: () => '这个编号已被占用。',
  too_long: (p) => `最多 ${p.limit} 个字。`,
  unknown_front: (p) => `找不到战线${quoted(p.value, '“', '”')}，请先添加该战线或从列表中选择。`,
  unknown_theme: (p) => `找不到专题${quoted(p.value, '“', '”')}，请先添加该专题或从列表中选择。`,
  unknown_topic: (p) => `找不到课题${quoted(p.value, '“', '”')}。`,
  duplicate_name: () => '已有同名记录，请换一个名称或编辑原有记录。',
  lookalike_name: (p) => `与已有的${quoted(p.value, '“', '”')}看起来相同（只差全角半角、繁简字形或看不见的字符），请换一个名称或编辑原有记录。`,
  active_limit: (p) => `在用记录最多 ${p.limit} 条（问卷模板一题列不下更多），请先停用一条。`,
  ambiguous_name: () => '目录中有多条同名记录，请在“编号”列写明是哪一条。',
  duplicate_row: (p) => `与第 ${p.limit} 行是同一条记录，本行不导入。`,
  unknown_section: () => '“类别”应为：战线、单位、专题、课题、专家 之一。',
  refused_reference: (p) => `所引用的${quoted(p.value, '“', '”')}在本文件中未能导入。`,
};

const en: Messages = {
  required: () => 'Required.',
  invalid: () => 'Not in the expected form.',
  invalid_id: () => 'An id uses letters, digits, - and _ (at most 64); leave it empty to have one generated.',
  duplicate_topic: () => 'Each topic may be chosen once.',
  id_taken: () => 'This id is already taken.',
  too_long: (p) => `At most ${p.limit} characters.`,
  unknown_front: (p) => `No front ${quoted(p.value, '"', '"')} exists; add it first or pick one from the list.`,
  unknown_theme: (p) => `No theme ${quoted(p.value, '"', '"')} exists; add it first or pick one from the list.`,
  unknown_topic: (p) => `No topic ${quoted(p.value, '"', '"')} exists.`,
  duplicate_name: () => 'A record with this name exists; choose another name or edit that record.',
  lookalike_name: (p) => `Looks the same as the existing ${quoted(p.value, '"', '"')} (it differs only in full-width letters, traditional characters or invisible characters); choose another name or edit that record.`,
  active_limit: (p) => `At most ${p.limit} active records fit in a survey template; retire one first.`,
  ambiguous_name: () => 'Several records have this name: give the id in the 编号 column.',
  duplicate_row: (p) => `The same record as row ${p.limit}; this row is not imported.`,
  unknown_section: () => '类别 must be one of 战线, 单位, 专题, 课题, 专家.',
  refused_reference: (p) => `The referenced ${quoted(p.value, '"', '"')} was refused in this file.`,
};

export function catalogueProblemText(problem: CatalogueProblem, locale: Locale): string {
  const messages = locale === 'en' ? en : zh;
  return messages[problem.code](problem);
}
