/**
 * The roles of the people who maintain the catalog, lowest first. Each role may do everything the
 * roles before it may: an editor opens and changes drafts; a reviewer also approves, sends back and
 * publishes the drafts of others (never their own); an admin also manages users, rolls back and reads
 * the audit log. Anonymous readers have no role: they read.
 */
export type Role = 'editor' | 'reviewer' | 'admin';

/** Every {@link Role}, lowest first. */
export const ROLES: readonly Role[] = ['editor', 'reviewer', 'admin'];

/** True if `value` is one of the {@link ROLES}. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True if a user of `role` may do what `needed` may (the roles are ordered, see {@link Role}). */
export function roleIncludes(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** How a signed-in caller proved who they are. */
export type Credential = 'session' | 'token' | 'cli';

/**
 * Who makes a request: nobody in particular (a reader), or a user of a role. The CLI acts as an
 * admin named `cli:<os user>` (whoever runs it has the database in hand).
 */
export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      /** The user's id in the account store; for the CLI, its name `cli:<os user>`. */
      readonly userId: string;
      /** The user's email (lowercase); for the CLI, `cli:<os user>`. What the audit log and history show. */
      readonly email: string;
      readonly role: Role;
      readonly credential: Credential;
    };

/** The anonymous reader. */
export const ANONYMOUS: Actor = { kind: 'anonymous' };

/**
 * Who calls a use case, and from where: every write and security event is audited with both.
 * `ip` is the client's address as the server saw it (`cli` for the command line).
 */
export interface Caller {
  readonly actor: Actor;
  readonly ip: string;
}
