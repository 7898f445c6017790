import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SomkbError } from '../../errors/index.js';
import type { ExportFile } from '../../export/index.js';
import type { CatalogFiles, SuggestService } from '../../services/index.js';
import { ErrorSchema } from '../api-schemas.js';
import { entityTag, sendJson } from '../json-body.js';
import type { ApiDeps } from './api-deps.js';
import type { ApiViews, ViewsInLanguage } from './api-views.js';
import type { Language } from '../../domain/index.js';
import { bodyOf } from './api-views.js';

/** What the route files of the API share: the dependencies and the views of the current catalog. */
export interface ApiRouteContext {
  readonly deps: ApiDeps;
  /** The export and briefing use cases. */
  readonly files: CatalogFiles;
  /** Suggestions as one types and "did you mean". */
  readonly suggestions: SuggestService;
  /**
   * The views of the current catalog, or of version `version` of it (`?version=N`); throws
   * CATALOG_EMPTY when none is published, NOT_FOUND naming a version that does not exist.
   */
  readonly current: (version?: number) => Promise<ApiViews>;
  /**
   * The views of the language version a read asks for with `?lang=` (theirs when published, else
   * Chinese; without `lang`, as `current`), with the language answered in and the document's
   * languages; with `version`, that version, whose language `lang` must be (else USAGE naming `lang`).
   */
  readonly inLanguage: (version: number | undefined, lang: Language | undefined) => Promise<ViewsInLanguage>;
}

/** Adds a group of routes to the API. */
export type AddRoutes = (api: OpenAPIHono, context: ApiRouteContext) => void;

const errorResponses = {
  400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'A parameter is not valid' },
  404: {
    content: { 'application/json': { schema: ErrorSchema } },
    description: 'No such resource, or no catalog',
  },
} as const;

/** The responses of a JSON read: 200 with `schema`, and the error responses. */
export const json = <T extends z.ZodType>(schema: T, description: string) =>
  ({ 200: { content: { 'application/json': { schema } }, description }, ...errorResponses }) as const;

const errorResponse = (description: string) =>
  ({ content: { 'application/json': { schema: ErrorSchema } }, description }) as const;

/** The error responses of the editors' routes, besides those of a read. */
const editorErrorResponses = {
  ...errorResponses,
  401: errorResponse('No credential, or one that is not valid (unknown, expired, revoked)'),
  403: errorResponse(
    'The role may not, the rule of the use case refuses (another’s draft), or a session’s write lacks its Origin or form token',
  ),
  409: errorResponse(
    'The draft is not in a state that allows it, or conflicts with a publish (`details.conflicts`)',
  ),
  412: errorResponse('The draft changed since its ETag was read (`details.current` is the draft now)'),
  422: errorResponse('A change breaks the rules of ingest (`details.fields`, a message per field)'),
  429: errorResponse(
    'Too many attempts: `Retry-After` (and `details.retryAfterSeconds`) says when to try again',
  ),
} as const;

/** The responses of an editors' route: `status` (200 or 201) with `schema`, and the error responses. */
export const editorJson = <T extends z.ZodType, S extends 200 | 201 = 200>(
  schema: T,
  description: string,
  status: S = 200 as S,
) =>
  ({
    [status]: { content: { 'application/json': { schema } }, description },
    ...editorErrorResponses,
  }) as {
    [K in S]: { content: { 'application/json': { schema: T } }; description: string };
  } & typeof editorErrorResponses;

/** A required JSON request body of `schema`. */
export const jsonBody = <T extends z.ZodType>(schema: T, description: string) =>
  ({ content: { 'application/json': { schema } }, required: true, description }) as const;

/** An optional JSON request body of `schema` (without one, the route reads `{}`). */
export const optionalJsonBody = <T extends z.ZodType>(schema: T, description: string) =>
  ({ content: { 'application/json': { schema } }, required: false, description }) as const;

/** The responses of a file download: 200 with the file, and the error responses. */
export const fileResponses = (description: string) =>
  ({
    200: {
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      description,
    },
    ...errorResponses,
  }) as const;

/** A path parameter that names a resource by id. */
export function idParam<N extends string>(name: N, example: string, description: string) {
  const field = z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: 'path' }, example, description });
  return z.object({ [name]: field } as { [K in N]: typeof field });
}

/** Throws the API's 404 for a `what` named `id`, with a hint of what exists. */
export function notFound(what: string, id: string, hint: string): never {
  throw new SomkbError('NOT_FOUND', `no ${what} '${id}'${hint === '' ? '' : ` (${hint})`}`, {
    where: what,
  });
}

/** Answers the one of `items` whose id is `id`, or a 404 naming the kind and the list to see. */
export function sendById<T extends { readonly id: string }>(
  c: Context,
  view: ApiViews,
  kind: 'concept' | 'provision' | 'mechanism',
  items: T[],
  id: string,
) {
  const item = items.find((candidate) => candidate.id === id);
  return item === undefined
    ? notFound(kind, id, `see /api/v1/${kind}s`)
    : sendJson(
        c,
        bodyOf(view, `${kind} ${id}`, () => item),
      );
}

/**
 * A text parameter as given, trimmed; `undefined` when it is absent, empty or blank, as a form sends
 * a field left empty (`q=&title=`).
 */
export function givenText(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/**
 * The entity tags of made files, hashed once per file: the file use cases give a repeated request
 * the file they kept, so a download asked again is not hashed again (a whole-catalog Word pack is
 * some 300 KB).
 */
const fileTags = new WeakMap<ExportFile, string>();

/**
 * The `Content-Disposition` of an attachment called `fileName`: `filename="…"` for every client, in
 * ASCII (accents dropped, any other character left out), and, when the name is not ASCII,
 * `filename*=UTF-8''…` (RFC 6266, RFC 5987) with the whole name, which browsers prefer.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/-(?=\.)|^-/g, '');
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Answers a made file as an attachment named `name` (and the file's extension), with its media type and ETag. */
export function fileResponse(c: Context, file: ExportFile, name: string): Response {
  let tag = fileTags.get(file);
  if (tag === undefined) {
    tag = entityTag(file.body);
    fileTags.set(file, tag);
  }
  const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
  return c.body(body, 200, {
    'Content-Type': file.mediaType,
    'Content-Disposition': attachmentDisposition(`${name}.${file.extension}`),
    ETag: tag,
  });
}
