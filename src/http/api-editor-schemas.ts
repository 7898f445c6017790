import { z } from '@hono/zod-openapi';
import { ROLES } from '../accounts/index.js';
import { UN_LANGUAGES } from '../domain/index.js';
import { DRAFT_STATUSES } from '../editing/index.js';
import { AUDIT_ACTIONS } from '../services/index.js';
import { CatalogDiffSchema, ItemSchema } from './api-schemas.js';

/**
 * The schemas of the editors' API (drafts, users, tokens, the audit log), registered as OpenAPI
 * components as those of `api-schemas.ts` are. Shapes of DESIGN.md's contract ("Editors") are kept:
 * what it names is there, with more fields beside.
 */

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .max(max, { error: `must be at most ${max.toLocaleString('en')} characters` });

const nonEmpty = (max: number) => text(max).min(1, { error: 'must not be empty' });

const language = z.enum(UN_LANGUAGES, { error: `must be one of ${UN_LANGUAGES.join(', ')}` });

const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }).openapi({
  description: 'editor < reviewer < admin; each may do what the roles before it may',
  example: 'editor',
});

/** The most characters of a paragraph's text, a subject or a comment the API takes. */
const TEXT_LIMIT = 20_000;

const ItemsSchema = z.array(ItemSchema).max(52, { error: 'must have at most 52 items' });

/** One change of a draft, with its target (what it changes; the key of `DELETE …/changes/{target}`). */
export const DraftChangeSchema = z
  .object({
    kind: z.enum(['paragraph', 'paper', 'new-paper', 'key-topics', 'concept', 'mechanism']),
    target: z.string().openapi({
      example: 'paragraph:thematic-summary-2021:12:zh',
      description: 'What the change changes; a draft holds one change per target',
    }),
  })
  .catchall(z.unknown())
  .openapi('DraftChange', {
    description:
      'The change as made: `paragraph` {document, number, language, text, items}; `paper` {document, symbol, language, subject?, theme?, year?, meeting?}; `new-paper` {document, symbol, theme, year, meeting, subject, paragraphs}; `key-topics` {document, theme, language, keyTopics}; `concept` {id, entry}; `mechanism` {id, entry}',
  });

const DraftProblemSchema = z
  .object({
    target: z.string().openapi({ description: 'The change’s target, or `draft` for the draft as a whole' }),
    field: z.string().openapi({ example: 'text', description: 'The field, empty for the change as a whole' }),
    message: z.string(),
    severity: z.enum(['invalid', 'incomplete']).openapi({
      description: '`incomplete` (a language still without a text) blocks only submit and publish',
    }),
  })
  .openapi('DraftProblem');

const DraftCommentSchema = z
  .object({ at: z.string(), by: z.string(), text: z.string() })
  .openapi('DraftComment');

/** A draft (DESIGN.md: `{ id, base, status }` and more). */
export const DraftSchema = z
  .object({
    id: z.string().openapi({ example: 'k3J9q2' }),
    title: z.string(),
    document: z.string().openapi({ example: 'thematic-summary-2021' }),
    base: z.number().int().openapi({ description: 'The version of the document it is based on' }),
    status: z.enum(DRAFT_STATUSES),
    author: z.string().openapi({ description: "The author's email" }),
    reviewer: z.string().nullable().openapi({ description: "The approving reviewer's email" }),
    etag: z.string().openapi({
      example: '"k3J9q2-r4"',
      description: 'Send it back in If-Match with an edit; a stale one is 412 with the draft now',
    }),
    changes: z.array(DraftChangeSchema),
    comments: z.array(DraftCommentSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedVersion: z.number().int().nullable(),
    problems: z.array(DraftProblemSchema).optional().openapi({
      description:
        'What is wrong by the rules of ingest, per change and field (not in lists); empty when it may be submitted',
    }),
    behind: z
      .boolean()
      .openapi({ description: 'The document moved past `base`: a rebase brings it up to date' }),
  })
  .openapi('Draft');

export const DraftListSchema = z.object({ drafts: z.array(DraftSchema) }).openapi('DraftList');

/** The draft's diff against its base, per language it changes. */
export const DraftDiffSchema = z
  .object({ draft: z.string(), diffs: z.array(CatalogDiffSchema) })
  .openapi('DraftDiff');

export const PublishedDraftSchema = z
  .object({
    version: z.number().int().openapi({ description: 'The version its publish made', example: 2 }),
    draft: DraftSchema,
  })
  .openapi('PublishedDraft');

export const NewDraftBodySchema = z
  .object({
    title: nonEmpty(200).openapi({ example: 'Corrections after the 8th meeting' }),
    document: nonEmpty(200).optional().openapi({ description: 'Default: the published summary' }),
  })
  .openapi('NewDraft');

export const ParagraphBodySchema = z
  .object({
    text: nonEmpty(TEXT_LIMIT),
    items: ItemsSchema.optional().openapi({ description: 'Its lettered items in order; default none' }),
    lang: language.optional().openapi({ description: 'The language version; default zh' }),
  })
  .openapi('ParagraphChangeBody');

export const PaperBodySchema = z
  .object({
    lang: language.optional().openapi({ description: 'The language of `subject`; default zh' }),
    subject: nonEmpty(TEXT_LIMIT).optional(),
    theme: nonEmpty(200).optional().openapi({ description: 'Theme id', example: 'theme-3' }),
    year: z.number().int().min(2000).max(2200).optional(),
    meeting: z.number().int().min(1).max(100).optional(),
  })
  .openapi('PaperChangeBody');

const ParagraphTextsSchema = z.partialRecord(
  language,
  z.object({ text: nonEmpty(TEXT_LIMIT), items: ItemsSchema.default([]) }),
);

export const NewPaperBodySchema = z
  .object({
    symbol: nonEmpty(200).openapi({ example: 'CTOC/COP/WG.7/2023/2' }),
    theme: nonEmpty(200).openapi({ example: 'theme-1' }),
    year: z.number().int().min(2000).max(2200),
    meeting: z.number().int().min(1).max(100),
    subject: z.partialRecord(language, nonEmpty(TEXT_LIMIT)),
    paragraphs: z
      .array(ParagraphTextsSchema)
      .min(1, { error: 'must have at least one paragraph' })
      .max(200, { error: 'must have at most 200 paragraphs' }),
  })
  .openapi('NewPaperBody');

export const KeyTopicsBodySchema = z
  .object({
    lang: language.optional().openapi({ description: 'The language version; default zh' }),
    keyTopics: z.array(nonEmpty(500)).min(1, { error: 'must name at least one key topic' }).max(200),
  })
  .openapi('KeyTopicsBody');

export const KnowledgeEntryBodySchema = z.record(z.string(), z.unknown()).openapi('KnowledgeEntryBody', {
  description:
    'The entry as knowledge/thesaurus.json (a concept) or knowledge/mechanisms.json (a mechanism) writes it; its id, when given, must be the one of the path',
});

export const CommentBodySchema = z.object({ comment: nonEmpty(TEXT_LIMIT) }).openapi('CommentBody');

export const OptionalCommentBodySchema = z
  .object({ comment: nonEmpty(TEXT_LIMIT).optional() })
  .openapi('OptionalCommentBody');

export const PreviewQuerySchema = z.object({
  lang: language.optional().openapi({ description: 'The language version shown; default zh', example: 'en' }),
});

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string().openapi({ example: 'editor@unodc.example' }),
    role: roleSchema,
    disabled: z.boolean(),
    totp: z.boolean().openapi({ description: 'Whether one-time codes are set up (required for admins)' }),
    createdAt: z.string(),
  })
  .openapi('User');

