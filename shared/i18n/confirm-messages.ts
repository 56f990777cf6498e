// What each change that cannot be taken back means, said before it is made: the title, to whom, the
// consequences and the button, in both languages.
import type { Locale } from '../kernel/locale.js';

/** The changes the dashboard asks about first (survey publish, close and reopen have their own page). */
export type ConfirmKind = 'rotateKey' | 'rotateExpertKey' | 'cancelLecture' | 'cancelSession' | 'cancelMeeting' | 'holdMeeting' | 'retireRecord' | 'disableAccount' | 'closeMenu' | 'publishMenu' | 'resetPassword' | 'removeRecordItem' | 'publishBriefing' | 'withdrawBriefing' | 'remindUnits' | 'remindFeedback' | 'openEssayCall' | 'closeEssayCall' | 'publishEssayResults';

export interface ConfirmWords {
  title: string;
  means: string[];
  button: string;
}

/** `who`: the unit, lecture, record, account or menu named in words; `when`: a district time, where one matters. */
type Say = (who: string, when: string) => ConfirmWords;

const zh: Record<ConfirmKind, Say> = {
  publishBriefing: (who) => ({
    title: '确认发布学习动态',
    means: [`“${who}”发布后，任何人都可以在本区的“学习动态”公开页面看到它，也可以下载 Word 文件转发。`, '发布时会为照片生成适合手机浏览的缩小版；原照片仍留在台账里。', '发布后不能直接修改；要修改，请先撤回，改好后再发布。'],
    button: '确认发布',
  }),
  withdrawBriefing: (who) => ({
    title: '确认撤回学习动态',
    means: [`“${who}”将从公开的“学习动态”页面撤下，公开链接随即打不开（已经下载或转发的 Word 文件不受影响）。`, '撤回后它仍保存在这里，可以修改后重新发布。'],
    button: '确认撤回',
  }),
  openEssayCall: (who, when) => ({
    title: '确认开始征集',
    means: [`“${who}”将出现在每个单位的专属页面上，各单位可以提交文章，截止时间 ${when}。`, '开始后不能退回草稿。'],
    button: '确认开始',
  }),
  closeEssayCall: (who, when) => ({
    title: '确认截止征文',
    means: [`“${who}”将立即截止${when ? `（原定截止时间 ${when}）` : ''}：各单位不能再提交或修改文章。`, '截止后专家即可开始点评；截止不能撤销。'],
    button: '确认截止',
  }),
  publishEssayResults: (who) => ({
    title: '确认公布征文结果',
    means: [`“${who}”的排名按现有的专家点评确定，并显示在各单位的专属页面上。`, '公布后专家不能再点评，结果不能撤回。'],
    button: '确认公布',
  }),
  removeRecordItem: (who) => ({
    title: '确认删除台账材料',
    means: [`“${who}”将从这场活动的台账中删除，文件本身也一并删除，不能恢复。`, '删除后可以再上传别的照片或文件。'],
    button: '确认删除',
  }),
  rotateExpertKey: (who) => ({
    title: '确认更换专家链接',
    means: [`${who}老师现在的专属链接会立即失效：已经发出、印在纸上的旧链接和二维码都打不开了。`, '会生成一条新链接，需要重新单独发给这位专家。', '这位专家已经接单或婉拒的答复都保留。'],
    button: '确认更换链接',
  }),
  rotateKey: (who) => ({
    title: '确认更换单位链接',
    means: [
      `“${who}”现在的专属链接会立即失效：已经发到工作群里、印在纸上的旧链接和二维码都打不开了。`,
      '会生成一条新链接，需要重新发给这个单位。',
      '这个单位已经提交的点单和反馈都保留。',
    ],
    button: '确认更换链接',
  }),
  cancelLecture: (who, when) => ({
    title: '确认取消宣讲',
    means: [
      `${who}（${when}）将标记为已取消，不能恢复；要再讲，请重新排期。`,
      '这场宣讲的反馈链接和二维码停止收集，已收到的反馈保留。',
      '如果它来自单位点单，那份点单回到“待安排”，可以重新排期。',
    ],
    button: '确认取消这场宣讲',
  }),
  cancelSession: (who, when) => ({
    title: '确认取消集体学习',
    means: [`${who}（${when}）将标记为已取消，不能恢复；要再学，请重新安排。`, '签到链接和二维码随之停止签到，已有的签到和台账保留。', '取消的学习不计入当月的集体学习。'],
    button: '确认取消这次学习',
  }),
  cancelMeeting: (who, when) => ({
    title: '确认取消交流会',
    means: [`${who}（${when}）将标记为已取消，不能恢复；要再开，请从征文页重新安排。`, '签到和反馈链接随之停止，已有的签到、反馈和台账保留。', '取消后会通知区里的工作群。'],
    button: '确认取消这场交流会',
  }),
  holdMeeting: (who, when) => ({
    title: '确认交流会已举行',
    means: [`${who}（${when}）将标记为已举行，之后不能再修改时间、地点和交流单位，也不能取消。`, '到会人数以后还可以更正。'],
    button: '确认已举行',
  }),
  retireRecord: (who) => ({
    title: '确认停用',
    means: [`停用后，“${who}”不再出现在新的问卷模板、菜单和选择列表里。`, '已有的问卷、菜单、宣讲和报告里它保持不变。', '需要时可以在课题库里恢复。'],
    button: '确认停用',
  }),
  disableAccount: (who) => ({
    title: '确认停用账号',
    means: [`${who} 将不能再登录，正在使用的登录会立即退出。`, '这个账号做过的操作和日志都保留；需要时可以重新启用。'],
    button: '确认停用账号',
  }),
  closeMenu: (who, when) => ({
    title: '确认提前截止点单',
    means: [`“${who}”原定 ${when}截止。确认后，各单位从现在起不能再点单或修改点单，不能重新开放。`, '已经提交的点单全部保留，可以继续排期。'],
    button: '确认截止点单',
  }),
  remindFeedback: (who) => ({
    title: '确认催办反馈',
    means: [`“${who}”还没有收到反馈。将为它的每个承办单位生成一条带本单位专属链接的提醒，请其把反馈链接转发给听众，并通知工作群；没有专属链接的单位会自动生成链接。`, '24 小时内已催办过的单位不会重复提醒。'],
    button: '确认催办',
  }),
  remindUnits: (who) => ({
    title: '确认催办',
    means: [`将为“${who}”尚未办理的单位各生成一条带本单位专属链接的提醒，并通知工作群；没有专属链接的单位会自动生成链接。`, '24 小时内已催办过的单位不会重复提醒。'],
    button: '确认催办',
  }),
  publishMenu: (who, when) => ({
    title: '确认发布菜单',
    means: [`“${who}”发布后，各单位可以通过专属链接点单，直到 ${when}。`, '发布后菜单里的课题和专家不能再修改。'],
    button: '确认发布菜单',
  }),
  resetPassword: (who) => ({
    title: '确认重置密码',
    means: [`${who} 的旧密码立即失效，这个账号在所有设备上的登录都会退出。`, '新密码只在下一页显示一次，请当面或电话告诉本人，并请本人登录后修改。'],
    button: '确认重置密码',
  }),
};

