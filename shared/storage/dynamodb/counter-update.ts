// The UpdateExpression that adds a response's deltas to its unit's counter item.
import type { CounterDeltas } from '../../report/counter-deltas.js';

export interface CounterItemFacts {
  unitId: string;
  front?: string;
  lastResponseAt: string;
}

export interface UpdateParts {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, string | number>;
}

/** Counter names are data (question and option ids), so they always go through placeholders. */
export function counterUpdate(deltas: CounterDeltas, facts: CounterItemFacts): UpdateParts {
  const names: Record<string, string> = { '#type': 'type', '#unit': 'unitId', '#last': 'lastResponseAt' };
  const values: Record<string, string | number> = { ':type': 'counters', ':unit': facts.unitId, ':last': facts.lastResponseAt };
  const adds = Object.entries(deltas).map(([name, delta], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = delta;
    return `#c${i} :c${i}`;
  });
  const sets = ['#type = :type', '#unit = :unit', '#last = :last'];
  if (facts.front !== undefined) {
    names['#front'] = 'front';
    values[':front'] = facts.front;
    sets.push('#front = :front');
  }
  return {
    UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
