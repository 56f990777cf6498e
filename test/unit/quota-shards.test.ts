import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUOTA_SHARDS, quotaAllowance, quotaShardCount, spreadQuotaCount } from '../../shared/storage/dynamodb/quota-shards.js';

describe('a response limit split over quota shards', () => {
  it('Should give shares that add up to the limit exactly, none empty among the shards used', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (limit) => {
        const used = quotaShardCount(limit);
        const shares = Array.from({ length: QUOTA_SHARDS }, (_, shard) => quotaAllowance(limit, shard));
        expect(shares.reduce((a, b) => a + b, 0)).toBe(limit);
        expect(shares.slice(0, used).every((share) => share >= 1)).toBe(true);
        expect(shares.slice(used).every((share) => share === 0)).toBe(true);
        expect(Math.max(...shares) - Math.min(...shares.slice(0, used))).toBeLessThanOrEqual(1);
      }),
    );
    expect([quotaShardCount(3), quotaAllowance(3, 0), quotaAllowance(3, 3)]).toEqual([3, 1, 0]);
    expect(Array.from({ length: 8 }, (_, s) => quotaAllowance(100, s))).toEqual([13, 13, 13, 13, 12, 12, 12, 12]);
  });

  it('Should spread the responses already in without passing any share, keeping all of them up to the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (count, limit) => {
        const counts = spreadQuotaCount(count, limit);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(Math.min(count, limit));
        counts.forEach((taken, shard) => expect(taken).toBeLessThanOrEqual(quotaAllowance(limit, shard)));
      }),
    );
    expect(spreadQuotaCount(30, 100)).toEqual([13, 13, 4, 0, 0, 0, 0, 0]);
  });
});
