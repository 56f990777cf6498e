// A short dashboard page for refusals (403) and other dead ends.
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';

export function DashboardMessagePage({ ctx, title, body, linkText }: { ctx: PageContext; title: string; body: string; linkText: string }) {
  return (
    <DashboardLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={href(ctx, '/admin')}>{linkText}</a>
      </p>
    </DashboardLayout>
  );
}
