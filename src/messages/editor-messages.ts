/**
 * The roles, statuses and kinds of change the words name: the same unions as `accounts` and
 * `editing` (which this module may not import); the portal indexes these records with theirs, so
 * the compiler tells when one of them gains a member.
 */
type RoleName = 'editor' | 'reviewer' | 'admin';
type StatusName = 'open' | 'submitted' | 'approved' | 'published' | 'withdrawn';
type ChangeKindName = 'paragraph' | 'paper' | 'new-paper' | 'key-topics' | 'concept' | 'mechanism';

/**
 * What the portal says after an action of a draft, an account or a user page succeeded (the page the
 * action redirects to shows it once, named by `?done=`).
 */
export type EditorNotice =
  | 'signed-out'
  | 'password-changed'
  | 'totp-enabled'
  | 'token-revoked'
  | 'user-added'
  | 'user-updated'
  | 'draft-opened'
  | 'change-saved'
  | 'change-removed'
  | 'submitted'
  | 'approved'
  | 'sent-back'
  | 'withdrawn'
  | 'published'
  | 'rebased';

/** The actions on a draft, as its page offers them (each a button of its own form). */
export type DraftAction = 'submit' | 'approve' | 'send-back' | 'withdraw' | 'publish' | 'rebase';

/**
 * The words of the editors' pages of the portal (sign-in, account, users, audit log, drafts and their
 * forms), in one language. Part of {@link Messages} as `editors`, so that the compiler keeps every
 * language complete. Texts are plain strings, escaped where they are used.
 */
export interface EditorMessages {
  // The header of a signed-in user's pages, and the readers' link.
  /** The label of the header's navigation of a signed-in user. */
  readonly userNavigation: string;
  /** Before the signed-in user's email in the header. */
  readonly signedInAs: string;
  readonly roleNames: Readonly<Record<RoleName, string>>;
  readonly navDrafts: string;
  readonly navAccount: string;
  readonly navUsers: string;
  readonly navAudit: string;
  readonly signIn: string;
  readonly signOut: string;

  // Sign-in.
  readonly signInTitle: string;
  readonly signInIntro: string;
  /** Said above the form when an editing page sent the visitor here. */
  readonly signInRequired: string;
  readonly email: string;
  readonly password: string;
  /** Any failed sign-in: never says whether the account exists. */
  readonly signInFailed: string;
  /** Too many attempts: when to try again (`seconds` from now, rounded up to minutes above a minute). */
  readonly rateLimited: (seconds: number) => string;
  readonly totpTitle: string;
  readonly totpIntro: string;
  readonly totpCode: string;
  readonly totpCodeHint: string;
  readonly totpFailed: string;
  readonly continueButton: string;

  // Account.
  readonly accountTitle: string;
  readonly role: string;
  readonly passwordHeading: string;
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly newPasswordHint: string;
  readonly changePasswordButton: string;
  readonly totpHeading: string;
  readonly totpOn: string;
  readonly totpOff: string;
  /** Said to an admin until they set up one-time codes: nothing else is open to them before. */
  readonly totpRequiredForAdmins: string;
  readonly totpStartButton: string;
  readonly totpScan: string;
  readonly totpQrLabel: string;
  readonly totpSecret: string;
  readonly totpConfirmButton: string;
  readonly tokensHeading: string;
  readonly tokensIntro: string;
  readonly tokenName: string;
  readonly tokenNameHint: string;
  readonly createTokenButton: string;
  /** Above a token just created: it is shown once. */
  readonly tokenCreated: string;
  readonly noTokens: string;
  readonly createdAt: string;
  readonly lastUsed: string;
  readonly never: string;
  readonly revoked: string;
  readonly revokeButton: string;

