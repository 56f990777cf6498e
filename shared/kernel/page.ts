// A page of a listing: its items and, when there is more, the cursor that continues it.

export interface Page<T> {
  items: T[];
  cursor?: string;
}
