// Words of the notices page (通知) and its API's robot names.
import type { Locale } from '../kernel/locale.js';

const zh = {
  title: '通知',
  help: '排期、变更、取消、专家婉拒、问卷和菜单发布与截止提醒、催办，都会生成一条通知：配置了群机器人（企业微信、钉钉、飞书）时自动发到群里，发送失败会按间隔自动重试；也可以复制通知文字，自行转发或发邮件。',
  noRobots: '尚未配置群机器人：通知只保存在这里，可复制文字自行转发。配置方法见运维文档（DIANCAI_WEBHOOKS，或部署时的 webhooks 设置）。',
  robots: (names: string) => `已配置的群机器人：${names}`,
  filter: '筛选',
  status: '状态',
  all: '全部',
  none: '没有通知。',
  time: '时间',
  notice: '通知',
  delivery: '各机器人',
  action: '操作',
  text: '通知文字（可复制）',
  retry: '重新发送',
  retried: '已重新安排发送。',
  more: '更早的通知',
  nextAttempt: (at: string) => `将于 ${at} 再试`,
  gaveUp: '已停止自动重试，可手动重新发送。',
  statuses: { pending: '待发送', sent: '已发送', failed: '发送失败', unsent: '未配置机器人' },
  deliveryStates: { pending: '等待中', sent: '已送达', failed: '失败' } as Record<string, string>,
  kinds: { wecom: '企业微信群机器人', dingtalk: '钉钉群机器人', feishu: '飞书群机器人' } as Record<string, string>,
  robot: (kind: string, position: number) => `${zh.kinds[kind] ?? kind} ${position}`,
  removedRobot: '已移除的机器人',
  attempts: (n: number) => `共试 ${n} 次`,
  events: {
    'lecture-scheduled': '宣讲排期',
    'lecture-changed': '宣讲变更',
    'lecture-cancelled': '宣讲取消',
    'expert-declined': '专家婉拒',
    'survey-opened': '问卷发布',
    'menu-opened': '菜单发布',
    'survey-closing': '问卷即将截止',
    'menu-closing': '点单即将截止',
    reminder: '催办',
  },
};

type Messages = typeof zh;

const en: Messages = {
  title: 'Notices',
  help: 'Scheduling, changes, cancellations, an expert’s decline, surveys and menus opening and closing, reminders: each makes a notice, sent to the district’s group robots (WeCom, DingTalk, Feishu) when they are configured and retried on a schedule when sending fails; its text can also be copied and passed on by hand or by e-mail.',
  noRobots: 'No group robot is configured: notices are kept here only; copy their text to pass them on. See the operations guide (DIANCAI_WEBHOOKS, or the webhooks setting when deploying).',
  robots: (names: string) => `Group robots: ${names}`,
  filter: 'Filter',
  status: 'Status',
  all: 'All',
  none: 'No notices.',
  time: 'Time',
  notice: 'Notice',
  delivery: 'Robots',
  action: 'Action',
  text: 'The notice’s text (to copy)',
  retry: 'Send again',
  retried: 'Sending again.',
  more: 'Older notices',
  nextAttempt: (at: string) => `next try ${at}`,
  gaveUp: 'No more automatic tries; send it again by hand.',
  statuses: { pending: 'To send', sent: 'Sent', failed: 'Failed', unsent: 'No robot configured' },
  deliveryStates: { pending: 'waiting', sent: 'delivered', failed: 'failed' },
  kinds: { wecom: 'WeCom robot', dingtalk: 'DingTalk robot', feishu: 'Feishu robot' },
  robot: (kind: string, position: number) => `${en.kinds[kind] ?? kind} ${position}`,
  removedRobot: 'A robot since removed',
  attempts: (n: number) => `${n} tries`,
  events: {
    'lecture-scheduled': 'Lecture scheduled',
    'lecture-changed': 'Lecture changed',
    'lecture-cancelled': 'Lecture cancelled',
    'expert-declined': 'Expert declined',
    'survey-opened': 'Survey opened',
    'menu-opened': 'Menu opened',
    'survey-closing': 'Survey closing soon',
    'menu-closing': 'Ordering closing soon',
    reminder: 'Reminder',
  },
};

export function noticeMessages(locale: Locale): Messages {
  return locale === 'en' ? en : zh;
}
