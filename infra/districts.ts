// The districts file: its shape, how it is read, and which districts one `cdk` run deploys.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';

const DistrictSchema = v.object({
  /** Names the stack and everything in it, so it stays short, lower-case and stable. */
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,23}$/, 'id: lower-case letters, digits and dashes, 2-24 long')),
  name: v.pipe(v.string(), v.minLength(1)),
  /** IANA zone, for dates the organizer sees. */
  // Checked at synth time: a misspelt zone would make every date on every page throw at run time.
  timeZone: v.pipe(
    v.string(),
    v.check((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'timeZone must be an IANA time zone such as Asia/Shanghai'),
  ),
  account: v.optional(v.pipe(v.string(), v.regex(/^\d{12}$/))),
  region: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}(-[a-z]+)+-\d$/))),
  alarmEmail: v.pipe(v.string(), v.email()),
  /** A domain whose certificate already exists in ACM in the district's region. */
  customDomain: v.optional(v.object({ name: v.pipe(v.string(), v.minLength(3)), certificateArn: v.pipe(v.string(), v.minLength(20)) })),
  /** Extra origins allowed to call the API from a browser (a dashboard served elsewhere). */
  corsOrigins: v.optional(v.array(v.pipe(v.string(), v.url()))),
  throttling: v.object({
    burst: v.pipe(v.number(), v.integer(), v.minValue(1)),
    rate: v.pipe(v.number(), v.minValue(1)),
  }),
});

export type District = v.InferOutput<typeof DistrictSchema>;

const DistrictsSchema = v.pipe(
  v.array(DistrictSchema),
  v.minLength(1),
  v.check((list) => new Set(list.map((d) => d.id)).size === list.length, 'district ids must be unique'),
);

export function parseDistricts(input: unknown): District[] {
  return v.parse(DistrictsSchema, input);
}

export function loadDistricts(file: URL = new URL('./districts.json', import.meta.url)): District[] {
  return parseDistricts(JSON.parse(readFileSync(file, 'utf8')));
}

/** `-c district=<id>` picks one; no context means all (for `cdk deploy --all`). */
export function selectDistricts(all: District[], selected: unknown): District[] {
  if (selected === undefined || selected === '') return all;
  const match = all.filter((d) => d.id === selected);
  if (match.length === 0) throw new Error(`Unknown district "${String(selected)}"; known: ${all.map((d) => d.id).join(', ')}`);
  return match;
}

/** Browser origins besides the API's own: the custom domain and any listed dashboard origins. */
export function allowedOrigins(district: District): string[] {
  const domain = district.customDomain ? [`https://${district.customDomain.name}`] : [];
  return [...domain, ...(district.corsOrigins ?? [])];
}

export function stackName(district: District): string {
  return `Diancai-${district.id}`;
}
