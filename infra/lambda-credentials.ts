/**
 * Stands in for `@aws-sdk/credential-provider-node` in every Lambda bundle (infra/bundling.ts aliases it).
 *
 * Lambda hands a function its role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
 * AWS_SESSION_TOKEN, and nothing else is ever asked for there. The SDK's default chain would also
 * bundle the ini, SSO, login, process, web-identity, container and instance-metadata providers and
 * the STS/SSO clients they call: about 80 KB of the respondent's cold start that never runs. Code
 * run by Node outside a bundle (`npm start`, the CLIs, tests) resolves the real package as before.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** The only export the SDK clients import from the package this replaces. */
export const defaultProvider: typeof fromEnv = (init) => fromEnv(init);