  // Users and the audit log (admins).
  readonly usersTitle: string;
  readonly addUserHeading: string;
  readonly addUserPasswordHint: string;
  readonly addUserButton: string;
  /** Above the password generated for a user just added: shown once. */
  readonly generatedPassword: string;
  readonly status: string;
  readonly active: string;
  readonly disabled: string;
  readonly yes: string;
  readonly no: string;
  readonly changeRoleButton: string;
  readonly disableButton: string;
  readonly enableButton: string;
  readonly auditTitle: string;
  readonly auditIntro: string;
  readonly filterUser: string;
  readonly filterAction: string;
  readonly anyAction: string;
  readonly filterFrom: string;
  readonly filterTo: string;
  readonly filterButton: string;
  /** A date of the audit log's filter that is not a date `YYYY-MM-DD`. */
  readonly badDate: string;
  readonly badAction: string;
  readonly auditEmpty: string;
  readonly auditColumns: Readonly<
    Record<'at' | 'actor' | 'ip' | 'action' | 'target' | 'before' | 'after' | 'detail', string>
  >;
  readonly olderEntries: string;
  readonly newestEntries: string;

  // Drafts.
  readonly draftsTitle: string;
  readonly draftsIntro: string;
  readonly yourDrafts: string;
  readonly awaitingReview: string;
  readonly noDrafts: string;
  readonly newDraftTitle: string;
  readonly draftTitle: string;
  readonly draftTitleHint: string;
  readonly openDraftButton: string;
  readonly draftStatuses: Readonly<Record<StatusName, string>>;
  readonly author: string;
  readonly reviewer: string;
  readonly basedOn: string;
  readonly updatedAt: string;
  /** The draft's base is no longer the current version. */
  readonly behind: string;
  readonly changesHeading: string;
  readonly noChangesYet: string;
  /** The heading of what the draft's changes still lack or break (it cannot be submitted until they are resolved). */
  readonly problemsHeading: string;
  readonly changeKinds: Readonly<Record<ChangeKindName, string>>;
  readonly editChange: string;
  readonly removeChange: string;
  readonly addChangeHeading: string;
  readonly paragraphNumber: string;
  readonly languageVersion: string;
  readonly openForm: string;
  readonly newConcept: string;
  readonly newMechanism: string;
  readonly addNewPaper: string;
  /** The heading of the draft's diff against its base version. */
  readonly diffHeading: (base: number) => string;
  readonly noDiff: string;
  readonly previewHeading: string;
  readonly previewIntro: string;
  /** The banner over a page of a draft's preview. */
  readonly previewBanner: (title: string) => string;
  readonly backToDraft: string;
  readonly commentsHeading: string;
  readonly noComments: string;
  readonly actionsHeading: string;
  readonly actionButtons: Readonly<Record<DraftAction, string>>;
  readonly sendBackComment: string;
  readonly approveComment: string;
  /** Said when no action is open to the caller now. */
  readonly noActions: string;
  readonly notices: Readonly<Record<EditorNotice, string>>;
  /** A publish made version `version`. */
  readonly publishedAs: (version: number) => string;

  // Forms of the changes.
  readonly formProblems: string;
  readonly saveChange: string;
  readonly moreRows: string;
  readonly staleTitle: string;
  readonly staleText: string;
  /** The current value in the draft of what the form changes, shown on a stale edit. */
  readonly currentInDraft: string;
  readonly conflictTitle: string;
  readonly conflictText: string;
  readonly conflictBase: string;
  readonly conflictTheirs: string;
  readonly conflictOurs: string;
  readonly text: string;
  readonly items: string;
  readonly itemsHint: string;
  /** Line `line` of the items does not start with a letter such as `(a)`. */
  readonly itemsFormat: (line: number) => string;
  readonly wholeNumber: string;
  readonly requiredField: string;
  readonly paragraphsHeading: string;
  /** The n-th paragraph of a new paper (the first introduces it). */
  readonly newParagraph: (number: number) => string;
  readonly newPaperHint: string;
  readonly oneLineEach: string;
  readonly identifier: string;
  readonly identifierHint: string;
  readonly kind: string;
  readonly preferredLabel: string;
  readonly alternativeLabels: string;
  readonly hiddenLabels: string;
  readonly hiddenLabelsHint: string;
  readonly conceptIdsHint: string;
  readonly scopeNote: string;
  readonly printedNames: string;
  readonly englishName: string;
  /** A mechanism's name in one language. */
  readonly nameLabel: string;
  readonly otherNames: string;
  readonly yearEstablished: string;
  readonly note: string;
  readonly none: string;

  // Errors.
  readonly forbiddenTitle: string;
  readonly forbiddenText: string;
}
