// Where a webhook may point (SSRF): not at the machine itself, the private network or the cloud's
// metadata address, unless WEBHOOK_ALLOW_PRIVATE. Checked twice: a literal address or a local name
// when the webhook is registered (INVALID_INPUT on `url`), and every address a name resolves to when
// a delivery connects (`guardedLookup`), so a name that later resolves elsewhere (DNS rebinding)
// reaches nothing private either.
import dns from 'node:dns';
import net from 'node:net';
import { AppError } from '../../common/app-error';

export interface WebhookAddressPolicy {
  allowPrivate: boolean;
  allowHttp: boolean;
}

const PRIVATE = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  // IPv4 written as IPv6 (::ffff:127.0.0.1) and NAT64: they can reach any IPv4 address.
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const) {
  PRIVATE.addSubnet(prefix, bits, 'ipv6');
}

/** Loopback, private, link-local, reserved or multicast: nothing a webhook should reach. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Names that always mean this machine or the local network. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/i;

function invalidUrl(message: string): AppError {
  return new AppError('INVALID_INPUT', message, { field: 'url', issues: [{ field: 'url', message }] });
}

/** Checks a webhook URL at registration; answers it normalised. */
export function checkWebhookUrl(raw: string, policy: WebhookAddressPolicy): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalidUrl('Geef een geldige URL, bv. https://voorbeeld.be/kruispunt');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) throw invalidUrl('Een webhook gebruikt https://.');
  if (url.username || url.password) throw invalidUrl('Zet geen gebruikersnaam of wachtwoord in de URL: controleer de handtekening (Kruispunt-Signature).');
  if (url.hash) throw invalidUrl('Een webhook-URL heeft geen #-deel.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!policy.allowPrivate && (isPrivateAddress(host) || LOCAL_NAME.test(host) || (!net.isIP(host) && !host.includes('.')))) {
    throw invalidUrl('Dit adres is lokaal of privé: een webhook moet een publiek bereikbaar adres hebben.');
  }
  return url.toString();
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * `lookup` for http(s).request: resolves as usual and refuses when any address is private. (A
 * literal address in the URL is not looked up by Node: `refuseLiteral` checks that one.)
 */
export function guardedLookup(policy: Pick<WebhookAddressPolicy, 'allowPrivate'>) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = policy.allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(Object.assign(new Error(`${hostname} resolves to a private address (${refused.address}): refused`), { code: 'EPRIVATE' }), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}

/** The URL's host when it is a literal private address and those are refused, else null. */
export function refusedLiteral(url: URL, policy: Pick<WebhookAddressPolicy, 'allowPrivate'>): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return !policy.allowPrivate && isPrivateAddress(host) ? host : null;
}
