import { describe, expect, it } from 'vitest';
import { UN_LANGUAGES } from '../domain/index.js';
import type { DraftView, UserView } from '../services/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { assignErrors, fieldKey } from './form-kit.js';
import { localPath } from './editor-urls.js';
import { pageContext } from './page-layout.js';
import type { Viewer } from './page-layout.js';
import { readChangeForm } from './change-forms.js';
import { safeQrSvg, renderAccountPage } from './render-account.js';
import { renderAuditPage, renderUsersPage } from './render-admin.js';
import { renderChangeFormPage } from './render-change-form.js';
import { allowedActions, renderDraftPage } from './render-drafts.js';
import { inPreview } from './render-preview.js';
import { renderSignInPage } from './render-sign-in.js';
import { trusted } from './html-template.js';

const HOSTILE = '<script>alert(1)</script>"\'&';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;';

const editor: Viewer = { email: 'editor@example.org', role: 'editor', formToken: 'form-token' };
const reviewer: Viewer = { email: 'reviewer@example.org', role: 'reviewer', formToken: 'form-token-2' };

function draftOf(patch: Partial<DraftView> = {}): DraftView {
  return {
    id: 'd1',
    title: 'Corrections',
    document: 'thematic-summary-2021',
    base: 3,
    status: 'open',
    author: editor.email,
    reviewer: null,
    etag: '"d1-r1"',
    changes: [],
    comments: [],
    createdAt: '2026-12-01T06:00:00.000Z',
    updatedAt: '2026-12-01T06:00:00.000Z',
    publishedVersion: null,
    behind: false,
    ...patch,
  };
}

const context = (lang: (typeof UN_LANGUAGES)[number] = 'en') => ({
  ...pageContext(lang, '/drafts/d1', 'test'),
  account: { kind: 'user' as const, viewer: editor },
});

describe('the editors’ forms', () => {
  it('put each problem next to its field, tied to it, and list them all at the top', () => {
    const page = String(
      renderChangeFormPage(context(), {
        viewer: editor,
        draft: draftOf(),
        kind: 'paragraph',
        about: { number: '4', language: 'zh' },
        catalog: makeSampleCatalog(),
        languages: ['zh'],
        form: {
          values: { text: HOSTILE, items: '(a) x' },
          errors: { text: 'too short', 'items[1]': 'no such item', elsewhere: 'about the draft' },
        },
      }),
    );
    expect(page).toContain('<p class="field-error" id="f-text-error">too short</p>');
    expect(page).toMatch(
      /<textarea id="f-text" name="text" required aria-describedby="f-text-error" aria-invalid="true"/,
    );
    expect(page).toContain('<p class="field-error" id="f-items-error">no such item</p>');
    expect(page).toContain('aria-describedby="f-items-hint f-items-error"');
    expect(page).toContain('<li><a href="#f-text">Text</a>: too short</li>');
    expect(page).toContain('<li>about the draft</li>');
    // The editor's input comes back escaped, in the content's language.
    expect(page).toContain(`${ESCAPED}</textarea>`);
    expect(page).toContain('lang="zh"');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('<input type="hidden" name="_form" value="form-token">');
    expect(page).toContain('<input type="hidden" name="etag" value="&quot;d1-r1&quot;">');
  });

  it('give each problem to the most precise field that names it', () => {
    const assigned = assignErrors(
      {
        values: {},
        errors: { 'paragraphs[0].en': 'a', 'paragraphs[0].en.items[2]': 'b', 'subject.fr': 'c' },
      },
      ['paragraphs', 'paragraphs.0.en', 'paragraphs.0.en.items', 'subject'],
    );
    expect(assigned.byField.get('paragraphs.0.en')).toEqual(['a']);
    expect(assigned.byField.get('paragraphs.0.en.items')).toEqual(['b']);
    expect(assigned.byField.get('subject')).toEqual(['c']);
    expect(fieldKey('entry.prefLabel.en')).toBe('prefLabel.en');
  });

  it('name the kind of change once in the heading', () => {
    const headingOf = (kind: 'new-paper' | 'paragraph', about: Record<string, string>) =>
      /<h1>(.*?)<\/h1>/s.exec(
        String(
          renderChangeFormPage(context(), {
            viewer: editor,
            draft: draftOf(),
            kind,
            about,
            catalog: makeSampleCatalog(),
            languages: ['zh'],
            form: { values: {}, errors: {} },
          }),
        ),
      )?.[1] ?? '';
    const newPaper = headingOf('new-paper', {});
    expect(newPaper.match(/New paper/g)).toHaveLength(1);
    expect(headingOf('paragraph', { number: '4', language: 'zh' })).toMatch(/4/);
  });

  it('read a new paper’s form into the change, its empty rows and languages left out', () => {
    const read = readChangeForm(
      'new-paper',
      {
        symbol: 'CTOC/COP/WG.7/2022/2',
        theme: 'theme-1',
        year: '2022',
        meeting: '8',
        rows: '3',
        'subject.zh': '题目',
        'subject.en': ' ',
        'paragraphs.0.zh.text': '一（CTOC/COP/WG.7/2022/2）',
        'paragraphs.1.zh.text': '二',
        'paragraphs.1.en.text': 'two',
        'paragraphs.1.en.items': '(a) first\nb) second',
      },
      { document: 'doc', languages: ['zh', 'en'], messages: pageContext('en', '/', 't').messages },
    );
    expect(read.errors).toBeUndefined();
    expect(read.change).toEqual({
      kind: 'new-paper',
      document: 'doc',
      symbol: 'CTOC/COP/WG.7/2022/2',
      theme: 'theme-1',
      year: 2022,
      meeting: 8,
      subject: { zh: '题目' },
      paragraphs: [
        { zh: { text: '一（CTOC/COP/WG.7/2022/2）', items: [] } },
        {
          zh: { text: '二', items: [] },
          en: {
            text: 'two',
            items: [
              { label: 'a', text: 'first' },
              { label: 'b', text: 'second' },
            ],
          },
        },
      ],
    });
    const bad = readChangeForm(
      'new-paper',
      { year: '20x' },
      { document: 'doc', languages: ['zh'], messages: pageContext('en', '/', 't').messages },
    );
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual([
      'meeting',
      'paragraphs.0',
      'symbol',
      'theme',
      'year',
    ]);
  });
});

