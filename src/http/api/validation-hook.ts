import type { Context } from 'hono';
import type { z } from '@hono/zod-openapi';
import { errorBody } from '../error-response.js';

/** What zod's validation of one part of a request gave (the part: `query`, `param`, `json` …). */
type ValidationResult =
  | { readonly success: true }
  | { readonly success: false; readonly error: z.ZodError; readonly target?: string };

/**
 * The answer to a request whose parameters or body its route's schema refuses: 400 USAGE naming the
 * first parameter and its problem, with every issue in `details.issues`; for a JSON body, also
 * `details.fields` (a message per field), as a form's messages stand next to its fields.
 */
export function answerInvalidRequest(result: ValidationResult, c: Context) {
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const parameter = issue?.path.map(String).join('.') ?? '';
  const issues = result.error.issues.map((each) => ({ path: each.path.map(String), message: each.message }));
  const fields =
    result.target === 'json'
      ? Object.fromEntries(issues.map((each) => [each.path.join('.'), each.message]))
      : undefined;
  return c.json(
    errorBody('USAGE', `parameter '${parameter}': ${issue?.message ?? 'not valid'}`, {
      parameter,
      issues,
      ...(fields === undefined ? {} : { fields }),
    }),
    400,
  );
}
