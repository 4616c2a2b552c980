/**
 * The part of SASLprep (RFC 4013) that STUN passwords need in practice.
 *
 * RFC 5389 §15.4 ran the password (and, for long-term credentials, realm
 * and username) through SASLprep before hashing; RFC 8489 §9.2.2 replaced
 * that with the PRECIS OpaqueString profile (RFC 8265). RFC 5769 §2.4's test
 * vector was made with SASLprep: its password `The\u00ADM\u00AAtr\u2168`
 * becomes `TheMatrIX`.
 */

// RFC 3454 table B.1, "commonly mapped to nothing" (SASLprep §2.1).
const mappedToNothing = /[\u00AD\u034F\u1806\u180B-\u180D\u200B-\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;

// RFC 3454 table C.1.2, non-ASCII spaces, mapped to U+0020 (SASLprep §2.1);
// U+200B is left to the table above, which removes it.
const nonAsciiSpaces = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Applies SASLprep's mappings and normalisation: characters "commonly mapped
 * to nothing" are removed, non-ASCII spaces become U+0020, and the result is
 * NFKC-normalised with `String.prototype.normalize`.
 *
 * Limits, on purpose: prohibited characters (RFC 4013 §2.3), the
 * bidirectional check (§2.4) and unassigned code points (§2.5) are not
 * checked, and NFKC follows the JavaScript engine's Unicode version rather
 * than Unicode 3.2. RFC 8489's OpaqueString profile differs again (NFC, not
 * NFKC, and it rejects rather than removes U+00AD); for the ASCII passwords
 * that ICE and most TURN servers use, all of these give the same bytes.
 *
 * Where a reader would notice: only in the explorer's integrity check with
 * long-term credentials whose password (or realm, username) holds non-ASCII
 * text. Then the key may differ from a server that follows RFC 8489 to the
 * letter: compatibility characters (NFKC turns `Ⅸ` U+2168 into `IX`, NFC
 * keeps it), U+00AD (removed here, refused by OpaqueString), and prohibited
 * or unassigned code points (accepted here, refused by both profiles). The
 * check then reports a MESSAGE-INTEGRITY mismatch for a password that is
 * right. ICE's short-term passwords are ASCII by grammar (RFC 8839 §5.4,
 * `ice-char`: letters, digits, + and /) and never hit
 * this. Kept libraries (`saslprep`, `@mongodb-js/saslprep`) implement the
 * older RFC 4013 profile with Unicode 3.2 tables, not OpaqueString, so they
 * would not close this gap and would add their tables to the explorer.
 *
 * @param text - a password (or realm)
 * @returns the prepared string
 * @example minimalSaslPrep('The\u00ADM\u00AAtr\u2168') // 'TheMatrIX'
 */
export function minimalSaslPrep(text: string): string {
  return text.replace(mappedToNothing, '').replace(nonAsciiSpaces, ' ').normalize('NFKC');
}
