// The catalogue as a spreadsheet: Chinese column names per section, the same in .xlsx sheets and CSV.
import type { CatalogueSection } from '../catalogue/catalogue-store.js';

/** A section's word: an .xlsx sheet's name, a CSV row's 类别, and the column holding the section's names. */
export const SECTION_WORDS: Record<CatalogueSection, string> = { fronts: '战线', units: '单位', themes: '专题', topics: '课题', experts: '专家' };
export const SECTION_COLUMN = '类别';
export const ID_COLUMN = '编号';
export const STATUS_COLUMN = '状态';
export const RETIRED_WORD = '停用';
/** Words a 状态 cell may hold for a record in use (empty counts too). */
export const ACTIVE_WORDS = ['', '在用', '启用', '正常'];
/** How an expert's topics are separated in one cell (a topic title may hold commas and 、). */
export const LIST_SEPARATOR = '；';
export const LIST_SPLIT = /[;；\n]/;

export type ColumnKind = 'id' | 'text' | 'count' | 'front' | 'theme' | 'topics' | 'retired';

/** The year's target (lectures a year) as a column: a whole number, empty for none. */
export const TARGET_COLUMN = '年度目标场次';

export interface CatalogueColumn {
  header: string;
  /** The record field the column fills. */
  field: string;
  kind: ColumnKind;
}

const col = (header: string, field: string, kind: ColumnKind = 'text'): CatalogueColumn => ({ header, field, kind });
const ID = col(ID_COLUMN, 'id', 'id');
const STATUS = col(STATUS_COLUMN, 'retired', 'retired');

/** Each section's columns, in the order an export writes them. The name column is named after the section. */
export const SECTION_COLUMNS: Record<CatalogueSection, readonly CatalogueColumn[]> = {
  fronts: [ID, col('战线', 'name'), col('英文名称', 'nameEn'), STATUS],
  units: [ID, col('单位', 'name'), col('英文名称', 'nameEn'), col('战线', 'front', 'front'), col('联系人', 'contactName'), col('联系电话', 'contactPhone'), col(TARGET_COLUMN, 'yearTarget', 'count'), STATUS],
  themes: [ID, col('专题', 'name'), col('英文名称', 'nameEn'), STATUS],
  topics: [ID, col('课题', 'title'), col('英文名称', 'titleEn'), col('专题', 'theme', 'theme'), col('简介', 'summary'), col('英文简介', 'summaryEn'), STATUS],
  experts: [ID, col('专家', 'name'), col('英文名称', 'nameEn'), col('职务', 'title'), col('工作单位', 'organisation'), col('可讲课题', 'topics', 'topics'), col(TARGET_COLUMN, 'yearTarget', 'count'), STATUS],
};

/** One CSV holds every section: 类别 and every section's columns (a row fills its own section's). */
export const CSV_HEADERS = [SECTION_COLUMN, ID_COLUMN, '战线', '单位', '专题', '课题', '专家', '英文名称', '职务', '工作单位', '可讲课题', '简介', '英文简介', '联系人', '联系电话', TARGET_COLUMN, STATUS_COLUMN];

export function sectionOfWord(word: string): CatalogueSection | undefined {
  return (Object.entries(SECTION_WORDS) as [CatalogueSection, string][]).find(([, w]) => w === word.trim())?.[0];
}

/** The column header a record field is written under, for naming changed fields in a preview. */
export function headerOf(section: CatalogueSection, field: string): string {
  return SECTION_COLUMNS[section].find((c) => c.field === field)?.header ?? field;
}
