// Words of the catalogue pages and of catalogue import: field labels, problems beside fields, row outcomes.
import type { Locale } from './locale.js';

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

const labels = {
  zh: {
    name: '名称',
    nameEn: '英文名称（可选）',
    title: '课题名称',
    titleEn: '英文课题名称（可选）',
    summary: '简介（可选）',
    summaryEn: '英文简介（可选）',
    front: '所属战线',
    theme: '所属专题',
    expertTitle: '职称/职务',
    organisation: '工作单位',
    topics: '可讲课题',
    noTopics: '还没有课题，请先在课题库中添加。',
    choose: '— 请选择 —',
    edit: '编辑',
    editTitle: (section: string, name: string) => `编辑${section}：${name}`,
    saveChanges: '保存修改',
    cancel: '返回目录',
    englishNote: '英文名称只在英文界面（?lang=en）显示；不填则显示中文名称。',
    idNote: (id: string) => `编号 ${id}（自动生成，问卷和报告用它关联记录）`,
    importExport: '批量导入与导出',
    importTitle: '导入目录（Excel / CSV）',
    importHelp: '上传 .xlsx 或 .csv 文件（不超过 256 KB）。先预览每一行将如何处理，确认后再导入；按名称（或编号）匹配已有记录，重复导入同一文件不会改变任何内容。',
    columnsHelp:
      '列名：战线表“编号、战线、英文名称、状态”；单位表“编号、单位、英文名称、战线、状态”；专题表“编号、专题、英文名称、状态”；课题表“编号、课题、英文名称、专题、简介、英文简介、状态”；专家表“编号、专家、英文名称、职务、工作单位、可讲课题（用；分隔）、状态”。.xlsx 每类一张工作表（表名即类别），CSV 用“类别”列区分。编号可不填；状态填“停用”即停用。',
    file: '文件',
    preview: '预览',
    apply: '确认导入',
    previewTitle: '导入预览（尚未导入）',
    appliedTitle: '导入完成',
    sheet: '工作表',
    row: '行号',
    section: '类别',
    record: '记录',
    outcome: '处理',
    reason: '说明',
    outcomes: { add: '新增', change: '修改', same: '不变', refuse: '拒绝' } as Record<string, string>,
    counts: (c: { add: number; change: number; same: number; refuse: number }) => `新增 ${c.add} 条，修改 ${c.change} 条，不变 ${c.same} 条，拒绝 ${c.refuse} 条。`,
    nothingToApply: '没有需要导入的变化。',
    refusedNotApplied: '被拒绝的行不会导入；修改文件后可重新预览。',
    exportXlsx: '导出目录（.xlsx）',
    exportCsv: '导出目录（CSV）',
    unreadable: '无法读取这个文件：请上传 .xlsx 或 UTF-8 / GBK 编码的 .csv 文件。',
    tooLarge: (kb: number) => `文件超过 ${kb} KB，请分成几个文件导入。`,
    noFile: '请选择要导入的文件。',
    changed: (fields: string) => `修改：${fields}`,
  },
  en: {
    name: 'Name',
    nameEn: 'English name (optional)',
    title: 'Topic title',
    titleEn: 'English title (optional)',
    summary: 'Summary (optional)',
    summaryEn: 'English summary (optional)',
    front: 'Front',
    theme: 'Theme',
    expertTitle: 'Title',
    organisation: 'Organisation',
    topics: 'Topics they teach',
    noTopics: 'No topics yet: add some to the topic library first.',
    choose: '— choose —',
    edit: 'Edit',
    editTitle: (section: string, name: string) => `Edit ${section}: ${name}`,
    saveChanges: 'Save changes',
    cancel: 'Back to the catalogue',
    englishNote: 'English names show on English pages (?lang=en); without one the Chinese name shows.',
    idNote: (id: string) => `Id ${id} (generated; surveys and reports link to the record by it)`,
    importExport: 'Import and export',
    importTitle: 'Import the catalogue (Excel / CSV)',
    importHelp: 'Upload an .xlsx or .csv file (at most 256 KB). A preview shows what each row will do; nothing changes until you confirm. Rows match existing records by name (or id): importing the same file again changes nothing.',
    columnsHelp:
      'Columns: fronts 编号, 战线, 英文名称, 状态; units 编号, 单位, 英文名称, 战线, 状态; themes 编号, 专题, 英文名称, 状态; topics 编号, 课题, 英文名称, 专题, 简介, 英文简介, 状态; experts 编号, 专家, 英文名称, 职务, 工作单位, 可讲课题 (separated by ；), 状态. An .xlsx has one sheet per section (named after it); a CSV has a 类别 column. 编号 may be empty; 状态 停用 retires a record.',
    file: 'File',
    preview: 'Preview',
    apply: 'Import now',
    previewTitle: 'Import preview (nothing imported yet)',
    appliedTitle: 'Imported',
    sheet: 'Sheet',
    row: 'Row',
    section: 'Section',
    record: 'Record',
    outcome: 'Outcome',
    reason: 'Details',
    outcomes: { add: 'Add', change: 'Change', same: 'Unchanged', refuse: 'Refused' } as Record<string, string>,
    counts: (c: { add: number; change: number; same: number; refuse: number }) => `${c.add} added, ${c.change} changed, ${c.same} unchanged, ${c.refuse} refused.`,
    nothingToApply: 'Nothing to import.',
    refusedNotApplied: 'Refused rows are not imported; fix the file and preview again.',
    exportXlsx: 'Export the catalogue (.xlsx)',
    exportCsv: 'Export the catalogue (CSV)',
    unreadable: 'This file cannot be read: upload an .xlsx, or a .csv in UTF-8 or GBK.',
    tooLarge: (kb: number) => `The file is over ${kb} KB; split it into several files.`,
    noFile: 'Choose a file to import.',
    changed: (fields: string) => `Changes: ${fields}`,
  },
};

export type CatalogueLabels = (typeof labels)['zh'];

export function catalogueLabels(locale: Locale): CatalogueLabels {
  return locale === 'en' ? labels.en : labels.zh;
}
