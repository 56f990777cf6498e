// Words on the respondent's pages and in API errors, in both languages.
import type { Locale } from './locale.js';

const zh = {
  appName: '点菜 · 宣讲需求调查',
  required: '必答',
  optional: '选答',
  submit: '提交问卷',
  submitting: '正在提交…',
  chooseOne: '请选择一项',
  choosePicks: (min: number, max: number) =>
    min > 0 && min === max ? `请选择 ${min} 项` : min > 0 ? `请选择 ${min}–${max} 项` : `最多选择 ${max} 项`,
  rankHelp: (k: number) => `请按优先顺序选出 ${k} 项，第 1 位最想要。`,
  rankPosition: (i: number) => `第 ${i} 位`,
  rankPlaceholder: '— 请选择 —',
  other: '其他',
  otherPlaceholder: '请填写其他内容',
  ratingHelp: (scale: number) => `1 分最低，${scale} 分最高`,
  scorePoints: (n: number) => `${n} 分`,
  unitPlaceholder: '— 请选择您所在的单位 —',
  numberRange: (min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `填写 ${min}–${max} 之间的数` : min !== undefined ? `不小于 ${min}` : max !== undefined ? `不大于 ${max}` : '',
  charsLeft: (max: number) => `最多 ${max} 字`,
  errorSummary: (n: number) => `有 ${n} 道题需要修改，请查看标红的题目。`,
  draftRestored: '已恢复上次未提交的填写内容。',
  queuedOffline: '网络暂时不通，答卷已保存在本机，网络恢复后会自动提交，请不要关闭页面。',
  retrying: '正在重新提交…',
  serverBusy: '服务器繁忙，答卷已保存在本机，稍后会自动重试。',
  thanksTitle: '提交成功，谢谢您的参与！',
  thanksBody: '您的意见已收到，我们将据此安排宣讲课题、形式和时间。',
  receipt: '回执编号',
  backToSurvey: '返回问卷',
  notFoundTitle: '找不到这份问卷',
  notFoundBody: '链接可能有误，或问卷尚未发布。请向组织者确认链接。',
  closedTitle: '问卷已结束',
  closedBody: '这份问卷已停止收集答卷，感谢您的关注。',
  switchLanguage: 'English',
  errors: {
    malformed_body: '请求内容无法解析。',
    body_too_large: '提交的内容过大。',
    not_found: '找不到所请求的内容。',
    survey_not_found: '找不到这份问卷，或问卷尚未发布。',
    survey_closed: '这份问卷已结束。',
    invalid_answers: '部分答案不符合问卷要求，请修改后再提交。',
    store_unavailable: '服务暂时繁忙，请稍后重试；已提交的答卷不会重复记录。',
    internal_error: '服务出现意外错误，请稍后重试。',
    method_not_allowed: '不支持此请求方法。',
    invalid_cursor: '分页参数无效。',
  },
};

type UiMessages = typeof zh;

const en: UiMessages = {
  appName: 'Diancai · lecture needs survey',
  required: 'Required',
  optional: 'Optional',
  submit: 'Submit',
  submitting: 'Submitting…',
  chooseOne: 'Choose one',
  choosePicks: (min, max) =>
    min > 0 && min === max ? `Choose ${min}` : min > 0 ? `Choose ${min} to ${max}` : `Choose up to ${max}`,
  rankHelp: (k) => `Pick your top ${k} in order; number 1 is the one you want most.`,
  rankPosition: (i) => `Choice ${i}`,
  rankPlaceholder: '— choose —',
  other: 'Other',
  otherPlaceholder: 'Please specify',
  ratingHelp: (scale) => `1 is lowest, ${scale} is highest`,
  scorePoints: (n) => `${n}`,
  unitPlaceholder: '— choose your unit —',
  numberRange: (min, max) =>
    min !== undefined && max !== undefined ? `A number from ${min} to ${max}` : min !== undefined ? `At least ${min}` : max !== undefined ? `At most ${max}` : '',
  charsLeft: (max) => `Up to ${max} characters`,
  errorSummary: (n) => `${n} answer(s) need attention; see the questions marked in red.`,
  draftRestored: 'Your unsent answers have been restored.',
  queuedOffline: 'You are offline. Your answers are saved on this phone and will be sent when the network returns; please keep this page open.',
  retrying: 'Sending again…',
  serverBusy: 'The server is busy. Your answers are saved on this phone and will be sent again shortly.',
  thanksTitle: 'Thank you, your answers are in!',
  thanksBody: 'We will use them to plan lecture topics, formats and times.',
  receipt: 'Receipt number',
  backToSurvey: 'Back to the survey',
  notFoundTitle: 'Survey not found',
  notFoundBody: 'The link may be wrong, or the survey is not published yet. Please check the link with the organizers.',
  closedTitle: 'This survey has closed',
  closedBody: 'The survey no longer accepts answers. Thank you for your interest.',
  switchLanguage: '中文',
  errors: {
    malformed_body: 'The request body could not be read.',
    body_too_large: 'The request body is too large.',
    not_found: 'Nothing was found at this address.',
    survey_not_found: 'The survey does not exist or is not published.',
    survey_closed: 'The survey has closed.',
    invalid_answers: 'Some answers do not fit the survey; please correct them and submit again.',
    store_unavailable: 'The service is busy; please retry. A submission already received will not be counted twice.',
    internal_error: 'Something went wrong on our side; please retry later.',
    method_not_allowed: 'This method is not allowed here.',
    invalid_cursor: 'The page cursor is not valid.',
  },
};

export type ErrorCode = keyof UiMessages['errors'];

export function uiMessages(locale: Locale): UiMessages {
  return locale === 'en' ? en : zh;
}
