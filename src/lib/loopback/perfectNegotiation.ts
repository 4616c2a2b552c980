/**
 * The decisions of the W3C "perfect negotiation" pattern (WebRTC 1.0,
 * Perfect Negotiation Example), separated from the RTCPeerConnection that
 * carries them out (`src/lib/browser/loopbackPeer.ts`).
 *
 * Both tabs may want to negotiate at once: each creates the same
 * pre-negotiated data channel the moment the pair is confirmed, and either
 * may press "Restart ICE". When two offers cross ("glare"), the impolite tab
 * ignores the offer it receives and waits for its own to be answered, and
 * the polite tab rolls its own offer back (setRemoteDescription with an
 * offer in `have-local-offer` performs the JSEP rollback, RFC 9429) and
 * answers. Neither tab can deadlock, and the outcome does not depend on
 * timing.
 */
import type { NegotiationRole } from './ids.ts';

/** `RTCPeerConnection.signalingState` (RFC 9429 §3.2 state machine). */
export type SignalingState =
  | 'stable'
  | 'have-local-offer'
  | 'have-remote-offer'
  | 'have-local-pranswer'
  | 'have-remote-pranswer'
  | 'closed';

/** What the decision needs to know about this tab's peer connection. */
export interface NegotiationSnapshot {
  readonly role: NegotiationRole;
  /** `true` between starting `setLocalDescription()` for an offer and its end. */
  readonly makingOffer: boolean;
  readonly signalingState: SignalingState;
  /** `true` while a remote answer is being applied. */
  readonly settingRemoteAnswer: boolean;
}

/**
 * What to do with a received description:
 * - `apply`: set it as the remote description (and answer an offer);
 * - `apply-over-own-offer`: glare, and this tab is polite: apply it, which
 *   rolls back this tab's own offer first;
 * - `ignore-offer`: glare, and this tab is impolite: drop it; the other tab
 *   will answer this tab's offer instead;
 * - `ignore-answer`: an answer that matches no offer of this tab.
 */
export type DescriptionAction = 'apply' | 'apply-over-own-offer' | 'ignore-offer' | 'ignore-answer';

/** A decision about a received description. */
export interface DescriptionDecision {
  readonly action: DescriptionAction;
  /** Whether the offers crossed. */
  readonly collision: boolean;
  /**
   * Whether candidates that fail to apply until the next description should
   * be ignored silently (they belong to the offer that was dropped).
   */
  readonly ignoreCandidateErrors: boolean;
}

/**
 * Decides what to do with a received offer or answer, following the perfect
 * negotiation pattern: an offer collides unless this tab is stable (or just
 * applying an answer) and not making an offer itself.
 *
 * @param type - The received description's type.
 * @param snapshot - This tab's negotiation state at the moment it arrived.
 * @returns The action, whether it was a collision, and the new "ignore
 *   candidate errors" flag.
 * @example
 * decideOnDescription('offer', { role: 'impolite', makingOffer: true, signalingState: 'have-local-offer', settingRemoteAnswer: false })
 * // → { action: 'ignore-offer', collision: true, ignoreCandidateErrors: true }
 */
export function decideOnDescription(type: 'offer' | 'answer', snapshot: NegotiationSnapshot): DescriptionDecision {
  if (type === 'answer') {
    const expected = snapshot.signalingState === 'have-local-offer' && !snapshot.makingOffer;
    return { action: expected ? 'apply' : 'ignore-answer', collision: false, ignoreCandidateErrors: false };
  }
  const readyForOffer = !snapshot.makingOffer && (snapshot.signalingState === 'stable' || snapshot.settingRemoteAnswer);
  const collision = !readyForOffer;
  if (!collision) return { action: 'apply', collision, ignoreCandidateErrors: false };
  if (snapshot.role === 'impolite') return { action: 'ignore-offer', collision, ignoreCandidateErrors: true };
  return { action: 'apply-over-own-offer', collision, ignoreCandidateErrors: false };
}
