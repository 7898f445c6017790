import type { Catalog, Language, Misalignment } from '../domain/index.js';
import { alignWithPublished, isLanguage, UN_LANGUAGES } from '../domain/index.js';
import { SomkbError } from '../errors/index.js';
import type { IngestReport, SourceProgress, SourceReader } from '../ingest/index.js';
import { ingestSourceText, locatorOf, readTextSource } from '../ingest/index.js';
import type { AgreementWarning, KnowledgeBase } from '../knowledge/index.js';
import { checkAgreement } from '../knowledge/index.js';
import type {
  CatalogSource,
  CatalogStore,
  PublishedCatalog,
  PublishResult,
  StoreHealth,
} from '../store/index.js';
import { guardRemovals } from './removal-guard.js';

/** Options of {@link CatalogService.ingest}. */
export interface IngestRequest {
  /** The bytes of the source file: UTF-8 text, a PDF or a Word file (told by the bytes). */
  readonly bytes: Uint8Array;
  /** A name for the source (its file name), used in messages and recorded with the catalog. */
  readonly name: string;
  /** The language of the text. */
  readonly language: string;
  /** SHA-256 of `bytes`, lowercase hex (computed by the caller, which has a hash function). */
  readonly sha256: string;
  /** Who publishes (`cli:<os user>` from the command line, a user's email); default `unknown`. */
  readonly by?: string;
  /** What the publisher says of this version (`--message`); default empty. */
  readonly message?: string;
  /**
   * Publish even when the catalog would remove paragraphs, papers or themes of the current version
   * (`--allow-removals`); the version then records them. Default `false`: such a publish is refused
   * with REMOVALS_REFUSED (see {@link guardRemovals}).
   */
  readonly allowRemovals?: boolean;
  /**
   * Publish even when the catalog does not align with the other language versions of the document
   * already published (`--allow-misalignment`): a structural change (a paragraph added, a paper
   * moved) made in every language is published one language at a time, each out of line with the
   * others until the last. Default `false`: such a publish is refused with ALIGNMENT_FAILED.
   */
  readonly allowMisalignment?: boolean;
  /**
   * Publish only when no version of the document in that language was ever published from these
   * very bytes (same `sha256`), default `false`. `somkb start` sets it: it publishes the bundled
   * corpus once per release of it, and never over the editions published since. When such a version
   * exists the outcome is the current version with `changed: false`.
   */
  readonly onlyOnce?: boolean;
  /** Called as the pages of a long PDF are read. */
  readonly onProgress?: (progress: SourceProgress) => void;
  /** Called after the text was read and validated, right before publishing starts. */
  readonly onPublishing?: (report: IngestReport) => void;
}

/** The outcome of an ingest: the report, and the publication (`changed: false` when the store already held it). */
export interface IngestOutcome {
  readonly report: IngestReport;
  readonly publication: PublishResult;
  /** How it aligned with the other language versions published before it. */
  readonly alignment: AlignmentCheck;
  /**
   * Where the facts of the version published (references, mechanisms, key topics) disagree with the
   * published Chinese version of its document (see {@link CatalogService.checkAgreement}): warnings,
   * which do not stop the publish.
   */
  readonly agreement: readonly AgreementWarning[];
}

/**
 * How a language version read from a text aligns with the other language versions of its document
 * already published (see domain `alignCatalogs`).
 */
export interface AlignmentCheck {
  /**
   * The published versions it was compared with (the other languages of the same document): the
   * reference version (Chinese) first, then UN order.
   */
  readonly against: readonly { readonly language: Language; readonly version: number }[];
  /** Every structural difference found; empty when it aligns with all of them. */
  readonly misalignments: readonly Misalignment[];
}

/** A publish of edited language versions of a document (an editor's draft): {@link CatalogService.publishEdited}. */
export interface EditedPublish {
  /**
   * Each language version to publish with the version of it the edit was based on: the publish is
   * refused with CONFLICT when another version of that language was published since.
   */
  readonly catalogs: readonly { readonly catalog: Catalog; readonly base: number }[];
  /** The provenance: `{ name: 'draft <id>', sha256, draft, author, reviewer }`. */
  readonly source: CatalogSource;
  /** Who publishes (their email). */
  readonly by: string;
  readonly message: string;
}

