// A response limit's running total, spread over a few items. One quota item that every submission
// updates caps a survey with a limit at one item's transaction rate (the hot-item problem the counter
// shards solve), so the limit L is split into per-shard allowances that add up to L: a submission
// takes a place on one shard, conditioned on that shard's count staying under its allowance. The
// stored total can never pass L (each shard stays within its share), and a submission is refused as
// full only after every shard has refused it, when every place is taken.

/** Quota shards per survey: as many as counter shards, so a limited survey takes the same bursts. */
export const QUOTA_SHARDS = 8;

/** How many shards carry places for `limit` (a limit of 3 uses 3 shards of 1 place each). */
export function quotaShardCount(limit: number, shards = QUOTA_SHARDS): number {
  return Math.max(1, Math.min(shards, limit));
}

/** The places shard `shard` holds out of `limit`: an even split, the remainder on the first shards. */
export function quotaAllowance(limit: number, shard: number, shards = QUOTA_SHARDS): number {
  const used = quotaShardCount(limit, shards);
  if (shard >= used) return 0;
  return Math.floor(limit / used) + (shard < limit % used ? 1 : 0);
}

/**
 * The counts to store when a limit is set on a survey that has `count` responses already: filled
 * shard by shard, never past an allowance (a limit below the count leaves every shard full).
 */
export function spreadQuotaCount(count: number, limit: number, shards = QUOTA_SHARDS): number[] {
  const counts: number[] = [];
  let left = count;
  for (let shard = 0; shard < quotaShardCount(limit, shards); shard++) {
    const taken = Math.min(left, quotaAllowance(limit, shard, shards));
    counts.push(taken);
    left -= taken;
  }
  return counts;
}
