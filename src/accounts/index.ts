export { ANONYMOUS, ROLES, isRole, roleIncludes } from './roles.js';
export type { Actor, Caller, Credential, Role } from './roles.js';
export {
  MAX_PASSWORD_LENGTH,
  MIN_DISTINCT_CHARACTERS,
  MIN_PASSWORD_LENGTH,
  loadCommonPasswords,
  normalizePassword,
  passwordProblem,
} from './password-policy.js';
export {
  ACCOUNT_SIGN_IN_LIMIT,
  ADDRESS_SIGN_IN_LIMIT,
  accountLimitKey,
  addressLimitKey,
  retryAfterSeconds,
  signInDelaySeconds,
  signInWindowStart,
} from './sign-in-limits.js';
export type { SignInLimit } from './sign-in-limits.js';
export {
  DEFAULT_SESSION_TIMEOUTS,
  SESSION_TOUCH_SECONDS,
  sessionExpiresAt,
  sessionNeedsTouch,
  sessionState,
} from './session-timeouts.js';
export type { SessionState, SessionTimeouts } from './session-timeouts.js';
export {
  API_TOKEN_PREFIX,
  GENERATED_PASSWORD_BYTES,
  ID_BYTES,
  TOKEN_BYTES,
  encodeBase64Url,
  formatApiToken,
  formatGeneratedPassword,
  formatId,
  formatSessionToken,
  isApiTokenFormat,
  isSessionTokenFormat,
} from './secret-formats.js';
export { TOTP_SETTINGS, isTotpSecretFormat, normalizeTotpCode, totpStep } from './one-time-codes.js';
export { MAX_EMAIL_LENGTH, emailProblem, normalizeEmail } from './email-address.js';
