export { CONTENT_SECURITY_POLICY, createApp } from './create-app.js';
export type { CreateAppDeps } from './create-app.js';
export { STATUS_BY_CODE } from './error-status.js';
export { API_BODY_LIMIT, API_ROUTES, createApi } from './create-api.js';
export type { ApiDeps, ApiLogEntry } from './create-api.js';
export type { ApiDocsAssets } from './create-api-docs.js';
