// A survey's responses as an async sequence of pages, for streaming exports and rebuilds. The next
// page is fetched while the caller works on the current one (at most two pages in memory), so
// reading and formatting overlap instead of taking turns.
import type { Page } from '../kernel/page.js';
import type { ResponseRepository, StoredResponse } from '../responses/response-store.js';

/** `from`/`to`: ISO instants (to exclusive), applied on the index so rows outside are never read. */
export interface TimeRange {
  from?: string;
  to?: string;
}

export async function* responsePages(responses: ResponseRepository, surveyId: string, pageSize = 500, range: TimeRange = {}): AsyncGenerator<StoredResponse[]> {
  const fetch = (cursor?: string) => {
    const page = responses.list(surveyId, { limit: pageSize, ...(cursor ? { cursor } : {}), ...range });
    // If the caller stops early (a download cancelled), a prefetch that then fails must not
    // become an unhandled rejection; a caller that does await it still gets the error.
    page.catch(() => undefined);
    return page;
  };
  let pending: Promise<Page<StoredResponse>> | undefined = fetch();
  while (pending) {
    const page: Page<StoredResponse> = await pending;
    pending = page.cursor ? fetch(page.cursor) : undefined;
    yield page.items;
  }
}
