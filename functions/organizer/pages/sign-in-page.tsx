// The sign-in page.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';

export function SignInPage({ ctx, next, error, email }: { ctx: PageContext; next: string; error?: string; email?: string }) {
  const t = dashboardMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={t.signInTitle}>
      <h1>{t.signInTitle}</h1>
      <Problems title={t.problems} items={error ? [error] : []} />
      <section>
        <form method="post" action={href(ctx, '/admin/login')}>
          <input type="hidden" name="next" value={next} />
          <label for="email">{t.email}</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={email ?? ''} />
          <label for="password">{t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <button type="submit">{t.signIn}</button>
        </form>
      </section>
    </DashboardLayout>
  );
}
