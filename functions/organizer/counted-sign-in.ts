// signIn with its refusals counted: wrong credentials and lockouts (credential stuffing shows here first).
import { signIn } from '../../shared/accounts/sign-in.js';
import { AccountLockedError, InvalidCredentialsError } from '../../shared/errors.js';
import { METRIC, noMetrics } from '../http/metrics.js';
import type { OrganizerDeps } from './deps.js';

type SignInArgs = Parameters<typeof signIn>;

export async function countedSignIn(deps: Pick<OrganizerDeps, 'metrics'>, ...args: SignInArgs): ReturnType<typeof signIn> {
  const metrics = deps.metrics ?? noMetrics;
  try {
    return await signIn(...args);
  } catch (error) {
    if (error instanceof InvalidCredentialsError) metrics.count(METRIC.signInFailures);
    if (error instanceof AccountLockedError) metrics.count(METRIC.signInLockouts);
    throw error;
  }
}