const en: Record<ConfirmKind, Say> = {
  publishBriefing: (who) => ({
    title: 'Publish this briefing?',
    means: [`Once “${who}” is published anyone can read it on the district’s public briefings page and download it as a Word file.`, 'Smaller copies of its photos are made for phones; the originals stay in the record.', 'A published briefing cannot be edited: withdraw it first, edit, then publish again.'],
    button: 'Publish',
  }),
  withdrawBriefing: (who) => ({
    title: 'Withdraw this briefing?',
    means: [`“${who}” is taken off the public briefings page and its public link stops opening (Word files already downloaded are not affected).`, 'It stays here and can be edited and published again.'],
    button: 'Withdraw',
  }),
  openEssayCall: (who, when) => ({
    title: 'Open the essay call?',
    means: [`“${who}” shows on every unit’s page and units may send essays until ${when}.`, 'It cannot go back to a draft.'],
    button: 'Open it',
  }),
  closeEssayCall: (who, when) => ({
    title: 'Close the essay call?',
    means: [`“${who}” closes now${when ? ` (its deadline was ${when})` : ''}: units can no longer send or change essays.`, 'Experts may review from then on; closing cannot be undone.'],
    button: 'Close it',
  }),
  publishEssayResults: (who) => ({
    title: 'Publish the results?',
    means: [`The ranking of “${who}” is fixed from the reviews as they stand and shown on each unit’s page.`, 'Experts can no longer review, and the results cannot be withdrawn.'],
    button: 'Publish',
  }),
  removeRecordItem: (who) => ({
    title: 'Delete from the record?',
    means: [`“${who}” will be removed from this event’s record and the file itself deleted; this cannot be undone.`, 'You can upload another photo or file afterwards.'],
    button: 'Delete',
  }),
  rotateExpertKey: (who) => ({
    title: 'Rotate this expert’s link?',
    means: [`${who}’s current link stops working at once: the old link and QR code already sent or printed will no longer open.`, 'A new link is made; send it to the expert again, to them alone.', 'Their answers so far (accepted or declined) are kept.'],
    button: 'Rotate the link',
  }),
  rotateKey: (who) => ({
    title: 'Rotate this unit’s link?',
    means: [`${who}’s current link stops working at once: the old link and QR code already sent to group chats or printed will no longer open.`, 'A new link is made; send it to the unit again.', 'The unit’s requests and feedback so far are kept.'],
    button: 'Rotate the link',
  }),
  cancelLecture: (who, when) => ({
    title: 'Cancel this lecture?',
    means: [`${who} (${when}) is marked cancelled; this cannot be undone: to give it after all, schedule it again.`, 'Its feedback link and QR code stop collecting; feedback received is kept.', 'If it answers a unit’s request, that request goes back to waiting to be scheduled.'],
    button: 'Cancel this lecture',
  }),
  cancelSession: (who, when) => ({
    title: 'Cancel this study session?',
    means: [`${who} (${when}) is marked cancelled; this cannot be undone: to hold it after all, plan it again.`, 'Its sign-in link and QR code stop taking sign-ins; sign-ins and the record so far are kept.', 'A cancelled session does not count as the month’s collective study.'],
    button: 'Cancel this session',
  }),
  cancelMeeting: (who, when) => ({
    title: 'Cancel this exchange meeting?',
    means: [`${who} (${when}) is marked cancelled; this cannot be undone: to hold it after all, schedule it again from the essay call.`, 'Its sign-in and feedback links stop; sign-ins, feedback and the record so far are kept.', 'The district’s group chats are told.'],
    button: 'Cancel this meeting',
  }),
  holdMeeting: (who, when) => ({
    title: 'Mark this exchange meeting held?',
    means: [`${who} (${when}) is marked held; its time, place and presenting units can no longer change, nor can it be cancelled.`, 'The head count can still be corrected later.'],
    button: 'Mark held',
  }),
  retireRecord: (who) => ({
    title: 'Retire this record?',
    means: [`Once retired, “${who}” no longer appears in new templates, menus and pick lists.`, 'Existing surveys, menus, lectures and reports keep it.', 'It can be restored in the catalogue.'],
    button: 'Retire',
  }),
  disableAccount: (who) => ({
    title: 'Disable this account?',
    means: [`${who} can no longer sign in; its sessions end at once.`, 'What it did and the audit log are kept; it can be enabled again.'],
    button: 'Disable the account',
  }),
  closeMenu: (who, when) => ({
    title: 'Stop ordering early?',
    means: [`“${who}” was to close at ${when}. From now on units can no longer order or change their orders; it cannot be opened again.`, 'Requests already made are kept and can still be scheduled.'],
    button: 'Stop ordering',
  }),
  remindFeedback: (who) => ({
    title: 'Remind the host units about feedback?',
    means: [`“${who}” has no feedback yet. Each of its host units gets a message with its own link, asking it to pass the feedback link on to the listeners, and the group robots are told; a unit without a link is given one.`, 'Units reminded within the last 24 hours are not reminded again.'],
    button: 'Remind them',
  }),
  remindUnits: (who) => ({
    title: 'Remind the units?',
    means: [`Each unit that has not yet answered “${who}” gets a message with its own link, and the group robots are told; a unit without a link is given one.`, 'Units reminded within the last 24 hours are not reminded again.'],
    button: 'Remind them',
  }),
  publishMenu: (who, when) => ({
    title: 'Publish this menu?',
    means: [`Once “${who}” is published, units can order from it through their links until ${when}.`, 'Its topics and experts can no longer be changed.'],
    button: 'Publish the menu',
  }),
  resetPassword: (who) => ({
    title: 'Reset this password?',
    means: [`${who}’s old password stops working at once and every session on every device ends.`, 'The new password is shown once on the next page: give it to the person directly and ask them to change it.'],
    button: 'Reset the password',
  }),
};

export function confirmWords(locale: Locale, kind: ConfirmKind, who: string, when = ''): ConfirmWords {
  return (locale === 'en' ? en : zh)[kind](who, when);
}

export const confirmBack = (locale: Locale) => (locale === 'en' ? 'Go back without changing anything' : '返回，不做任何改动');
