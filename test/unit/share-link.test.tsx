import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatXDate } from '../../src/signing/x-date';
import { App } from '../../src/ui/App';
import { EXAMPLE_FORM, type FormState } from '../../src/ui/form-state';
import { openPage } from '../../src/ui/share/open-page';
import { makeShareLink, openShareLink } from '../../src/ui/share/share-form';

const SECRET = 'unit-secret-5b0c2e91';
const PAGE = 'https://playground.example/';

const REQUEST: FormState = {
  ...EXAMPLE_FORM,
  secret: SECRET,
  algorithm: 'hmac-sha256',
  method: 'PUT',
  url: 'https://example.apigw.tencentcs.com/prepub/items?b=2&a=1',
  contentType: 'application/json',
  body: '{"name":"ü 🙂"}',
  xDate: 'Tue, 03 Jan 2006 10:00:00 GMT',
  signedHeaders: [
    { id: 1, name: 'source', value: 'apigw test' },
    { id: 2, name: 'x-extra', value: ' spaced ' },
  ],
  options: { md5Encoding: 'raw', parameterValues: 'raw', removeStage: false },
};

function linkFor(form: FormState): string {
  const result = makeShareLink(form, PAGE);
  if (!result.ok) throw new Error(result.message);
  return result.link;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('share links', () => {
  it('carry every field but the secret, which opens empty', () => {
    const link = linkFor(REQUEST);

    const opened = openShareLink(new URL(link).hash, 0);

    expect(link).not.toContain(SECRET);
    expect(opened?.form).toEqual({ ...REQUEST, secret: '' });
    expect(opened?.notice.kind).toBe('info');
  });

  it('carry a method outside the select, such as one loaded from Compare', () => {
    const opened = openShareLink(new URL(linkFor({ ...REQUEST, method: 'PURGE' })).hash, 0);

    expect(opened?.form?.method).toBe('PURGE');
    expect(opened?.notice.kind).toBe('info');
  });

  it('open a live x-date as live, at the time of opening', () => {
    const live: FormState = { ...REQUEST, xDateMode: 'live' };
    const openedAt = Date.UTC(2030, 0, 2, 3, 4, 5);

    const opened = openShareLink(new URL(linkFor(live)).hash, openedAt);

    expect(opened?.form?.xDateMode).toBe('live');
    expect(opened?.form?.xDate).toBe('Wed, 02 Jan 2030 03:04:05 GMT');
    expect(opened?.form?.xDate).toBe(formatXDate(openedAt));
  });

  it('keep a typed x-date as typed', () => {
    const opened = openShareLink(new URL(linkFor(REQUEST)).hash, Date.now());

    expect(opened?.form?.xDateMode).toBe('typed');
    expect(opened?.form?.xDate).toBe('Tue, 03 Jan 2006 10:00:00 GMT');
  });

  it('are not made for a request too large to carry', () => {
    const result = makeShareLink({ ...REQUEST, body: 'x'.repeat(300_000) }, PAGE);

    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('more than a share link carries'),
    });
  });

  it('open the documented example, with a message, when damaged', () => {
    const link = linkFor(REQUEST);

    const page = openPage(`${new URL(link).hash.slice(0, -5)}`, 0);

    expect(page.form).toBe(EXAMPLE_FORM);
    expect(page.notice?.kind).toBe('error');
    expect(page.notice?.text).toMatch(
      /^This share link is damaged \(.+\).+documented example instead\.$/,
    );
  });

  it('open the documented example, with a message, when made by another version', () => {
    const page = openPage('#share=2.q1YqSizKLy4pSk1RslJKVKoFAA', 0);

    expect(page.form).toBe(EXAMPLE_FORM);
    expect(page.notice?.text).toContain('another version of the playground (link format 2');
  });

  it('open the documented example, without a message, when the address has none', () => {
    expect(openPage('', 0)).toEqual({ form: EXAMPLE_FORM });
    expect(openPage('#section', 0)).toEqual({ form: EXAMPLE_FORM });
  });
});

describe('the share link on the page', () => {
  it('shows a link to this page that carries the request but not the secret', async () => {
    render(<App initialForm={REQUEST} />);

    const output = screen.getByLabelText('Share link', { selector: 'textarea' });
    expect((output as HTMLTextAreaElement).value).toMatch(
      /^http:\/\/localhost(:\d+)?\/#share=1\.[\w-]+$/,
    );
    expect((output as HTMLTextAreaElement).value).not.toContain(SECRET);
    expect(screen.getByRole('button', { name: 'Copy Share link' })).toBeEnabled();
  });

  it('says why there is no link for a request too large to carry', () => {
    render(<App initialForm={{ ...REQUEST, body: 'x'.repeat(300_000) }} />);

    const output = screen.getByLabelText('Share link', { selector: 'textarea' });
    expect((output as HTMLTextAreaElement).value).toContain('more than a share link carries');
    expect(screen.getByRole('button', { name: 'Copy Share link' })).toBeDisabled();
  });

  it('shows why a link could not be opened, and lets the user dismiss it', async () => {
    const user = userEvent.setup();
    const notice = openPage('#share=1.damaged', 0).notice;
    if (!notice) throw new Error('a damaged link gives a notice');
    render(<App initialNotice={notice} />);

    expect(screen.getByRole('alert')).toHaveTextContent('This share link is damaged');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens a link pasted into the address bar of the open page, keeping the typed secret', async () => {
    render(<App initialForm={{ ...EXAMPLE_FORM, secret: SECRET }} />);

    await act(async () => {
      window.location.hash = new URL(linkFor(REQUEST)).hash;
      await new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
    });

    expect(screen.getByLabelText('URL')).toHaveValue(REQUEST.url);
    expect(screen.getByLabelText('ApiAppSecret')).toHaveValue(SECRET);
    expect(screen.getByText(/the one typed before is kept/)).toBeVisible();
  });
});
