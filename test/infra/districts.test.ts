// The districts file and district selection: `-c district=<id>` deploys one, no context deploys all.
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { addDistrictStacks } from '../../infra/district-stacks.js';
import { loadDistricts, parseDistricts, selectDistricts, type District } from '../../infra/districts.js';
import { testDistricts } from './support/synth-districts.js';

describe('Districts', () => {
  it('Should read the shipped districts file', () => {
    const districts = loadDistricts();
    expect(districts.length).toBeGreaterThan(0);
    for (const district of districts) expect(district.throttling.burst).toBeGreaterThanOrEqual(district.throttling.rate);
  });

  it('Should reject a file with a duplicate id or a bad alarm address', () => {
    const [first] = testDistricts;
    expect(() => parseDistricts([first, first])).toThrow(/unique/);
    expect(() => parseDistricts([{ ...first, alarmEmail: 'nobody' }])).toThrow();
    expect(() => parseDistricts([{ ...first, id: 'Bad Id' }])).toThrow(/id/);
  });

  it('Should create only the stack of the district named by -c district=<id>, and every stack without it', () => {
    // Construction alone decides which stacks exist; bundling is skipped as `cdk` skips it for unselected stacks.
    const app = (selected?: string, partition?: string, districts = testDistricts) => {
      const cdkApp = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
      return addDistrictStacks(cdkApp, districts, selected, undefined, { partition }).map((s) => s.stackName);
    };
    expect(app('beta')).toEqual(['Diancai-beta']);
    expect(app(undefined, 'aws-cn')).toEqual(['Diancai-beta']);
    expect(app(undefined, 'aws')).toEqual(['Diancai-alpha']);
    expect(app(undefined, 'all')).toEqual(['Diancai-alpha', 'Diancai-beta']);
    const [alpha] = testDistricts as [District];
    expect(app(undefined, undefined, [alpha, { ...alpha, id: 'gamma' }])).toEqual(['Diancai-alpha', 'Diancai-gamma']);
  });

  it('Should refuse to select every district across partitions, saying what to pass instead', () => {
    // `cdk deploy --all` with aws credentials would deploy alpha, then fail on beta in aws-cn.
    expect(() => selectDistricts(testDistricts, undefined)).toThrow(
      'The districts file spans the partitions aws and aws-cn, and one set of credentials deploys into one partition only. Name one district (-c district=<id>) or one partition (-c partition=aws or -c partition=aws-cn).',
    );
  });

  it('Should refuse a placeholder alarm address outside a demo district, and keep the defaults when the file says nothing', () => {
    const [first] = testDistricts as [District];
    for (const email of ['ops@example.org', 'ops@example.com', 'a@mail.example', 'a@x.test', 'a@x.invalid']) {
      expect(() => parseDistricts([{ ...first, alarmEmail: email }]), email).toThrow(/placeholder/);
      expect(parseDistricts([{ ...first, alarmEmail: email, demo: true }])[0]?.alarmEmail).toBe(email);
    }
    expect(() => parseDistricts([{ ...first, logRetentionDays: 100 }])).toThrow();
    expect(() => parseDistricts([{ ...first, lambda: { functions: { Respondnet: { memoryMb: 1024 } } } }])).toThrow();
  });

  it('Should name the known districts when -c district names an unknown one', () => {
    expect(() => selectDistricts(testDistricts, 'gamma')).toThrow('Unknown district "gamma"; known: alpha, beta');
  });
});
