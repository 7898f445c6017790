import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { CreateAppDeps } from './app-deps.js';

/**
 * Where a secret could sit in what is logged besides the request entries (an error's details, a
 * request or its headers should any ever be logged), censored by pino before a line is written:
 * a second line of defence, as the entries themselves never hold one (see `logRequests`).
 */
export const REDACTED_LOG_PATHS: readonly string[] = [
  '*.password',
  '*.token',
  '*.formToken',
  '*.sessionId',
  '*.cookie',
  '*.authorization',
  'err.details.password',
  'err.details.token',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-somkb-form-token"]',
  'res.headers["set-cookie"]',
];

/**
 * The request log of `somkb serve`: JSON lines (pino) on `destination`, at `level` (`info` by
 * default; `SOMKB_LOG_LEVEL`), with no pid or hostname on every line (the supervisor's journal has
 * them), and the paths of {@link REDACTED_LOG_PATHS} censored.
 */
export function createRequestLogger(destination: DestinationStream, level = 'info'): Logger {
  return pino(
    { level, base: null, redact: { paths: [...REDACTED_LOG_PATHS], censor: '[redacted]' } },
    destination,
  );
}

/** The app's hooks into `logger`: one `api request` line per request, errors with their stack. */
export function requestLogHooks(logger: Logger): Required<Pick<CreateAppDeps, 'logRequest' | 'reportError'>> {
  return {
    logRequest: (entry) => {
      logger.info(entry, 'api request');
    },
    reportError: (error) => {
      logger.error({ err: error }, 'unexpected error');
    },
  };
}
