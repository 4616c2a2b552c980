/**
 * Signaling between two tabs over a BroadcastChannel (HTML Standard,
 * "Broadcasting to other browsing contexts"): every tab of this site that
 * opens the same channel name receives what the others post, and nothing
 * leaves the browser. The channel is named after the room, so a link with
 * the room id in its fragment joins the same room.
 *
 * Thin: every received value is checked by `validateSignalingMessage`
 * (`src/lib/loopback/signalingMessage.ts`) and handed on; deciding what it
 * means is `src/lib/loopback/roomState.ts`'s job. Browser only.
 */
import type { SignalingMessage, SignalingMessageError } from '../loopback/signalingMessage.ts';
import { validateSignalingMessage } from '../loopback/signalingMessage.ts';

/** What the channel reports. */
export interface SignalingHandlers {
  /** A valid message from another tab in the room. */
  onMessage(message: SignalingMessage): void;
  /** A value that is not a valid message, with the reason. */
  onInvalid(error: SignalingMessageError): void;
}

/** An open signaling channel. */
export interface SignalingChannel {
  /** Posts to every other tab in the room (not to this one). */
  post(message: SignalingMessage): void;
  /** Stops sending and receiving. */
  close(): void;
}

/**
 * Whether this browser has BroadcastChannel (missing in some embedded web
 * views and very old browsers).
 *
 * @returns `true` when the constructor exists.
 */
export function hasBroadcastChannel(): boolean {
  return typeof globalThis.BroadcastChannel === 'function';
}

/**
 * The channel name of a room. Prefixed, so the lab cannot hear other
 * BroadcastChannels of this site.
 *
 * @param room - A room id.
 * @returns e.g. `ice-field-guide/two-tabs/k3x9p2mwq4`.
 */
export function channelName(room: string): string {
  return `ice-field-guide/two-tabs/${room}`;
}

/**
 * Opens the signaling channel of a room.
 *
 * @param room - A validated room id.
 * @param handlers - Receive valid messages and refusals.
 * @returns The channel.
 */
export function openSignalingChannel(room: string, handlers: SignalingHandlers): SignalingChannel {
  const channel = new BroadcastChannel(channelName(room));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const result = validateSignalingMessage(event.data);
    if (result.ok) handlers.onMessage(result.value);
    else handlers.onInvalid(result.error);
  };
  let open = true;
  return {
    post(message) {
      if (open) channel.postMessage(message);
    },
    close() {
      if (!open) return;
      open = false;
      channel.onmessage = null;
      channel.close();
    },
  };
}
