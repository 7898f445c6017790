import { SomkbError } from '../errors/index.js';

/** How a PostgreSQL store is written on the command line or in `SOMKB_DB`. */
export const POSTGRES_URL_FORM = 'postgres://user:password@host:port/database';

/** True when `db` names a PostgreSQL store (`postgres://…` or `postgresql://…`), not a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db.trim());
}

/** A PostgreSQL store's URL, checked, with the names of it that may be shown. */
export interface PostgresLocation {
  /** The URL as given, password included: for the driver only, never for a message or a log. */
  readonly connectionString: string;
  /** `postgres://user@host:port/database`: the URL without its password, for messages and logs. */
  readonly label: string;
  /**
   * `database <name>`: what an HTTP client may be shown of it (as a SQLite store shows its base
   * name), and the place a CLI error line names (`somkb: database somkb: …`).
   */
  readonly where: string;
}

/**
 * Checks a PostgreSQL URL and names it without its password.
 *
 * @throws SomkbError `STORE_FAILED` when it is not a URL of the form {@link POSTGRES_URL_FORM}
 *   (the message never repeats the URL, which may hold a password).
 */
export function parsePostgresUrl(db: string): PostgresLocation {
  const malformed = (why: string): SomkbError =>
    new SomkbError(
      'STORE_FAILED',
      `The PostgreSQL URL is malformed: ${why}; write it as ${POSTGRES_URL_FORM}.`,
    );
  let url: URL;
  try {
    url = new URL(db.trim());
  } catch {
    throw malformed('it is not a URL');
  }
  if (!/^postgres(?:ql)?:$/i.test(url.protocol)) throw malformed(`its scheme is not postgres:`);
  const socketHost = url.searchParams.get('host');
  if (url.hostname === '' && (socketHost === null || socketHost === '')) throw malformed('it names no host');
  let database: string;
  try {
    database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  } catch {
    throw malformed('its database name is not valid percent-encoding');
  }
  if (database === '' || database.includes('/'))
    throw malformed('it names no database (the path after the host)');
  if (url.port !== '' && (Number(url.port) < 1 || Number(url.port) > 65535))
    throw malformed('its port is out of range');
  const user = url.username === '' ? '' : `${url.username}@`;
  const host = url.hostname === '' ? (socketHost ?? '') : url.host;
  return {
    connectionString: db.trim(),
    label: `postgres://${user}${host}/${encodeURIComponent(database)}`,
    where: `database ${database}`,
  };
}

/**
 * How a store is named in messages: a SQLite path as given, a PostgreSQL URL without its password
 * (never throws: a malformed URL is named by its form).
 */
export function describeStore(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    return parsePostgresUrl(db).label;
  } catch {
    return 'the PostgreSQL URL given';
  }
}
