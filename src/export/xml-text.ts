/**
 * Characters XML 1.0 forbids in a document: C0 controls other than tab, LF and CR; the
 * non-characters U+FFFE and U+FFFF; and surrogate halves not part of a pair. A Word file that holds
 * one is refused by Word, so every text that enters a Word (or HTML) writer goes through
 * {@link xmlSafe} first.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` holds a character XML forbids (see {@link stripXmlForbidden}). */
export function hasXmlForbidden(text: string): boolean {
  XML_FORBIDDEN.lastIndex = 0;
  const found = XML_FORBIDDEN.test(text);
  XML_FORBIDDEN.lastIndex = 0;
  return found;
}

/** `text` without the characters XML forbids; every other character, astral ones too, is kept. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * `value` with every string inside it (in plain objects and arrays, however deep) stripped of the
 * characters XML forbids: the one place where text enters an XML writer. Functions, numbers and
 * other objects (maps, bytes) are kept as they are; a value holding no such character is returned
 * as it is, so the common case copies nothing.
 */
export function xmlSafe<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return hasXmlForbidden(value) ? stripXmlForbidden(value) : value;
  if (Array.isArray(value)) {
    const copy: unknown[] = value.map(clean);
    return copy.some((element, index) => element !== value[index]) ? copy : value;
  }
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const copy: Record<string, unknown> = {};
    for (const [key, element] of Object.entries(value)) {
      const cleaned = clean(element);
      if (cleaned !== element) changed = true;
      copy[key] = cleaned;
    }
    return changed ? copy : value;
  }
  return value;
}
