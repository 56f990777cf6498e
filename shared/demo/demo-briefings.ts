// Two published briefings (学习动态) for the demo district, so /news shows what a district's page looks
// like from the first `npm start`. Without photos: the demo's records hold none. Seeded once (its mark).
import { randomUUID } from 'node:crypto';
import type { BriefingRepository } from '../briefings/briefing-store.js';
import { createBriefing, publishBriefing } from '../briefings/manage-briefings.js';
import type { EventReader } from '../events/event.js';
import type { Clock } from '../kernel/clock.js';
import type { MetaRepository } from '../kernel/meta-store.js';
import type { RecordRepository } from '../records/record-store.js';
import { districtMinute } from '../kernel/zoned-time.js';

const SEED_MARK = 'demo-briefings';

export interface DemoBriefingDeps {
  briefings: BriefingRepository;
  events: EventReader;
  records: RecordRepository;
  meta: MetaRepository;
  clock: Clock;
}

const BRIEFINGS = [
  {
    title: '区委理论学习中心组举行集体学习',
    daysAgo: 3,
    text: '区委理论学习中心组举行集体学习，围绕党的创新理论开展专题研讨。\n中心组成员结合分管工作交流了学习体会，大家一致认为，要把学习成果转化为推动高质量发展的实际成效。\n会议要求，各单位要持续抓好理论学习，用好“点单式”宣讲，让理论宣讲走进基层、走近群众。',
  },
  {
    title: '东风街道开展“理论宣讲进社区”活动',
    daysAgo: 10,
    text: '东风街道邀请宣讲专家走进社区党群服务中心，为社区党员和居民群众作专题宣讲。\n宣讲结合身边事例，通俗易懂，现场气氛热烈。居民们表示，听得懂、记得住、用得上。',
  },
];

/** Returns true when it seeded; a district that already has its demo briefings is left alone. */
export async function seedDemoBriefings(deps: DemoBriefingDeps): Promise<boolean> {
  if ((await deps.meta.get(SEED_MARK)) !== undefined) return false;
  const domain = { ...deps, newId: randomUUID, files: { stream: () => Promise.reject(new Error('The demo briefings have no photos')) } };
  for (const b of BRIEFINGS) {
    const day = districtMinute(new Date(deps.clock.now().getTime() - b.daysAgo * 24 * 60 * 60 * 1000).toISOString()).slice(0, 10);
    const draft = await createBriefing(domain, { title: b.title, date: day, text: b.text, photoIds: [] }, 'demo');
    await publishBriefing(domain, draft.briefingId);
  }
  await deps.meta.putIfAbsent(SEED_MARK, deps.clock.now().toISOString());
  return true;
}
