// Respondent figures over HTTP against the `npm start` stack: submissions per second and latency,
// and the survey page's size as first served.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { DEMO_NEEDS_SURVEY_ID } from '../../shared/demo/seed-demo.js';
import { validNeeds } from '../support/demo-answers.js';
import { drive, percentile } from './measure.js';

const UNITS = ['dongfeng-st', 'xinli-st', 'jinqiao-st', 'party-office', 'organization', 'trade-union', 'housing', 'planning', 'city-admin', 'education', 'health', 'culture'];

/** The page as a phone first receives it: gzip-compressed bytes on the wire. */
function firstServedBytes(url: string): Promise<{ gzipped: number; hosts: string[] }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', async () => {
        const body = Buffer.concat(chunks);
        const { gunzipSync } = await import('node:zlib');
        const html = res.headers['content-encoding'] === 'gzip' ? gunzipSync(body).toString('utf8') : body.toString('utf8');
        const hosts = [...html.matchAll(/(?:src|href|action)="(?:https?:)?\/\/([^/"]+)/g)].map((m) => m[1] ?? '');
        resolve({ gzipped: body.length, hosts });
      });
    })
      .on('error', reject)
      .end();
  });
}

export interface RespondentFigures {
  submissions: number;
  concurrency: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<number, number>;
  pageGzippedBytes: number;
  pageForeignHosts: string[];
}

export async function respondentFigures(baseUrl: string, submissions = 2000, concurrency = 32): Promise<RespondentFigures> {
  const page = await firstServedBytes(`${baseUrl}/s/${DEMO_NEEDS_SURVEY_ID}`);
  // Warm up connections and the JIT before timing.
  await drive(64, 8, (i) => post(baseUrl, UNITS[i % UNITS.length] ?? 'education'));
  const result = await drive(submissions, concurrency, (i) => post(baseUrl, UNITS[i % UNITS.length] ?? 'education'));
  return {
    submissions,
    concurrency,
    perSecond: result.count / result.seconds,
    p50Ms: percentile(result.latenciesMs, 50),
    p99Ms: percentile(result.latenciesMs, 99),
    statuses: result.statuses,
    pageGzippedBytes: page.gzipped,
    pageForeignHosts: page.hosts,
  };
}

async function post(baseUrl: string, unit: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/public/surveys/${DEMO_NEEDS_SURVEY_ID}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ submissionId: randomUUID(), answers: validNeeds(unit) }),
  });
  await res.arrayBuffer();
  return res.status;
}
