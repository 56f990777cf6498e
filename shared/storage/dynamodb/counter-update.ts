// The one UpdateExpression builder for counters, survey units' and lectures' alike: the deltas ADDed,
// and the attributes the item carries besides its counts SET with them.
import type { CounterDeltas } from '../../survey/counter-deltas.js';

export interface CounterItemFacts {
  unitId: string;
  front?: string;
  /** Left out when responses are taken off or put back (无效答卷): the latest arrival stays what it was. */
  lastResponseAt?: string;
}

export interface UpdateParts {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, string | number>;
}

/** Counter names are data (question and option ids), so names and values always go through placeholders. */
export function counterUpdate(deltas: CounterDeltas, set: Readonly<Record<string, string | number>> = {}): UpdateParts {
  const names: Record<string, string> = {};
  const values: Record<string, string | number> = {};
  const sets = Object.entries(set).map(([attribute, value], i) => {
    names[`#s${i}`] = attribute;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const adds = Object.entries(deltas).map(([name, delta], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = delta;
    return `#c${i} :c${i}`;
  });
  return {
    UpdateExpression: `${sets.length > 0 ? `SET ${sets.join(', ')} ` : ''}ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** What a survey unit's counter item carries besides its counts. */
export function surveyCounterFacts(facts: CounterItemFacts): Record<string, string | number> {
  return {
    type: 'counters',
    unitId: facts.unitId,
    ...(facts.lastResponseAt !== undefined ? { lastResponseAt: facts.lastResponseAt } : {}),
    ...(facts.front !== undefined ? { front: facts.front } : {}),
  };
}
