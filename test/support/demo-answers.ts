// Answers that fit the seeded demo surveys.
export function validFeedback(unit = 'education'): Record<string, unknown> {
  return {
    unit,
    lecture: { relevance: 5, depth: 4, practice: 5, effect: 4 },
    teacher: { clarity: 5, interaction: 4, time: 5 },
    organization: 4,
    'organization-suggestion': '建议提前发布通知',
  };
}

export function validNeeds(unit = 'education'): Record<string, unknown> {
  return {
    unit,
    role: 'cadre',
    topics: ['t-digital', 't-party-history', 't-elderly-care'],
    format: ['lecture', { optionId: 'other', text: '快板宣讲' }],
    manner: 'at-unit',
    audience: 40,
    slots: ['tue-pm', 'thu-am'],
    'speaker-kind': 'scholar',
    'past-rating': 4,
  };
}
