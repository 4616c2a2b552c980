/**
 * Moves the demo's packet along a link. The packet is drawn at its
 * destination; this attachment offsets it with the SVG `transform`
 * attribute, starting at the link's other end and easing to zero, one
 * `setAttribute` per animation frame on one element. With no request
 * (reduced motion, stepping back, or a step without a move) the packet has
 * no transform at all.
 */
import type { Attachment } from 'svelte/attachments';

/** What to animate: the offset from the destination at the start, and for how long. */
export interface Motion {
  readonly dx: number;
  readonly dy: number;
  readonly durationMs: number;
}

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/**
 * An attachment that animates one move.
 *
 * @param motion - the move, or null for none
 * @returns the attachment for `{@attach …}`
 */
export function packetMotion(motion: Motion | null): Attachment<SVGGElement> {
  return (element) => {
    if (motion === null || (motion.dx === 0 && motion.dy === 0)) {
      element.removeAttribute('transform');
      return;
    }
    const { dx, dy, durationMs } = motion;
    const start = performance.now();
    let frame = 0;
    element.setAttribute('transform', `translate(${dx} ${dy})`);
    const tick = (now: number): void => {
      const t = Math.min(1, (now - start) / durationMs);
      if (t >= 1) {
        element.removeAttribute('transform');
        return;
      }
      const left = 1 - easeInOut(t);
      element.setAttribute('transform', `translate(${(dx * left).toFixed(1)} ${(dy * left).toFixed(1)})`);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      element.removeAttribute('transform');
    };
  };
}