describe('the sign-in page', () => {
  it('says the same for any failure and when to try again when limited; never echoes the password', () => {
    const base = pageContext('en', '/sign-in', 'test');
    const failed = String(
      renderSignInPage(base, { step: 'password', email: HOSTILE, problem: { kind: 'failed' } }),
    );
    expect(failed).toContain(base.messages.editors.signInFailed);
    expect(failed).toContain(`value="${ESCAPED}"`);
    const limited = String(
      renderSignInPage(base, { step: 'password', problem: { kind: 'rate-limited', retryAfterSeconds: 30 } }),
    );
    expect(limited).toContain('Try again in 30 seconds');
    const code = String(
      renderSignInPage(base, { step: 'totp', email: 'a@b.org', password: 'secret pass', next: '/drafts' }),
    );
    expect(code).toContain('autocomplete="one-time-code"');
    expect(code).toContain('<input type="hidden" name="next" value="/drafts">');
  });

  it('goes back only to local paths', () => {
    expect(localPath('/drafts/d1?x=1')).toBe('/drafts/d1?x=1');
    for (const bad of ['//evil.example', '/\\evil', 'https://evil.example', 'evil', '/a\nb', '', undefined])
      expect(localPath(bad), String(bad)).toBeUndefined();
  });
});

describe('the account and admin pages', () => {
  const user: UserView = {
    id: 'u1',
    email: editor.email,
    role: 'editor',
    disabled: false,
    totp: false,
    createdAt: '2026-12-01T06:00:00.000Z',
  };

  it('show an inline QR code only when it is plain SVG drawing', () => {
    const good =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path fill="#fff" d="M0 0h29v29H0z"/></svg>';
    expect(String(safeQrSvg(good, 'QR'))).toContain('<svg role="img" class="qr-code" aria-label="QR" xmlns=');
    for (const bad of [
      '<svg onload="alert(1)"><path d="M0"/></svg>',
      '<svg xmlns="x"><script>alert(1)</script></svg>',
      '<svg xmlns="x"><image href="http://x/y.png"/></svg>',
      '<svg xmlns="x"><path style="x" d="M0"/></svg>',
    ])
      expect(String(safeQrSvg(bad, 'QR')), bad).toBe('');
  });

  it('show a created token once, escaped, and the tokens with their last use', () => {
    const page = String(
      renderAccountPage(context(), {
        viewer: editor,
        user,
        tokens: [
          {
            id: 't1',
            email: user.email,
            name: HOSTILE,
            createdAt: '2026-12-01T06:00:00Z',
            lastUsedAt: null,
            revokedAt: null,
          },
        ],
        createdToken: { name: 'x', token: 'somkb_abc' },
      }),
    );
    expect(page).toContain('somkb_abc');
    expect(page).toContain(`<bdi>${ESCAPED}</bdi>`);
    expect(page).toContain('action="/account/tokens/t1/revoke"');
  });

  it('escape what users and the audit log hold', () => {
    const users = String(
      renderUsersPage(context(), { viewer: editor, users: [{ ...user, email: HOSTILE }] }),
    );
    expect(users).not.toContain('<script>alert');
    const audit = String(
      renderAuditPage(context(), {
        filter: { user: HOSTILE, action: '', from: '', to: '' },
        entries: [
          {
            id: 1,
            at: '2026-12-01T06:00:00Z',
            actor: HOSTILE,
            ip: '::1',
            action: 'sign-in',
            target: 'session',
            before: null,
            after: null,
            detail: { note: HOSTILE },
          },
        ],
        paged: false,
        olderBefore: 1,
      }),
    );
    expect(audit).not.toContain('<script>alert');
    expect(audit).toContain('href="/admin/audit?user=');
    expect(audit).toContain('before=1');
  });
});

