// Which address a phone on the same network reaches this machine at, when `npm start` listens
// beyond localhost (HOST=0.0.0.0): the first private IPv4 address of an interface that is up.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** True when HOST makes the server reachable from other machines (anything but loopback). */
export function listensBeyondThisMachine(host: string): boolean {
  return !LOOPBACK.has(host);
}

function isPrivateIpv4(address: string): boolean {
  return /^10\./.test(address) || /^192\.168\./.test(address) || /^172\.(1[6-9]|2\d|3[01])\./.test(address);
}

/** The address to print and put in QR codes: a specific HOST as given; for 0.0.0.0, the LAN address (private first). */
export function lanAddress(host: string, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string | undefined {
  if (host !== '0.0.0.0' && host !== '::') return host;
  const candidates = Object.values(interfaces)
    .flat()
    .filter((i): i is NetworkInterfaceInfo => !!i && i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
  return candidates.find(isPrivateIpv4) ?? candidates[0];
}

/**
 * The address this machine itself reaches the server at, as a literal: `localhost` may resolve to ::1,
 * where another process can hold the same port number, so links and tools never go through the name.
 */
export function loopbackOrigin(host: string, port: number): string {
  const ipv6 = host === '::' || host === '::1';
  if (ipv6) return `http://[::1]:${port}`;
  if (host === '0.0.0.0' || LOOPBACK.has(host)) return `http://127.0.0.1:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
