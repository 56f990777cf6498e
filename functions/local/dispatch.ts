// One local server for both apps, as API Gateway routes them in AWS: each request goes to exactly
// one app, so each keeps its own middleware, CSP and not-found answer. (Mounting both on one Hono
// app would run the respondent's middleware, and its CSP, on the dashboard too.)
export interface FetchApp {
  fetch(request: Request, env?: unknown, ctx?: unknown): Response | Promise<Response>;
}

export function isRespondentPath(pathname: string): boolean {
  return pathname === '/s' || pathname.startsWith('/s/') || pathname.startsWith('/u/') || pathname.startsWith('/api/public/');
}

export function dispatch(respondent: FetchApp, organizer: FetchApp) {
  return (request: Request, env?: unknown, ctx?: unknown): Response | Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/') return Response.redirect(new URL('/admin', request.url), 302);
    return (isRespondentPath(pathname) ? respondent : organizer).fetch(request, env, ctx);
  };
}
