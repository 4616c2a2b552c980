/**
 * The dump doctor's pure core: reading a chrome://webrtc-internals dump,
 * modelling its peer connections, finding rules, texts and the ticket report.
 */
export * from './readDump.ts';
export * from './model.ts';
export * from './findings.ts';
export * from './messages.ts';
export * from './report.ts';