/** Options of {@link createCatalogService}. */
export interface CatalogServiceOptions {
  /**
   * The reviewed knowledge (thesaurus, mechanisms), read on first use, with which a language
   * version's facts are compared with the Chinese version's; without it no agreement is checked.
   */
  readonly knowledge?: () => KnowledgeBase;
  /**
   * Reads a source file's bytes into text (`main.ts` gives the adapter of `src/sources/`, which reads
   * PDF and Word files too); default: UTF-8 text only.
   */
  readonly readSource?: SourceReader;
}

/**
 * Which language version of the document a reader gets: the one in their language when it is
 * published, otherwise the fallback (Chinese, the reference version, or else the first published in
 * UN order), with the languages they could switch to.
 */
export interface LanguageChoice {
  /** The version shown. */
  readonly published: PublishedCatalog;
  /** The language the reader asked for. */
  readonly requested: Language;
  /** The language of the version shown (`published.language`). */
  readonly shown: Language;
  /** True when the version shown is not in the language asked for. */
  readonly fallback: boolean;
  /** The languages the document is published in, in UN order (ar, zh, en, fr, ru, es). */
  readonly available: readonly Language[];
}

/** The language shown when the reader's is not published: the reference version of every document. */
export const FALLBACK_CONTENT_LANGUAGE: Language = 'zh';

/**
 * The catalog use cases shared by the CLI and the web: ingest a text and publish its catalog,
 * and read the published catalog back.
 */
export interface CatalogService {
  /**
   * Reads and validates a text, then publishes its catalog as a new version with its provenance.
   * Throws VALIDATION_FAILED (naming the first error and its line) when the text has errors,
   * ALIGNMENT_FAILED (naming the first structural difference, and how many there are) when it does
   * not align with every other language version of the document already published,
   * REMOVALS_REFUSED when it would remove paragraphs, papers or themes of the current version and
   * that was not allowed, CONFLICT when another publish of the document and language came between
   * the check and the publish; the store then keeps the catalog it had.
   */
  ingest(request: IngestRequest): Promise<IngestOutcome>;
  /**
   * How the catalog of an ingest report aligns with the other language versions of its document
   * already published (`somkb ingest --check`); nothing published is compared when the report has
   * no catalog. The publish gate of {@link CatalogService.ingest} applies the same check.
   */
  checkAlignment(report: IngestReport): Promise<AlignmentCheck>;
  /**
   * Where the facts found in a language version's text (the provisions each paragraph cites, the
   * mechanisms it names, the concepts of the key topics) disagree with those of the published Chinese
   * version of the same document, as warnings naming the paragraph (`paragraph 12 cites protocol 3(a)
   * in zh but not in en`); empty for a Chinese catalog, when no Chinese version of the document is
   * published, or when the service has no knowledge.
   */
  checkAgreement(catalog: Catalog): Promise<readonly AgreementWarning[]>;
  /**
   * The published catalog (of the thematic summary) in `catalogLanguage`; throws CATALOG_EMPTY
   * when none is.
   */
  catalog(catalogLanguage: string): Promise<Catalog>;
  /** Like {@link CatalogService.catalog}, but `undefined` when nothing is published. */
  findCatalog(catalogLanguage: string): Promise<Catalog | undefined>;
  /**
   * The published catalog in `catalogLanguage` with its publication record, or `undefined`.
   * Caches of what is made from it key on `catalogVersionKey(published)`, not on the object.
   */
  findPublished(catalogLanguage: string): Promise<PublishedCatalog | undefined>;
  /**
   * The version of the thematic summary a reader of `language` gets (see {@link LanguageChoice}), or
   * `undefined` when nothing is published. USAGE for a code that is not a UN language.
   */
  chooseLanguage(language: string): Promise<LanguageChoice | undefined>;
  /** The languages the thematic summary is published in, in UN order; empty when none. */
  publishedLanguages(): Promise<readonly Language[]>;
  /**
   * Every published catalog (one per document and catalog language), ordered by document id then
   * language; empty when nothing is published (a new or zero-length database), which health reports.
   */
  listPublished(): Promise<readonly PublishedCatalog[]>;
  /**
   * The language versions of a document as they stood when version `version` of it was published:
   * in each language, its newest version up to `version` (a version of a document is numbered across
   * its languages). Empty when the document has no such version.
   */
  versionsAt(documentId: string, version: number): Promise<readonly PublishedCatalog[]>;
  /**
   * Publishes edited language versions of a document (an editor's draft), each as a new version with
   * the provenance given, after checking that each is still based on the current version of its
   * language (else CONFLICT, nothing published) and that together with the language versions not
   * edited they align (else ALIGNMENT_FAILED, nothing published). Readers, their caches and search
   * follow as after an ingest: they key on the versions published. Returns the versions made, in the
   * order given.
   */
  publishEdited(request: EditedPublish): Promise<readonly PublishedCatalog[]>;
  /**
   * Whether the store reaches its database now (`degraded` while a PostgreSQL server is lost: the
   * catalogs held are still served), for the health check.
   */
  storeHealth(): StoreHealth;
}

