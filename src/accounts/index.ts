export { ANONYMOUS, ROLES, isRole, roleIncludes } from './roles.js';
export type { Actor, Caller, Credential, Role } from './roles.js';