export const UserListSchema = z.object({ users: z.array(UserSchema) }).openapi('UserList');

export const NewUserBodySchema = z
  .object({
    email: nonEmpty(320),
    role: roleSchema,
    password: text(1024).optional().openapi({
      description: 'At least 12 characters, not a common one; default: one generated and answered once',
    }),
  })
  .openapi('NewUser');

export const AddedUserSchema = z
  .object({
    user: UserSchema,
    generatedPassword: z
      .string()
      .optional()
      .openapi({ description: 'The generated password, shown this once' }),
  })
  .openapi('AddedUser');

export const RoleBodySchema = z.object({ role: roleSchema }).openapi('RoleBody');

export const EmailParamSchema = z.object({
  email: z
    .string()
    .min(1)
    .max(320)
    .openapi({ param: { name: 'email', in: 'path' }, example: 'editor@unodc.example' }),
});

export const MeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    credential: z
      .enum(['session', 'token', 'cli'])
      .openapi({ description: 'How the request proved who it is' }),
  })
  .openapi('Me');

export const TokenSchema = z
  .object({
    id: z.string(),
    email: z.string().openapi({ description: 'Whose token it is' }),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('Token');

export const TokenListSchema = z.object({ tokens: z.array(TokenSchema) }).openapi('TokenList');

export const CreatedTokenSchema = TokenSchema.extend({
  token: z.string().openapi({
    description:
      'The token, shown this once (only its hash is kept): send it as Authorization: Bearer <token>',
  }),
}).openapi('CreatedToken');

export const NewTokenBodySchema = z
  .object({
    name: nonEmpty(100).openapi({ example: 'import script' }),
    email: nonEmpty(320)
      .optional()
      .openapi({ description: "Whose token: default the caller's own; another user's for an admin" }),
  })
  .openapi('NewToken');

export const TokenListQuerySchema = z.object({
  email: z
    .string()
    .min(1)
    .max(320)
    .optional()
    .openapi({ description: "Whose tokens: default the caller's own; anyone's for an admin" }),
});

export const RevokedTokenSchema = z
  .object({ id: z.string(), revoked: z.literal(true) })
  .openapi('RevokedToken');

export const AuditEntrySchema = z
  .object({
    id: z.number().int().openapi({ description: 'Its position in the log (1, 2, 3 … as appended)' }),
    at: z.string().openapi({ example: '2026-12-01T07:12:03.000Z' }),
    actor: z.string().openapi({
      example: 'reviewer@unodc.example',
      description: 'A user’s email, cli:<os user>, or anonymous',
    }),
    action: z.enum(AUDIT_ACTIONS),
    target: z.string().openapi({ example: 'draft:k3J9q2' }),
    ip: z.string().openapi({ description: 'The client address (cli for the command line)' }),
    before: z.string().nullable(),
    after: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

export const AuditListSchema = z
  .object({
    entries: z.array(AuditEntrySchema).openapi({ description: 'Newest first' }),
    next: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Pass it as `before` for the next (older) page; null on the last page' }),
  })
  .openapi('AuditList');

const isoTime = (description: string) =>
  z.iso
    .datetime({ offset: true, error: 'must be a time in ISO 8601, such as 2026-12-01T00:00:00Z' })
    .or(z.iso.date({ error: 'must be a date YYYY-MM-DD or a time in ISO 8601' }))
    .optional()
    .openapi({ description });

export const AuditQuerySchema = z.object({
  user: z
    .string()
    .min(1)
    .max(320)
    .optional()
    .openapi({ description: 'Only the entries of this actor (an email)' }),
  action: z.enum(AUDIT_ACTIONS).optional(),
  since: isoTime('From this time on (inclusive); a date is its midnight UTC'),
  until: isoTime('Before this time (exclusive); a date is its midnight UTC'),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'Entries older than this id (paging)' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .openapi({ description: 'At most this many, 1–500' }),
});
