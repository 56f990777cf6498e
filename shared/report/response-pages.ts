// A survey's responses as an async sequence of pages, for streaming exports and rebuilds.
import type { ResponseRepository, StoredResponse } from '../storage/ports.js';

export async function* responsePages(responses: ResponseRepository, surveyId: string, pageSize = 500): AsyncGenerator<StoredResponse[]> {
  let cursor: string | undefined;
  do {
    const page = await responses.list(surveyId, { limit: pageSize, cursor });
    yield page.items;
    cursor = page.cursor;
  } while (cursor);
}