function toLanguage(value: string): Language {
  if (!isLanguage(value)) {
    throw new SomkbError('USAGE', `'${value}' is not a UN language code (ar, zh, en, fr, ru, es)`, {
      where: 'language',
    });
  }
  return value;
}

/** Describes the errors of a report in one line: the first, with its line, and how many in all. */
export function summarizeErrors(report: IngestReport): string {
  const errors = report.anomalies.filter((anomaly) => anomaly.severity === 'error');
  const first = errors[0];
  if (first === undefined) return 'the text could not be read as a thematic summary';
  const more = errors.length > 1 ? ` (${errors.length} errors in all; --check lists them)` : '';
  return `line ${first.line}: ${first.message}${more}`;
}

/** Describes the misalignments of a language version in one line: the first, with its line, and how many. */
export function summarizeMisalignments(misalignments: readonly Misalignment[]): string {
  const first = misalignments[0];
  if (first === undefined) return 'it aligns';
  const line = first.line === 0 ? '' : `line ${String(first.line)}: `;
  const more =
    misalignments.length > 1
      ? ` (${String(misalignments.length)} mismatches in all; somkb ingest --check lists them)`
      : '';
  return `${line}${first.message}${more}`;
}

/** Creates the catalog service over a store. */
export function createCatalogService(
  store: CatalogStore,
  options: CatalogServiceOptions = {},
): CatalogService {
  const readSource = options.readSource ?? readTextSource;
  async function findPublished(catalogLanguage: string): Promise<PublishedCatalog | undefined> {
    const wanted = toLanguage(catalogLanguage);
    const current = await store.listCurrent();
    return current.find((published) => published.catalog.language === wanted);
  }

  async function findCatalog(catalogLanguage: string): Promise<Catalog | undefined> {
    return (await findPublished(catalogLanguage))?.catalog;
  }

  async function checkAlignment(report: IngestReport): Promise<AlignmentCheck> {
    const { catalog } = report;
    if (catalog === undefined) return { against: [], misalignments: [] };
    const rank = (language: Language): number =>
      language === FALLBACK_CONTENT_LANGUAGE ? -1 : UN_LANGUAGES.indexOf(language);
    const others = (await store.listCurrent())
      .filter(
        (published) =>
          published.documentId === catalog.document.id && published.language !== catalog.language,
      )
      .sort((a, b) => rank(a.language) - rank(b.language));
    return {
      against: others.map((published) => ({ language: published.language, version: published.version })),
      misalignments: alignWithPublished(
        catalog,
        others.map((published) => published.catalog),
        locatorOf(report.locations),
      ),
    };
  }

  async function checkCatalogAgreement(catalog: Catalog): Promise<readonly AgreementWarning[]> {
    if (options.knowledge === undefined || catalog.language === FALLBACK_CONTENT_LANGUAGE) return [];
    const chinese = await store.current(catalog.document.id, FALLBACK_CONTENT_LANGUAGE);
    if (chinese === undefined) return [];
    return checkAgreement(catalog, chinese.catalog, options.knowledge());
  }

  return {
    checkAlignment,
    checkAgreement: checkCatalogAgreement,

    async ingest(request) {
      const source = await readSource(request.bytes, {
        name: request.name,
        ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
      });
      const report = ingestSourceText(source, { language: request.language, name: request.name });
      if (!report.ok || report.catalog === undefined) {
        throw new SomkbError('VALIDATION_FAILED', `not published: ${summarizeErrors(report)}`, {
          where: request.name,
        });
      }
      const { catalog } = report;
      const alignment = await checkAlignment(report);
      const { misalignments } = alignment;
      if (misalignments.length > 0 && request.allowMisalignment !== true) {
        throw new SomkbError('ALIGNMENT_FAILED', `not published: ${summarizeMisalignments(misalignments)}`, {
          where: request.name,
        });
      }
      const current = await store.current(catalog.document.id, catalog.language);
      if (request.onlyOnce === true && current !== undefined) {
        const versions = await store.history(catalog.document.id, catalog.language);
        if (versions.some((version) => version.source.sha256 === request.sha256)) {
          return {
            report,
            publication: { published: current, changed: false },
            alignment,
            agreement: await checkCatalogAgreement(catalog),
          };
        }
      }
      const removals = guardRemovals(current, catalog, {
        ...(request.allowRemovals === undefined ? {} : { allowRemovals: request.allowRemovals }),
        where: request.name,
      });
      request.onPublishing?.(report);
      const publication = await store.publish(
        catalog,
        { name: request.name, sha256: request.sha256 },
        {
          base: current?.version ?? null,
          ...(request.by === undefined ? {} : { by: request.by }),
          ...(request.message === undefined ? {} : { message: request.message }),
          ...(removals === undefined ? {} : { removals }),
        },
      );
      return { report, publication, alignment, agreement: await checkCatalogAgreement(catalog) };
    },

    async catalog(catalogLanguage) {
      const catalog = await findCatalog(catalogLanguage);
      if (catalog === undefined) {
        throw new SomkbError(
          'CATALOG_EMPTY',
          `no catalog in '${catalogLanguage}' is published yet; run: somkb ingest <file> --lang ${catalogLanguage}`,
        );
      }
      return catalog;
    },

    findCatalog,
    findPublished,

    async publishedLanguages() {
      const current = await store.listCurrent();
      return UN_LANGUAGES.filter((language) => current.some((published) => published.language === language));
    },

    async chooseLanguage(language) {
      const requested = toLanguage(language);
      const current = await store.listCurrent();
      const available = UN_LANGUAGES.filter((code) =>
        current.some((published) => published.language === code),
      );
      const shown = available.includes(requested)
        ? requested
        : available.includes(FALLBACK_CONTENT_LANGUAGE)
          ? FALLBACK_CONTENT_LANGUAGE
          : available[0];
      const published = current.find((candidate) => candidate.language === shown);
      if (shown === undefined || published === undefined) return undefined;
      return { published, requested, shown, fallback: shown !== requested, available };
    },
    listPublished: () => store.listCurrent(),

    async versionsAt(documentId, version) {
      const newest = new Map<Language, number>();
      for (const record of await store.history(documentId)) {
        if (record.version <= version) newest.set(record.language, record.version);
      }
      const found = await Promise.all(
        [...newest.values()].map((number) => store.version(documentId, number)),
      );
      return found.filter((published) => published !== undefined);
    },

    async publishEdited(request) {
      const first = request.catalogs[0];
      if (first === undefined) return [];
      const documentId = first.catalog.document.id;
      const current = (await store.listCurrent()).filter((published) => published.documentId === documentId);
      for (const { catalog, base } of request.catalogs) {
        const now = current.find((published) => published.language === catalog.language);
        if (now?.version !== base) {
          throw new SomkbError(
            'CONFLICT',
            `the ${catalog.language} version of ${documentId} is now version ${String(now?.version ?? 'none')}, not ${base}, which the edit was based on; bring the draft up to date`,
            { details: { language: catalog.language, base, current: now?.version ?? null } },
          );
        }
      }
      const edited = request.catalogs.map((entry) => entry.catalog);
      const together = [
        ...edited,
        ...current
          .map((published) => published.catalog)
          .filter((catalog) => !edited.some((one) => one.language === catalog.language)),
      ];
      const misalignments = edited.flatMap((catalog) => alignWithPublished(catalog, together));
      if (misalignments.length > 0) {
        throw new SomkbError('ALIGNMENT_FAILED', `not published: ${summarizeMisalignments(misalignments)}`, {
          details: { misalignments: misalignments.map((misalignment) => misalignment.message) },
        });
      }
      const published: PublishedCatalog[] = [];
      for (const { catalog, base } of request.catalogs) {
        const result = await store.publish(catalog, request.source, {
          base,
          by: request.by,
          message: request.message,
        });
        published.push(result.published);
      }
      return published;
    },

    storeHealth: () => store.health(),
  };
}
