// A survey's responses as an async sequence of pages, for streaming exports and rebuilds. The next
// page is fetched while the caller works on the current one (at most two pages in memory), so
// reading and formatting overlap instead of taking turns.
import type { Page, ResponseRepository, StoredResponse } from '../storage/ports.js';

export async function* responsePages(responses: ResponseRepository, surveyId: string, pageSize = 500): AsyncGenerator<StoredResponse[]> {
  let pending: Promise<Page<StoredResponse>> | undefined = responses.list(surveyId, { limit: pageSize });
  while (pending) {
    const page: Page<StoredResponse> = await pending;
    pending = page.cursor ? responses.list(surveyId, { limit: pageSize, cursor: page.cursor }) : undefined;
    yield page.items;
  }
}
