/**
 * Reads the address and port a reader types into the explorer's "build a
 * response for my address" form: the transport address a STUN server would
 * see as the source of a Binding request and echo in XOR-MAPPED-ADDRESS
 * (RFC 8489 §12, §14.2). Accepts `203.0.113.5`, `2001:db8::5`,
 * `[2001:db8::5]`, and an address with its port (`203.0.113.5:50342`,
 * `[2001:db8::5]:50342`) when the port field is left empty.
 */
import type { LibError, Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { AddressFamily } from './address.ts';
import { formatIpAddress, parseIpAddress } from '../net/address.ts';
import { explorerText } from './explorerMessages.ts';
import { translator, type KeyOf } from '../../i18n/dictionary.ts';

/** Codes of {@link EndpointInputError}. */
export type EndpointInputErrorCode = Extract<
  KeyOf<typeof explorerText>,
  | 'endpoint-address-empty'
  | 'endpoint-address-hostname'
  | 'endpoint-address-invalid'
  | 'endpoint-port-empty'
  | 'endpoint-port-invalid'
  | 'endpoint-port-out-of-range'
  | 'endpoint-port-conflict'
>;

/** Why the typed address or port was refused. */
export interface EndpointInputError extends LibError {
  readonly code: EndpointInputErrorCode;
  /** Which input is wrong, so the form can mark it. */
  readonly input: 'address' | 'port';
  /** Values for the message's placeholders (`translator(lang, explorerText)(code, details)`). */
  readonly details: Readonly<Record<string, string>>;
}

/** A transport address: IP address (normalised text) and port. */
export interface Endpoint {
  readonly address: string;
  readonly family: AddressFamily;
  readonly port: number;
}

function refuse(code: EndpointInputErrorCode, input: 'address' | 'port', details: Record<string, string> = {}): Result<Endpoint, EndpointInputError> {
  return err({ code, input, details, message: translator('en', explorerText)(code, details) });
}

/** Splits `a.b.c.d:port` and `[v6]:port`; anything else is all address. */
function splitPort(text: string): { address: string; port: string | undefined } {
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) return { address: bracketed[1] ?? '', port: bracketed[2] };
  const v4WithPort = /^([0-9.]+):([^:]*)$/.exec(text);
  if (v4WithPort) return { address: v4WithPort[1] ?? '', port: v4WithPort[2] };
  return { address: text, port: undefined };
}

function looksLikeHostname(text: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/i.test(text) && /[g-z]/i.test(text);
}

/**
 * Parses the address and port fields of the form.
 *
 * @param addressText - IPv4 or IPv6 text, optionally with `:port` (IPv6 in brackets)
 * @param portText - the port field; may be empty when the address carries the port
 * @returns the endpoint with its address normalised (RFC 5952 for IPv6), or an error naming the input at fault
 * @example parseEndpointInput('[2001:DB8::0:5]:50342', '') // ok: { address: '2001:db8::5', family: 'IPv6', port: 50342 }
 * @example parseEndpointInput('stun.example.org', '3478') // error 'endpoint-address-hostname'
 */
export function parseEndpointInput(addressText: string, portText: string): Result<Endpoint, EndpointInputError> {
  const trimmed = addressText.trim();
  if (trimmed === '') return refuse('endpoint-address-empty', 'address');
  const split = splitPort(trimmed);
  const parsed = parseIpAddress(split.address);
  if (!parsed) {
    return looksLikeHostname(split.address)
      ? refuse('endpoint-address-hostname', 'address', { address: split.address })
      : refuse('endpoint-address-invalid', 'address', { address: trimmed });
  }
  const typedPort = portText.trim();
  const addressPort = split.port?.trim();
  if (addressPort !== undefined && addressPort !== '' && typedPort !== '' && addressPort !== typedPort) {
    return refuse('endpoint-port-conflict', 'port', { addressPort, port: typedPort });
  }
  const portSource = typedPort !== '' ? typedPort : (addressPort ?? '');
  const input = typedPort !== '' ? 'port' : 'address';
  if (portSource === '') return refuse('endpoint-port-empty', 'port');
  if (!/^[0-9]+$/.test(portSource)) return refuse('endpoint-port-invalid', input, { port: portSource });
  const port = Number(portSource);
  if (port < 1 || port > 65535) return refuse('endpoint-port-out-of-range', input, { port: portSource });
  return ok({ address: formatIpAddress(parsed.bytes), family: parsed.family, port });
}
