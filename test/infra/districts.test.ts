// The districts file and district selection: `-c district=<id>` deploys one, no context deploys all.
import { describe, expect, it } from 'vitest';
import { loadDistricts, parseDistricts, selectDistricts } from '../../infra/districts.js';
import { synthDistricts, testDistricts } from './support/synth-districts.js';

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

  it('Should synthesize only the district named by -c district=<id>', () => {
    const synth = synthDistricts({ bundle: false, selected: 'beta' });
    expect(synth.stacks.map((s) => s.stackName)).toEqual(['Diancai-beta']);
    expect(synth.assembly.stacks.map((s) => s.stackName)).toEqual(['Diancai-beta']);
  });

  it('Should name the known districts when -c district names an unknown one', () => {
    expect(() => selectDistricts(testDistricts, 'gamma')).toThrow('Unknown district "gamma"; known: alpha, beta');
  });
});
