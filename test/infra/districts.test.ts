// The districts file and district selection: `-c district=<id>` deploys one, no context deploys all.
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { addDistrictStacks } from '../../infra/district-stacks.js';
import { loadDistricts, parseDistricts, selectDistricts } from '../../infra/districts.js';
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
    const app = (selected?: string) => {
      const cdkApp = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
      return addDistrictStacks(cdkApp, testDistricts, selected).map((s) => s.stackName);
    };
    expect(app('beta')).toEqual(['Diancai-beta']);
    expect(app()).toEqual(['Diancai-alpha', 'Diancai-beta']);
  });

  it('Should name the known districts when -c district names an unknown one', () => {
    expect(() => selectDistricts(testDistricts, 'gamma')).toThrow('Unknown district "gamma"; known: alpha, beta');
  });
});
