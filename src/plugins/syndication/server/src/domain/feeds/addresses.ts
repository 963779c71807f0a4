/**
 * Which network addresses the poller may connect to: public unicast only, so that an address
 * typed into a feed cannot reach the server itself, the office network or a cloud metadata
 * service. IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
import ipaddr from 'ipaddr.js';

const DESCRIPTIONS: Record<string, string> = {
  loopback: 'a loopback address (this server itself)',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address (where cloud metadata services live)',
  carrierGradeNat: 'a carrier-grade NAT address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
};

/** Why the poller must not connect to this IP address, or null when it may. */
export function forbiddenAddress(ip: string, allowedRanges: string[] = []): string | null {
  if (!ipaddr.isValid(ip)) return 'not an IP address';
  const address = ipaddr.process(ip);
  for (const range of allowedRanges) {
    const [network, bits] = ipaddr.parseCIDR(range);
    if (network.kind() === address.kind() && address.match(network, bits)) return null;
  }
  const kind = address.range();
  if (kind === 'unicast') return null;
  return DESCRIPTIONS[kind] ?? `a reserved address (${kind})`;
}
