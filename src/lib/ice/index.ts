/**
 * The ICE library in one import, for the candidate gatherer, the candidate
 * inspector and the loopback lab: candidate lines (RFC 8839 §5.1),
 * priorities (RFC 8445 §5.1.2, §6.1.2.3), STUN/TURN URLs (RFC 7064,
 * RFC 7065), gathering verdicts, redaction and the en/ja texts.
 */
export * from './address.ts';
export * from './gatheringVerdict.ts';
export * from './messages.ts';
export * from './parseCandidate.ts';
export * from './parseCandidatesFromSdp.ts';
export * from './parseIceServerUrl.ts';
export * from './priority.ts';
export * from './redactCandidate.ts';
export * from './gathererShareState.ts';
export * from './gatheringResult.ts';
export * from './gatheringResultMessages.ts';
export * from './inspectPastedText.ts';
export * from './localizeError.ts';
