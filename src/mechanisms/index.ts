export { MECHANISM_KINDS } from './mechanism-types.js';
export type { Mechanism, MechanismDirectory, MechanismKind, MechanismMention } from './mechanism-types.js';
export { parseMechanisms } from './parse-mechanisms.js';
export { findMechanismMentions, mechanismForms, mechanismParagraphs } from './find-mentions.js';
export { mechanismPrefLabel, viewMechanism } from './mechanism-view.js';
export type { MechanismView } from './mechanism-view.js';
