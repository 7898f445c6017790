import { hash, verify } from '@node-rs/argon2';
import { normalizePassword } from '../accounts/index.js';

/**
 * The cost of argon2id (RFC 9106) for a password hash: `memoryCost` KiB of memory, `timeCost`
 * passes over it, `parallelism` lanes. The PHC string of each hash records its own, so a hash made
 * with other parameters still verifies.
 */
export interface Argon2Parameters {
  /** Memory in KiB. */
  readonly memoryCost: number;
  /** Passes over the memory. */
  readonly timeCost: number;
  /** Lanes (threads). */
  readonly parallelism: number;
}

/**
 * OWASP's Password Storage Cheat Sheet's first argon2id configuration: m = 19 MiB (19,456 KiB),
 * t = 2, p = 1. About 20 ms a hash on this project's 2-core machine when idle (see `npm run
 * bench:sign-in`), so that a sign-in stays well under 300 ms of server time under load, and a
 * stolen hash costs an attacker 19 MiB and two passes per guess.
 */
export const ARGON2_PARAMETERS: Argon2Parameters = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** The argon2id hash (PHC string) of a password, normalised (NFKC) first, with a new random salt. */
export function hashPassword(password: string, parameters: Argon2Parameters): Promise<string> {
  // @node-rs/argon2 makes argon2id (its default algorithm) with a 16-byte random salt.
  return hash(normalizePassword(password), { ...parameters });
}

/** True if `password`, normalised, is the one `passwordHash` was made from. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    // A stored hash that cannot be read verifies nothing.
    return false;
  }
}
