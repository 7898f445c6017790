export { CONTENT_SECURITY_POLICY, createApp, readSearchParams } from './create-app.js';
export type { CreateAppDeps } from './create-app.js';
export { STATUS_BY_CODE } from './error-status.js';
