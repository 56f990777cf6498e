// The one scope check, on its own: who reaches which survey, lecture, request or unit, and what a limited account's new survey lists.
import { describe, expect, it } from 'vitest';
import { accountScope, creatorOf, inScope, withinFronts } from '../../shared/accounts/scope.js';
import { needsSurveyTemplate } from '../../shared/templates/needs-survey.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';

const street = accountScope({ email: 'a@d.cn', role: 'organizer', fronts: ['street', 'party'] });

describe('accountScope', () => {
  it('Should leave admins and accounts without fronts unlimited', () => {
    expect(accountScope({ email: 'a@d.cn', role: 'admin', fronts: ['street'] })).toBeUndefined();
    expect(accountScope({ email: 'a@d.cn', role: 'organizer' })).toBeUndefined();
    expect(accountScope({ email: 'a@d.cn', role: 'viewer', fronts: [] })).toBeUndefined();
    expect(accountScope({ email: 'a@d.cn', role: 'viewer', fronts: ['street'] })).toEqual({ email: 'a@d.cn', fronts: new Set(['street']) });
  });
});

describe('inScope', () => {
  it('Should let an unlimited account reach everything', () => {
    expect(inScope(undefined, { kind: 'district' })).toBe(true);
    expect(inScope(undefined, { kind: 'survey', owner: 'b@d.cn', unitFronts: ['economy'] })).toBe(true);
  });

  it('Should let a limited account reach only its own surveys whose units lie in its fronts', () => {
    expect(inScope(street, { kind: 'survey', owner: 'a@d.cn', unitFronts: ['street'] })).toBe(true);
    expect(inScope(street, { kind: 'survey', owner: 'a@d.cn', unitFronts: [] })).toBe(true);
    expect(inScope(street, { kind: 'survey', owner: 'a@d.cn', unitFronts: ['street', 'economy'] })).toBe(false);
    expect(inScope(street, { kind: 'survey', owner: 'b@d.cn', unitFronts: ['street'] })).toBe(false);
    expect(inScope(street, { kind: 'survey', unitFronts: ['street'] })).toBe(false);
  });

  it('Should let a limited account reach objects of its fronts’ units only, and nothing district-wide', () => {
    expect(inScope(street, { kind: 'units', fronts: ['party'] })).toBe(true);
    expect(inScope(street, { kind: 'units', fronts: ['party', 'economy'] })).toBe(false);
    expect(inScope(street, { kind: 'units', fronts: [] })).toBe(false);
    expect(inScope(street, { kind: 'units', fronts: [''] })).toBe(false);
    expect(inScope(street, { kind: 'district' })).toBe(false);
  });
});

describe('withinFronts', () => {
  it('Should cut a limited creator’s new survey to its fronts’ units, and leave others’ whole', () => {
    const survey = needsSurveyTemplate(demoCatalogue, { id: 's1', createdAt: '2026-01-01T00:00:00.000Z' });
    const cut = withinFronts(survey, creatorOf({ email: 'a@d.cn', role: 'organizer', fronts: ['street'] }).fronts);
    const units = cut.questions.find((q) => q.type === 'unit');
    expect(units?.type === 'unit' && units.options.map((o) => o.front)).toEqual(['street', 'street', 'street']);
    expect(cut.fronts?.map((f) => f.id)).toEqual(['street']);
    expect(cut.questions.filter((q) => q.type !== 'unit')).toEqual(survey.questions.filter((q) => q.type !== 'unit'));
    expect(withinFronts(survey, creatorOf({ email: 'a@d.cn', role: 'admin', fronts: ['street'] }).fronts)).toEqual(survey);
  });
});
