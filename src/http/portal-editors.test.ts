import { describe, expect, it } from 'vitest';
import type { NewPaperChange, ParagraphChange } from '../editing/index.js';
import { MESSAGES } from '../messages/index.js';
import { makeSampleCatalog } from '../../test/support/sample-catalog.js';
import { publishedOf } from '../../test/support/published.js';
import { createApp } from './index.js';
import {
  GOOD_CODE,
  LIMITED_EMAIL,
  fakeEditorServices,
  formTokenOf,
  passwordOf,
  sessionTokenOf,
} from './testing/fake-editor-services.js';

const ORIGIN = 'http://localhost';
const EN = MESSAGES.en.editors;

/** The app over the sample catalog with the fake editors' services. */
function editorsApp() {
  const fake = fakeEditorServices();
  const app = createApp({
    loadPublished: () => Promise.resolve(publishedOf(makeSampleCatalog())),
    search: () => Promise.reject(new Error('not searched')),
    version: 'test',
    editors: fake.services,
  });
  /** A request as `as` (signed in), or anonymous; a form body gets the session's form token. */
  const send = (
    path: string,
    options: { as?: string; form?: Record<string, string>; method?: string; lang?: string } = {},
  ) => {
    const headers: Record<string, string> = { 'Accept-Language': options.lang ?? 'en' };
    if (options.as !== undefined) headers.Cookie = `somkb_session=${sessionTokenOf(options.as)}`;
    let body: string | undefined;
    if (options.form !== undefined) {
      headers.Origin = ORIGIN;
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      const fields = new URLSearchParams(options.form);
      if (options.as !== undefined && !fields.has('_form')) fields.set('_form', formTokenOf(options.as));
      body = fields.toString();
    }
    return app.request(`${ORIGIN}${path}`, {
      method: options.method ?? (options.form === undefined ? 'GET' : 'POST'),
      headers,
      ...(body === undefined ? {} : { body }),
    });
  };
  return { app, fake, send };
}

