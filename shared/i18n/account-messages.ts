// Words for an account's own page and the admin's account actions, in both languages.
import type { Locale } from '../kernel/locale.js';

const zh = {
  myAccount: '我的账号',
  changePassword: '修改密码',
  oldPassword: '当前密码',
  newPassword: '新密码（至少 10 个字符）',
  passwordChanged: '密码已修改。其他设备上的登录已全部退出。',
  signOutEverywhere: '退出所有设备上的登录',
  signOutEverywhereHelp: '如果在别人的电脑上登录过、或者丢了手机，点这里让所有登录（包括本设备）立即失效。',
  state: '状态',
  active: '正常',
  disabled: '已停用',
  actions: '操作',
  resetPassword: '重置密码',
  disable: '停用',
  enable: '启用',
  passwordReset: (email: string) => `已为 ${email} 生成新密码（只显示这一次，请当面或通过可靠渠道转告）：`,
  accountDisabled: (email: string) => `账号 ${email} 已停用，其登录已立即失效。`,
  accountEnabled: (email: string) => `账号 ${email} 已启用。`,
  roleHelp: '管理员：管理账号和课题库；组织者：创建和管理问卷；只读：只能查看问卷、答卷和报告。',
  frontsLegend: (email: string) => `限定战线 · ${email}`,
  frontsHelp: '勾选后，这个账号只能看到和管理自己创建的问卷（只含所选战线的单位）以及所选战线的单位、申报和宣讲；菜单、评价和全区汇总对其不可见。都不勾选即不限定。修改立即生效，无需重新登录。',
  saveFronts: '保存战线范围',
  frontsSet: (email: string, names: string[]) => (names.length > 0 ? `账号 ${email} 已限定为：${names.join('、')}。` : `账号 ${email} 不再限定战线。`),
  limitedTo: (names: string[]) => `限定：${names.join('、')}`,
};

const en: typeof zh = {
  myAccount: 'My account',
  changePassword: 'Change password',
  oldPassword: 'Current password',
  newPassword: 'New password (at least 10 characters)',
  passwordChanged: 'Password changed. Every other sign-in has ended.',
  signOutEverywhere: 'Sign out everywhere',
  signOutEverywhereHelp: 'Signed in on someone else’s computer, or lost a phone? This ends every sign-in at once, this one included.',
  state: 'State',
  active: 'Active',
  disabled: 'Disabled',
  actions: 'Actions',
  resetPassword: 'Reset password',
  disable: 'Disable',
  enable: 'Enable',
  passwordReset: (email) => `A new password for ${email} (shown this once; hand it over in person or another safe way):`,
  accountDisabled: (email) => `Account ${email} is disabled; its sign-ins ended at once.`,
  accountEnabled: (email) => `Account ${email} is enabled.`,
  roleHelp: 'Admin: accounts and the catalogue; organizer: creates and runs surveys; viewer: reads surveys, responses and reports only.',
  frontsLegend: (email) => `Limit to fronts · ${email}`,
  frontsHelp: 'When ticked, this account sees and manages only the surveys it created (listing only these fronts’ units) and these fronts’ units, requests and lectures; menus, scorecards and district totals are hidden from it. Tick none to lift the limit. Takes effect at once, without signing in again.',
  saveFronts: 'Save fronts',
  frontsSet: (email, names) => (names.length > 0 ? `Account ${email} is limited to: ${names.join(', ')}.` : `Account ${email} is no longer limited to fronts.`),
  limitedTo: (names) => `Limited to: ${names.join(', ')}`,
};

export type AccountMessages = typeof zh;

export function accountMessages(locale: Locale): AccountMessages {
  return locale === 'en' ? en : zh;
}
