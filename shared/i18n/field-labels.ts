// Form fields named in words, for a refusal listed at the top of a page ("开始时间：…"); a field
// without a name here is not prefixed at all, never shown by its code.
import type { Locale } from '../kernel/locale.js';

const LABELS: Record<string, [zh: string, en: string]> = {
  startsAt: ['开始时间', 'Starts at'],
  durationMinutes: ['时长', 'Duration'],
  place: ['地点', 'Place'],
  topicId: ['课题', 'Topic'],
  expertId: ['专家', 'Expert'],
  unitIds: ['单位', 'Units'],
  requestId: ['对应点单', 'Request'],
  plannedAudience: ['预计人数', 'Expected audience'],
  attendance: ['实到人数', 'Attendance'],
  reason: ['原因', 'Reason'],
  title: ['标题', 'Title'],
  orderDeadline: ['点单截止时间', 'Ordering deadline'],
  maxPicks: ['最多可选', 'Most picks'],
  items: ['菜单条目', 'Menu items'],
  formats: ['宣讲形式', 'Formats'],
  opensAt: ['开始收集时间', 'Opens at'],
  closesAt: ['结束收集时间', 'Closes at'],
  maxResponses: ['答卷数上限', 'Response limit'],
  email: ['邮箱', 'Email'],
  password: ['密码', 'Password'],
  name: ['名称', 'Name'],
};

/** "开始时间：" for a known field (its first path part), "" for any other. */
export function fieldPrefix(field: string | undefined, locale: Locale): string {
  const label = field ? LABELS[field.split('.')[0] ?? ''] : undefined;
  if (!label) return '';
  return locale === 'en' ? `${label[1]}: ` : `${label[0]}：`;
}
