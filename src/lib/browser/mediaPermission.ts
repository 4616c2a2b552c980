/**
 * The opt-in that lets a page see this machine's real local addresses.
 * Chrome hides host addresses behind mDNS names (and writes a srflx's raddr
 * as 0.0.0.0) unless the page holds microphone or camera permission
 * (the `WebRtcHideLocalIpsWithMdns` feature; W3C WebRTC 1.0 §4.4 and
 * draft-ietf-mmusic-mdns-ice-candidates leave the policy to the browser).
 * Asking for the microphone and stopping its tracks at once grants that
 * permission without recording anything.
 *
 * Browser only. Nothing here runs until the reader presses the button.
 */

/** Why the permission could not be obtained, by what the browser reported. */
export type MicrophoneFailure =
  /** `navigator.mediaDevices.getUserMedia` does not exist (old browser, web view, or not a secure context). */
  | 'no-media-devices'
  /** The reader, a browser setting or a policy refused (`NotAllowedError`, `SecurityError`). */
  | 'denied'
  /** No microphone exists (`NotFoundError`, `OverconstrainedError`): nothing to grant. */
  | 'no-device'
  /** Something else (`AbortError`, `TypeError`, …). */
  | 'other';

/** What {@link requestMicrophonePermission} found. */
export type MicrophoneOutcome =
  /** Permission granted; `deviceBusy` when the microphone then could not start (`NotReadableError`). */
  | { readonly ok: true; readonly deviceBusy: boolean }
  | { readonly ok: false; readonly reason: MicrophoneFailure; readonly detail: string };

/**
 * Asks for microphone permission with `getUserMedia({ audio: true })` and
 * stops every track the moment it arrives: nothing is recorded, kept or sent.
 * Never throws.
 *
 * @returns Whether the page now holds the permission, or why not.
 */
export async function requestMicrophonePermission(): Promise<MicrophoneOutcome> {
  const devices = (globalThis.navigator as Navigator | undefined)?.mediaDevices;
  if (devices === undefined || typeof devices.getUserMedia !== 'function') {
    const secure = (globalThis as { isSecureContext?: boolean }).isSecureContext !== false;
    return { ok: false, reason: 'no-media-devices', detail: secure ? 'navigator.mediaDevices.getUserMedia is not defined' : 'not a secure context' };
  }
  try {
    const stream = await devices.getUserMedia({ audio: true });
    for (const track of stream.getTracks()) track.stop();
    return { ok: true, deviceBusy: false };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // The permission check comes before the device is opened, so a busy
    // device means permission was granted.
    if (name === 'NotReadableError') return { ok: true, deviceBusy: true };
    if (name === 'NotAllowedError' || name === 'SecurityError') return { ok: false, reason: 'denied', detail };
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return { ok: false, reason: 'no-device', detail };
    return { ok: false, reason: 'other', detail };
  }
}

/** The opt-in for real local addresses, as a widget shows it: not asked, asking, granted, or why not. */
export type LocalAddressesState = 'idle' | 'asking' | 'granted' | 'granted-busy' | MicrophoneFailure;

/**
 * Asks for the permission that shows real local addresses and says what
 * became of it, in the shape the widgets keep.
 *
 * @returns The state to show and the browser's detail when it refused.
 */
export async function askForRealAddresses(): Promise<{ state: Exclude<LocalAddressesState, 'idle' | 'asking'>; detail: string }> {
  const outcome = await requestMicrophonePermission();
  if (!outcome.ok) return { state: outcome.reason, detail: outcome.detail };
  return { state: outcome.deviceBusy ? 'granted-busy' : 'granted', detail: '' };
}
