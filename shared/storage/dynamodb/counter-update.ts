// The UpdateExpression that adds a response's deltas to its unit's counter item.
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

/** Counter names are data (question and option ids), so they always go through placeholders. */
export function counterUpdate(deltas: CounterDeltas, facts: CounterItemFacts): UpdateParts {
  const names: Record<string, string> = { '#type': 'type', '#unit': 'unitId' };
  const values: Record<string, string | number> = { ':type': 'counters', ':unit': facts.unitId };
  const adds = Object.entries(deltas).map(([name, delta], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = delta;
    return `#c${i} :c${i}`;
  });
  const sets = ['#type = :type', '#unit = :unit'];
  if (facts.lastResponseAt !== undefined) {
    names['#last'] = 'lastResponseAt';
    values[':last'] = facts.lastResponseAt;
    sets.push('#last = :last');
  }
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
