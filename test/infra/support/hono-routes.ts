// Lists a Hono app's routes as API Gateway route keys, to compare with the routes the API declares.
/** `/s/:surveyId` becomes `/s/{surveyId}`; a trailing `*` becomes `{proxy+}`. */
export function apiPathOf(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}').replace(/\/\*$/, '/{proxy+}');
}

/** Handler routes only: middleware (`app.use`) registers under the method ALL and answers nothing itself. */
export function routeKeysOf(app: { routes: readonly { method: string; path: string }[] }): string[] {
  const keys = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${apiPathOf(r.path)}`);
  return [...new Set(keys)].sort();
}
