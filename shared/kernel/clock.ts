// Time and identity come from outside, so tests can fix them and production uses the real ones.
import { randomUUID } from 'node:crypto';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export type IdGenerator = () => string;

export const randomIds: IdGenerator = () => randomUUID();