/** The element of `html` with `id`, up to the end of its tag. */
function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<(input|textarea|select)[^>]*id="${id}"[^>]*>`).exec(html);
  return match?.[0] ?? '';
}

describe('sign-in', () => {
  it('leads an anonymous visit to an editing page to sign-in, then back there', async () => {
    const { send } = editorsApp();
    for (const path of ['/drafts', '/drafts/new', '/account', '/admin/users', '/admin/audit', '/drafts/d1']) {
      const response = await send(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
    const page = await (await send('/sign-in?next=%2Fdrafts')).text();
    expect(page).toContain(EN.signInRequired);
    expect(page).toContain('<input type="hidden" name="next" value="/drafts">');
    expect(page).toMatch(/<label for="f-email">Email address<\/label>/);
    expect(tagWithId(page, 'f-password')).toContain('autocomplete="current-password"');
  });

  it('signs in with a new session cookie and goes back to a local path only', async () => {
    const { send } = editorsApp();
    const form = { email: 'editor@example.org', password: passwordOf('editor@example.org') };
    const back = await send('/sign-in', { form: { ...form, next: '/drafts/new' } });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/drafts/new');
    const cookie = back.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`somkb_session=${encodeURIComponent(sessionTokenOf('editor@example.org'))}`);
    expect(cookie).toMatch(/HttpOnly/i);
    for (const next of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const response = await send('/sign-in', { form: { ...form, next } });
      expect(response.headers.get('location'), next).toBe('/drafts');
    }
  });

  it('says the same of a wrong password and of an unknown account, with 401', async () => {
    const { send } = editorsApp();
    const wrong = await send('/sign-in', { form: { email: 'editor@example.org', password: 'not it' } });
    const unknown = await send('/sign-in', { form: { email: 'nobody@example.org', password: 'not it' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await wrong.text(), await unknown.text()];
    expect(a).toContain(EN.signInFailed);
    expect(a.replaceAll('editor@example.org', 'X')).toBe(b.replaceAll('nobody@example.org', 'X'));
    // The message is tied to the email field and the password is never sent back.
    expect(tagWithId(a, 'f-email')).toContain('aria-describedby="f-email-error"');
    expect(a).not.toContain('not it');
  });

  it('says when a rate-limited sign-in may try again (429, Retry-After)', async () => {
    const { send } = editorsApp();
    const response = await send('/sign-in', { form: { email: LIMITED_EMAIL, password: 'x' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('90');
    expect(await response.text()).toContain(EN.rateLimited(90));
    expect(EN.rateLimited(90)).toContain('2 minutes');
  });

  it('asks for the one-time code of an account that has them, then signs in', async () => {
    const { send, fake } = editorsApp();
    const form = { email: 'admin@example.org', password: passwordOf('admin@example.org') };
    const step = await send('/sign-in', { form });
    expect(step.status).toBe(200);
    const page = await step.text();
    expect(page).toContain(EN.totpIntro);
    expect(tagWithId(page, 'f-totp')).toContain('autocomplete="one-time-code"');
    const wrong = await send('/sign-in', { form: { ...form, totp: '000000' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain(EN.totpFailed);
    const right = await send('/sign-in', { form: { ...form, totp: GOOD_CODE } });
    expect(right.status).toBe(303);
    expect(fake.signIns.at(-1)).toEqual({ email: 'admin@example.org', totp: GOOD_CODE });
  });

  it('leads an admin without one-time codes to set them up first', async () => {
    const { send } = editorsApp();
    const email = 'newadmin@example.org';
    const signedIn = await send('/sign-in', {
      form: { email, password: passwordOf(email), next: '/drafts' },
    });
    expect(signedIn.headers.get('location')).toBe('/account');
    expect((await send('/drafts', { as: email })).status).toBe(403);
    const account = await (await send('/account', { as: email })).text();
    expect(account).toContain(EN.totpRequiredForAdmins);
    const setup = await send('/account/totp', { as: email, form: {} });
    const setupPage = await setup.text();
    expect(setupPage).toMatch(/<svg role="img" class="qr-code" aria-label="[^"]+" xmlns=/);
    expect(setupPage).toContain('JBSWY3DPEHPK3PXP');
    const wrong = await send('/account/totp/confirm', {
      as: email,
      form: { secret: 'JBSWY3DPEHPK3PXP', code: '1' },
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('the code is not right');
    const confirmed = await send('/account/totp/confirm', {
      as: email,
      form: { secret: 'JBSWY3DPEHPK3PXP', code: GOOD_CODE },
    });
    expect(confirmed.headers.get('location')).toBe('/account?done=totp-enabled');
    expect((await send('/drafts', { as: email })).status).toBe(200);
  });

  it('signs out with a POST that carries the form token', async () => {
    const { send } = editorsApp();
    const out = await send('/sign-out', { as: 'editor@example.org', form: {} });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/somkb_session=;/);
    const forged = await send('/sign-out', { as: 'editor@example.org', form: { _form: 'forged' } });
    expect(forged.status).toBe(403);
  });
});

describe('the header', () => {
  it('names the signed-in user with their links and a sign-out form; readers get a sign-in link only', async () => {
    const { send } = editorsApp();
    const editor = await (await send('/', { as: 'editor@example.org' })).text();
    expect(editor).toContain('<bdi class="user-email">editor@example.org</bdi>');
    expect(editor).toContain('href="/drafts"');
    expect(editor).toContain('href="/account"');
    expect(editor).not.toContain('href="/admin/users"');
    expect(editor).toContain(
      `<input type="hidden" name="_form" value="${formTokenOf('editor@example.org')}">`,
    );
    const admin = await (await send('/', { as: 'admin@example.org' })).text();
    expect(admin).toContain('href="/admin/users"');
    expect(admin).toContain('href="/admin/audit"');
    const first = await send('/');
    const reader = await first.text();
    expect(reader).not.toContain('user-bar');
    expect(reader).toContain('class="sign-in-link"');
    expect(reader).not.toContain('editor@example.org');
    // The same cached page for every reader, and none of the signed-in user's.
    const second = await send('/');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.text()).toBe(reader);
  });

  it('has no account links without editors', async () => {
    const app = createApp({
      loadPublished: () => Promise.resolve(publishedOf(makeSampleCatalog())),
      search: () => Promise.reject(new Error('not searched')),
      version: 'test',
    });
    const page = await (await app.request('/')).text();
    expect(page).not.toContain('sign-in-link');
    expect((await app.request('/sign-in')).status).toBe(404);
    expect((await app.request('/drafts')).status).toBe(404);
  });
});

describe('/account', () => {
  it('creates a token shown once, lists it with its last use, and revokes it', async () => {
    const { send, fake } = editorsApp();
    const as = 'editor@example.org';
    const created = await send('/account/tokens', { as, form: { name: 'import' } });
    expect(created.status).toBe(201);
    const page = await created.text();
    expect(page).toContain(EN.tokenCreated);
    expect(page).toContain('somkb_secret_t1');
    const listed = await (await send('/account', { as })).text();
    expect(listed).not.toContain('somkb_secret_t1');
    expect(listed).toContain('<bdi>import</bdi>');
    expect(listed).toContain(EN.never);
    const revoked = await send('/account/tokens/t1/revoke', { as, form: {} });
    expect(revoked.headers.get('location')).toBe('/account?done=token-revoked#tokens');
    expect(fake.tokens[0]?.revokedAt).not.toBeNull();
    const empty = await send('/account/tokens', { as, form: { name: ' ' } });
    expect(empty.status).toBe(422);
  });

  it('changes the password, or says next to the field what is wrong', async () => {
    const { send } = editorsApp();
    const as = 'editor@example.org';
    const short = await send('/account/password', { as, form: { current: passwordOf(as), next: 'short' } });
    expect(short.status).toBe(422);
    const page = await short.text();
    expect(page).toMatch(/<p class="field-error" id="f-next-error">at least 12 characters<\/p>/);
    expect(tagWithId(page, 'f-next')).toContain('aria-invalid="true"');
    expect(page).not.toContain('value="short"');
    const wrong = await send('/account/password', {
      as,
      form: { current: 'nope', next: 'a long new password' },
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('id="f-current-error"');
    const done = await send('/account/password', {
      as,
      form: { current: passwordOf(as), next: 'a long new password' },
    });
    expect(done.headers.get('location')).toBe('/account?done=password-changed');
  });
});

describe('/admin', () => {
  it('is for admins only', async () => {
    const { send } = editorsApp();
    const page = await send('/admin/users', { as: 'reviewer@example.org' });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain(EN.forbiddenText);
    expect((await send('/admin/audit', { as: 'editor@example.org' })).status).toBe(403);
  });

  it('adds a user (the password made shown once), changes a role, disables', async () => {
    const { send, fake } = editorsApp();
    const as = 'admin@example.org';
    const added = await send('/admin/users', {
      as,
      form: { email: 'new@example.org', role: 'reviewer', password: '' },
    });
    expect(added.status).toBe(201);
    expect(await added.text()).toContain('generated-password-once');
    const bad = await send('/admin/users', { as, form: { email: 'not-an-email', role: 'editor' } });
    expect(bad.status).toBe(422);
    const badPage = await bad.text();
    expect(badPage).toContain('id="f-email-error"');
    expect(tagWithId(badPage, 'f-email')).toContain('value="not-an-email"');
    expect(
      (await send('/admin/users/role', { as, form: { email: 'new@example.org', role: 'admin' } })).status,
    ).toBe(303);
    expect(fake.users.get('new@example.org')?.view.role).toBe('admin');
    await send('/admin/users/disable', { as, form: { email: 'new@example.org' } });
    expect(fake.users.get('new@example.org')?.view.disabled).toBe(true);
    const list = await (await send('/admin/users', { as })).text();
    expect(list).toContain('/admin/users/enable');
  });

  it('shows the audit log newest first, filtered, with a refused date next to its field', async () => {
    const { send } = editorsApp();
    const as = 'admin@example.org';
    await send('/account/tokens', { as: 'editor@example.org', form: { name: 'a' } });
    await send('/admin/users', {
      as,
      form: { email: 'x@example.org', role: 'editor', password: 'a long password!' },
    });
    const page = await (await send('/admin/audit', { as })).text();
    expect(page.indexOf('user-added')).toBeLessThan(page.indexOf('token-created'));
    const filtered = await (await send('/admin/audit?action=token-created', { as })).text();
    expect(filtered).toContain('<code>token-created</code>');
    expect(filtered).not.toContain('<code>user-added</code>');
    const bad = await send('/admin/audit?from=yesterday', { as });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(`<p class="field-error" id="f-from-error">${EN.badDate}</p>`);
  });
});

describe('/drafts', () => {
  /** Opens a draft as the editor and gives its id and the ETag on its page. */
  async function openDraft(send: ReturnType<typeof editorsApp>['send'], title = 'Corrections') {
    const opened = await send('/drafts/new', { as: 'editor@example.org', form: { title } });
    expect(opened.status).toBe(303);
    const location = opened.headers.get('location') ?? '';
    const id = /\/drafts\/([^?]+)/.exec(location)?.[1] ?? '';
    return id;
  }

  it('edits a paragraph: the current text first, problems next to their fields with the input kept, then saved', async () => {
    const { send, fake } = editorsApp();
    const id = await openDraft(send);
    const as = 'editor@example.org';
    const formPage = await (await send(`/drafts/${id}/edit/paragraph?number=4&language=zh`, { as })).text();
    expect(formPage).toContain('文件着重说明需要把');
    expect(formPage).toContain('(a) 欧洲边境监测系统；');
    const etag = fake.drafts.get(id)?.etag ?? '';
    expect(formPage).toContain(`name="etag" value="${etag.replaceAll('"', '&quot;')}"`);
    const refused = await send(`/drafts/${id}/edit/paragraph`, {
      as,
      form: { number: '4', language: 'zh', text: 'REFUSED <b>text</b>', items: '(a) one\n(b) two', etag },
    });
    expect(refused.status).toBe(422);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('<p class="field-error" id="f-text-error">the text is refused</p>');
    expect(refusedPage).toContain('<p class="field-error" id="f-items-error">item b is refused</p>');
    expect(refusedPage).toContain('REFUSED &lt;b&gt;text&lt;/b&gt;</textarea>');
    expect(refusedPage).toContain('href="#f-text"');
    const badItems = await send(`/drafts/${id}/edit/paragraph`, {
      as,
      form: { number: '4', language: 'zh', text: 'x', items: 'no letter here', etag },
    });
    expect(await badItems.text()).toContain(EN.itemsFormat(1));
    const saved = await send(`/drafts/${id}/edit/paragraph`, {
      as,
      form: { number: '4', language: 'zh', text: '新的文本', items: '(a) 一\n(b) 二', etag },
    });
    expect(saved.headers.get('location')).toBe(`/drafts/${id}?done=change-saved`);
    const change = fake.drafts.get(id)?.changes[0] as ParagraphChange;
    expect(change).toMatchObject({ kind: 'paragraph', number: 4, language: 'zh', text: '新的文本' });
    expect(change.items).toEqual([
      { label: 'a', text: '一' },
      { label: 'b', text: '二' },
    ]);
    const draftPage = await (await send(saved.headers.get('location') ?? '', { as })).text();
    expect(draftPage).toContain(EN.notices['change-saved']);
    expect(draftPage).toContain('<ins>新的文本</ins>');
    expect(draftPage).toContain(`/drafts/${id}/preview/papers/CTOC-COP-WG.7-2018-2?language=zh`);
  });

  it('answers a stale edit with 412, the draft now, and what was typed kept with the new ETag', async () => {
    const { send, fake } = editorsApp();
    const id = await openDraft(send);
    const as = 'editor@example.org';
    const stale = fake.drafts.get(id)?.etag ?? '';
    await send(`/drafts/${id}/edit/paragraph`, {
      as,
      form: { number: '4', language: 'zh', text: '先保存的', items: '', etag: stale },
    });
    const late = await send(`/drafts/${id}/edit/paragraph`, {
      as,
      form: { number: '4', language: 'zh', text: '我输入的文本', items: '', etag: stale },
    });
    expect(late.status).toBe(412);
    const page = await late.text();
    expect(page).toContain(EN.staleTitle);
    expect(page).toContain('先保存的');
    expect(page).toContain('我输入的文本</textarea>');
    const now = fake.drafts.get(id)?.etag ?? '';
    expect(now).not.toBe(stale);
    expect(page).toContain(`name="etag" value="${now.replaceAll('"', '&quot;')}"`);
  });

  it('goes from submit to approve to publish, with the actions each role may', async () => {
    const { send, fake } = editorsApp();
    const id = await openDraft(send);
    const as = 'editor@example.org';
    const etag = fake.drafts.get(id)?.etag ?? '';
    await send(`/drafts/${id}/edit/paragraph`, {
      as,
      form: { number: '4', language: 'zh', text: '改', items: '', etag },
    });
    const mine = await (await send(`/drafts/${id}`, { as })).text();
    expect(mine).toContain(`action="/drafts/${id}/submit"`);
    expect(mine).not.toContain(`action="/drafts/${id}/approve"`);
    expect(
      (await send(`/drafts/${id}/submit`, { as, form: { etag: fake.drafts.get(id)?.etag ?? '' } })).status,
    ).toBe(303);
    const reviewer = 'reviewer@example.org';
    const review = await (await send(`/drafts/${id}`, { as: reviewer })).text();
    expect(review).toContain(`action="/drafts/${id}/approve"`);
    expect(review).toContain(`action="/drafts/${id}/send-back"`);
    expect(review).not.toContain(`action="/drafts/${id}/edit/`);
    const list = await (await send('/drafts', { as: reviewer })).text();
    expect(list).toContain(EN.awaitingReview);
    expect(list).toContain(`href="/drafts/${id}"`);
    const noComment = await send(`/drafts/${id}/send-back`, { as: reviewer, form: { comment: ' ' } });
    expect(noComment.status).toBe(422);
    expect(await noComment.text()).toContain('id="f-comment-error"');
    expect((await send(`/drafts/${id}/approve`, { as: reviewer, form: { comment: 'good' } })).status).toBe(
      303,
    );
    const published = await send(`/drafts/${id}/publish`, { as: reviewer, form: {} });
    expect(published.headers.get('location')).toBe(`/drafts/${id}?done=published`);
    const done = await (await send(`/drafts/${id}`, { as })).text();
    expect(done).toContain(EN.publishedAs(2));
    expect(done).toContain('good');
    // An editor may not approve: the guard refuses before the service.
    expect((await send(`/drafts/${id}/approve`, { as: 'editor2@example.org', form: {} })).status).toBe(403);
  });

  it('shows a publish conflict side by side with a rebase button (409)', async () => {
    const { send, fake } = editorsApp();
    const id = await openDraft(send, 'a conflict');
    const response = await send(`/drafts/${id}/publish`, { as: 'admin@example.org', form: {} });
    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain(EN.conflictTitle);
    expect(page).toContain('已发布的&lt;b&gt;文本&lt;/b&gt;');
    expect(page).toContain('草稿的文本');
    expect(page).toContain('基础文本');
    expect(fake.drafts.get(id)?.status).toBe('open');
    const authors = await send(`/drafts/${id}/publish`, { as: 'editor@example.org', form: {} });
    expect(authors.status).toBe(403);
    const rebase = await (await send(`/drafts/${id}`, { as: 'editor@example.org' })).text();
    expect(rebase).not.toContain(`action="/drafts/${id}/rebase"`);
  });

  it('adds a new paper with several paragraphs in the languages published, more rows on demand', async () => {
    const { send, fake } = editorsApp();
    const id = await openDraft(send, 'Papers of the 8th meeting');
    const as = 'editor@example.org';
    const etag = fake.drafts.get(id)?.etag ?? '';
    const empty = await (await send(`/drafts/${id}/edit/new-paper`, { as })).text();
    expect(empty).toContain('name="paragraphs.1.zh.text"');
    expect(empty).not.toContain('name="paragraphs.2.zh.text"');
    const more = await (
      await send(`/drafts/${id}/edit/new-paper`, {
        as,
        form: { symbol: 'CTOC/COP/WG.7/2022/2', rows: '2', _more: '1', etag },
      })
    ).text();
    expect(more).toContain('name="paragraphs.2.zh.text"');
    expect(more).toContain('value="CTOC/COP/WG.7/2022/2"');
    const saved = await send(`/drafts/${id}/edit/new-paper`, {
      as,
      form: {
        symbol: 'CTOC/COP/WG.7/2022/2',
        theme: 'theme-1',
        year: '2022',
        meeting: '8',
        'subject.zh': '新的主题',
        rows: '3',
        'paragraphs.0.zh.text': '第一段（CTOC/COP/WG.7/2022/2）。',
        'paragraphs.1.zh.text': '第二段。',
        'paragraphs.1.zh.items': '(a) 甲\n(b) 乙',
        'paragraphs.2.zh.text': '',
        etag,
      },
    });
    expect(saved.status).toBe(303);
    const change = fake.drafts.get(id)?.changes[0] as NewPaperChange;
    expect(change).toMatchObject({
      kind: 'new-paper',
      symbol: 'CTOC/COP/WG.7/2022/2',
      theme: 'theme-1',
      year: 2022,
      meeting: 8,
    });
    expect(change.paragraphs).toHaveLength(2);
    expect(change.paragraphs[1]?.zh?.items).toHaveLength(2);
    expect(change.subject).toEqual({ zh: '新的主题' });
  });

  it('saves the forms of the other kinds of change', async () => {
    const { send, fake } = editorsApp();
    const id = await openDraft(send);
    const as = 'editor@example.org';
    const etag = () => fake.drafts.get(id)?.etag ?? '';
    const cases: [string, Record<string, string>, Record<string, unknown>][] = [
      [
        'paper',
        {
          symbol: 'CTOC/COP/WG.7/2018/2',
          language: 'zh',
          subject: '新',
          theme: 'theme-1',
          year: '2018',
          meeting: '5',
        },
        { kind: 'paper', year: 2018, meeting: 5, subject: '新' },
      ],
      [
        'key-topics',
        { theme: 'theme-1', language: 'zh', keyTopics: '甲\n\n乙' },
        { kind: 'key-topics', keyTopics: ['甲', '乙'] },
      ],
      [
        'concept',
        {
          id: 'new-idea',
          kind: 'topic',
          'prefLabel.zh': '新概念',
          'prefLabel.en': 'new idea',
          'altLabel.en': 'idea\nnotion',
          broader: '',
          related: 'criminalization',
        },
        {
          kind: 'concept',
          id: 'new-idea',
          entry: {
            id: 'new-idea',
            kind: 'topic',
            prefLabel: { zh: '新概念', en: 'new idea' },
            altLabel: { en: ['idea', 'notion'] },
            hiddenLabel: {},
            broader: [],
            related: ['criminalization'],
          },
        },
      ],
      [
        'mechanism',
        {
          id: 'new-net',
          kind: 'network',
          printed: '新网络',
          en: 'New Network',
          year: '2020',
          'names.fr': 'Nouveau réseau',
        },
        {
          kind: 'mechanism',
          id: 'new-net',
          entry: {
            id: 'new-net',
            kind: 'network',
            printed: ['新网络'],
            en: 'New Network',
            year: 2020,
            abbreviation: null,
            names: { fr: 'Nouveau réseau' },
          },
        },
      ],
    ];
    for (const [kind, form, expected] of cases) {
      const about = new URLSearchParams(
        Object.entries(form).filter(([name]) => ['symbol', 'theme', 'language'].includes(name)),
      );
      const page = await send(`/drafts/${id}/edit/${kind}?${about.toString()}`, { as });
      expect(page.status, kind).toBe(200);
      const saved = await send(`/drafts/${id}/edit/${kind}`, { as, form: { ...form, etag: etag() } });
      expect(saved.status, kind).toBe(303);
      expect(fake.drafts.get(id)?.changes.at(-1), kind).toMatchObject(expected);
    }
    const badYear = await send(`/drafts/${id}/edit/paper`, {
      as,
      form: { symbol: 'CTOC/COP/WG.7/2018/2', language: 'zh', year: 'twenty', etag: etag() },
    });
    expect(badYear.status).toBe(422);
    expect(await badYear.text()).toContain(`<p class="field-error" id="f-year-error">${EN.wholeNumber}</p>`);
    expect((await send(`/drafts/${id}/edit/paragraph?number=999&language=zh`, { as })).status).toBe(404);
  });

  it('previews the changed pages as readers will see them, marked, the links kept in the preview', async () => {
    const { send, fake } = editorsApp();
    const id = await openDraft(send);
    const as = 'editor@example.org';
    await send(`/drafts/${id}/edit/paragraph`, {
      as,
      form: {
        number: '4',
        language: 'zh',
        text: '预览中的新文本',
        items: '',
        etag: fake.drafts.get(id)?.etag ?? '',
      },
    });
    const response = await send(`/drafts/${id}/preview/papers/CTOC-COP-WG.7-2018-2?language=zh`, { as });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('class="preview-banner"');
    expect(page).toContain(EN.previewBanner('Corrections'));
    expect(page).toContain('预览中的新文本');
    expect(page).toContain(`href="/drafts/${id}/preview/themes/theme-1?language=zh"`);
    expect(page).not.toMatch(/href="\/themes\//);
    const home = await send(`/drafts/${id}/preview`, { as });
    expect(home.status).toBe(200);
    expect((await send(`/drafts/${id}/preview/papers/nope`, { as })).status).toBe(404);
    // Another editor may not read it.
    expect((await send(`/drafts/${id}/preview`, { as: 'editor2@example.org' })).status).toBe(403);
  });

  it('speaks each interface language on its pages', async () => {
    const { send } = editorsApp();
    for (const lang of ['zh', 'en', 'fr', 'es', 'ru', 'ar'] as const) {
      const page = await (await send(`/drafts?lang=${lang}`, { as: 'editor@example.org' })).text();
      expect(page, lang).toContain(`<html lang="${lang}"`);
      expect(page, lang).toContain(MESSAGES[lang].editors.draftsTitle);
      const signIn = await (await send(`/sign-in?lang=${lang}`)).text();
      expect(signIn, lang).toContain(MESSAGES[lang].editors.signInIntro);
    }
  });
});
