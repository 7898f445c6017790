import type { z } from '@hono/zod-openapi';
import { changeTarget } from '../../editing/index.js';
import { SomkbError, isSomkbError } from '../../errors/index.js';
import type { DraftView } from '../../services/index.js';
import type { DraftSchema } from '../api-editor-schemas.js';

/** A draft as the API answers it. */
export type DraftJson = z.infer<typeof DraftSchema>;

/** The API's view of a draft: the draft's view, each change with its target (the key to undo it). */
export function toDraftJson(draft: DraftView): DraftJson {
  const { problems, ...rest } = draft;
  return {
    ...rest,
    changes: draft.changes.map((change) => ({ ...change, target: changeTarget(change) })),
    comments: [...draft.comments],
    ...(problems === undefined ? {} : { problems: [...problems] }),
  };
}

function isDraftView(value: unknown): value is DraftView {
  return (
    typeof value === 'object' &&
    value !== null &&
    'etag' in value &&
    'changes' in value &&
    Array.isArray((value as { changes: unknown }).changes)
  );
}

/**
 * Runs a use case of drafts; a stale edit's PRECONDITION_FAILED carries the draft now in the API's
 * view (`details.current`), as a read of it would answer, so that the client can merge and retry.
 */
export async function draftCall<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isSomkbError(error, 'PRECONDITION_FAILED') || !isDraftView(error.details.current)) throw error;
    throw new SomkbError('PRECONDITION_FAILED', error.message, {
      cause: error,
      ...(error.where === undefined ? {} : { where: error.where }),
      details: { ...error.details, current: toDraftJson(error.details.current) },
    });
  }
}