describe('a draft’s page', () => {
  it('offers each role the actions it may, and escapes titles and comments', () => {
    const submitted = draftOf({
      status: 'submitted',
      title: HOSTILE,
      comments: [{ at: '2026-12-01T06:00:00Z', by: 'r', text: HOSTILE }],
    });
    expect(allowedActions(editor, submitted)).toEqual(['withdraw']);
    expect(allowedActions(reviewer, submitted)).toEqual(['approve', 'send-back']);
    expect(allowedActions(reviewer, { ...submitted, status: 'approved', reviewer: reviewer.email })).toEqual([
      'publish',
    ]);
    expect(
      allowedActions(editor, draftOf({ changes: [{ kind: 'concept', id: 'x', entry: {} }], behind: true })),
    ).toEqual(['submit', 'rebase', 'withdraw']);
    const page = String(
      renderDraftPage(context(), {
        viewer: reviewer,
        draft: submitted,
        diffs: [],
        catalog: makeSampleCatalog(),
        languages: ['zh'],
        concepts: [],
        mechanisms: [],
        conflicts: [{ target: 'paragraph:x:4:zh', base: 'a', theirs: HOSTILE, ours: { text: 'b' } }],
      }),
    );
    expect(page).not.toContain('<script>alert');
    expect(page).toContain(ESCAPED);
    expect(page).toContain('class="conflict-side side-theirs"');
    // A reviewer gets no form to change another's draft.
    expect(page).not.toContain('/drafts/d1/edit/');
  });

  it('keeps a preview’s links in the preview', () => {
    const page = inPreview(
      trusted(
        '<a href="/">h</a><a href="/themes/theme-1">t</a><a href="/papers/X#para-3">p</a><a href="/topics/y">y</a>',
      ),
      'd 1',
      'en',
    );
    expect(String(page)).toBe(
      '<a href="/drafts/d%201/preview?language=en">h</a><a href="/drafts/d%201/preview/themes/theme-1?language=en">t</a><a href="/drafts/d%201/preview/papers/X?language=en#para-3">p</a><a href="/topics/y">y</a>',
    );
  });
});

describe('the editors’ words', () => {
  it('are in every interface language', () => {
    for (const lang of UN_LANGUAGES) {
      const page = String(renderSignInPage(pageContext(lang, '/sign-in', 't'), { step: 'password' }));
      const words = pageContext(lang, '/', 't').messages.editors;
      expect(page, lang).toContain(words.signInIntro);
      if (lang !== 'en')
        expect(words.signInIntro, lang).not.toBe(pageContext('en', '/', 't').messages.editors.signInIntro);
    }
  });
});
