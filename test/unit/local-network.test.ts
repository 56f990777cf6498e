import { describe, expect, it } from 'vitest';
import { localConfig } from '../../functions/local/config.js';
import { lanAddress, listensBeyondThisMachine, loopbackOrigin } from '../../functions/local/lan-address.js';
import { nodeVersionNote } from '../../functions/local/node-version.js';

const nic = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });

describe('npm start on the local network', () => {
  it('Should listen on this machine only unless HOST says otherwise', () => {
    expect(localConfig({}).host).toBe('127.0.0.1');
    expect(listensBeyondThisMachine('127.0.0.1')).toBe(false);
    expect(localConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(listensBeyondThisMachine('0.0.0.0')).toBe(true);
  });

  it('Should put the private LAN address in links when listening on every interface', () => {
    const interfaces = { lo: [nic('127.0.0.1', true)], docker0: [nic('203.0.113.9')], wlan0: [nic('192.168.1.23')] };
    expect(lanAddress('0.0.0.0', interfaces)).toBe('192.168.1.23');
    expect(lanAddress('0.0.0.0', { lo: [nic('127.0.0.1', true)], eth0: [nic('172.20.0.5')] })).toBe('172.20.0.5');
    expect(lanAddress('0.0.0.0', { lo: [nic('127.0.0.1', true)] })).toBeUndefined();
    expect(lanAddress('10.0.0.7', interfaces)).toBe('10.0.0.7');
  });

  it('Should reach its own server at an address literal, never through the name localhost (which may be ::1, held by another process)', () => {
    expect(loopbackOrigin('127.0.0.1', 3000)).toBe('http://127.0.0.1:3000');
    expect(loopbackOrigin('0.0.0.0', 3000)).toBe('http://127.0.0.1:3000');
    expect(loopbackOrigin('localhost', 3000)).toBe('http://127.0.0.1:3000');
    expect(loopbackOrigin('::', 3000)).toBe('http://[::1]:3000');
    expect(loopbackOrigin('10.0.0.7', 3000)).toBe('http://10.0.0.7:3000');
  });

  it('Should take PUBLIC_URL as an origin only', () => {
    expect(localConfig({ PUBLIC_URL: 'http://192.168.1.23:3000/' }).publicUrl).toBe('http://192.168.1.23:3000');
    expect(() => localConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => localConfig({ PUBLIC_URL: 'http://a.cn/path' })).toThrow(/PUBLIC_URL/);
  });

  it('Should note an older Node once, in one line, and nothing on the Lambdas’ version', () => {
    expect(nodeVersionNote('v20.20.2')).toMatch(/^Node v20\.20\.2: works here; the Lambdas run Node 22/);
    expect(nodeVersionNote('v22.11.0')).toBeUndefined();
    expect(nodeVersionNote('v24.1.0')).toBeUndefined();
  });
});
