// Who signing in at a study session is: the listed person of that name, namesakes told apart by unit.
import { describe, expect, it } from 'vitest';
import { matchAttendee } from '../../shared/study-plan/attendee-check.js';
import type { Attendee } from '../../shared/study-plan/study-session-schema.js';

const LIST: Attendee[] = [
  { id: 'p-1', name: '李书记', post: '区委书记', unit: '区委', role: 'member' },
  { id: 'p-2', name: '张伟', post: '党工委书记', unit: '东风街道党工委中心组', unitId: 'dongfeng-st', role: 'head' },
  { id: 'p-3', name: '张伟', post: '局长', unit: '区教育局中心组', unitId: 'education', role: 'head' },
];

describe('matching a sign-in to the attendee list', () => {
  it('Should match a unique name whatever unit was typed by hand (typed names vary), and the same name with an invisible character in it', () => {
    expect(matchAttendee(LIST, { name: '李书记', unitName: '区委办' })).toEqual({ listed: true, personId: 'p-1' });
    expect(matchAttendee(LIST, { name: '李书记' })).toEqual({ listed: true, personId: 'p-1' });
    expect(matchAttendee(LIST, { name: '李\u200b书记' })).toEqual({ listed: true, personId: 'p-1' });
  });

  it('Should tell namesakes apart by the unit picked or typed, and take neither when no unit says which', () => {
    expect(matchAttendee(LIST, { name: '张伟', unitId: 'education', unitName: '区教育局中心组' })).toEqual({ listed: true, personId: 'p-3' });
    expect(matchAttendee(LIST, { name: '张伟', unitName: '东风街道党工委中心组' })).toEqual({ listed: true, personId: 'p-2' });
    expect(matchAttendee(LIST, { name: '张伟' })).toEqual({ listed: false });
    expect(matchAttendee(LIST, { name: '张伟', unitName: '某单位' })).toEqual({ listed: false });
  });

  it('Should not take a listed name with a listed unit that is not theirs, nor a name not on the list, nor no name', () => {
    expect(matchAttendee(LIST, { name: '李书记', unitId: 'education', unitName: '区教育局中心组' })).toEqual({ listed: false });
    expect(matchAttendee(LIST, { name: '王五', unitName: '区委' })).toEqual({ listed: false });
    expect(matchAttendee(LIST, {})).toEqual({ listed: false });
  });
});
