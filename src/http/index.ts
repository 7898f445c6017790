export { createApp, DEFAULT_PAGE_CACHE_BYTES } from './create-app.js';
export type { CreateAppDeps } from './create-app.js';
export { CONTENT_SECURITY_POLICY } from './security-headers.js';
export { STATUS_BY_CODE } from './error-status.js';
export { toPublicError } from './error-response.js';
export type { PublicError } from './error-response.js';
export { API_BODY_LIMIT, API_ROUTES, createApi } from './create-api.js';
export type { ApiDeps, ApiLogEntry } from './create-api.js';
export type { ApiDocsAssets } from './create-api-docs.js';
export {
  DEFAULT_SERVER_LIMITS,
  SERVER_LIMIT_VARIABLES,
  serverLimitsFromEnv,
  startServer,
} from './start-server.js';
export type { RunningServer, ServerLimits, StartServerOptions } from './start-server.js';
export { FORM_TOKEN_FIELD, FORM_TOKEN_HEADER } from './request-caller.js';
export type { EditorServices } from './request-caller.js';
export { ROUTE_ACCESS, SIGN_IN_PATH } from './route-access.js';
export type { RouteAccess, RouteAccessLevel, RouteMethod, ServiceRule } from './route-access.js';
export { SESSION_COOKIE } from './session-cookie.js';
export { REDACTED_LOG_PATHS, createRequestLogger, requestLogHooks } from './request-logger.js';
