import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { sharedCases, type FailingCase } from '../support/cases';

function findCase(name: string): FailingCase {
  const found = sharedCases.find((failing) => failing.name === name);
  if (!found) throw new Error(`case ${name} is missing`);
  return found;
}

async function pasteInto(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (text !== '') {
    await user.click(field);
    await user.paste(text);
  }
}

async function pasteCase(failing: FailingCase) {
  const user = userEvent.setup();
  render(<App />);
  await pasteInto(user, 'ApiAppSecret', failing.secret);
  await pasteInto(user, 'Failing request', failing.input.curl ?? failing.input.http ?? '');
  await pasteInto(user, 'Server response', failing.input.serverResponse ?? '');
  await pasteInto(user, 'Client signing string', failing.input.clientSigningString ?? '');
  return user;
}

function diagnosis() {
  return screen.getByRole('region', { name: 'Diagnosis' });
}

describe('the Compare section', () => {
  it('is a region named Compare with the three paste fields', () => {
    render(<App />);
    const compare = screen.getByRole('region', { name: 'Compare' });
    for (const label of ['Failing request', 'Server response', 'Client signing string']) {
      expect(within(compare).getByLabelText(label)).toBeInTheDocument();
    }
  });

  it('asks for a failing request before anything is pasted', async () => {
    render(<App />);
    expect(
      await within(diagnosis()).findByText(/Paste a failing request to see what is wrong/),
    ).toBeVisible();
  });

  it.each(['stage-left-in-path', 'charset-added-to-content-type', 'signature-in-hex'])(
    'names the cause of case %s, with its fix and the correct signature in full',
    async (name) => {
      const failing = findCase(name);
      await pasteCase(failing);

      const causes = await within(diagnosis()).findByRole('list', { name: 'Causes' });
      const ids = within(causes)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.cause-id')?.textContent);
      expect(ids).toEqual(failing.expect.causes);
      expect(within(causes).getAllByText(/^Fix:/)).toHaveLength(failing.expect.causes.length);
      expect(within(diagnosis()).getByLabelText('Correct signature')).toHaveValue(
        failing.expect.correctSignature,
      );
    },
  );

  it('names the differing line of a signing string in words, not by colour alone', async () => {
    await pasteCase(findCase('charset-added-to-content-type'));

    expect(
      (await within(diagnosis()).findAllByText(/differs: ";·charset=utf-8" missing at column 17/))
        .length,
    ).toBeGreaterThan(0);
  });

  it('shows a bad paste beside its field, saying where it broke', async () => {
    const user = userEvent.setup();
    render(<App />);
    await pasteInto(user, 'Failing request', "curl 'https://h/a' \\\n  -H 'x-date: Fri");

    const field = screen.getByLabelText('Failing request');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(field).toHaveAccessibleDescription(/The ' opened at line 2, column 6 is never closed/);
  });

  it('diagnoses a lone surrogate, with a note beside the field instead of a failure', async () => {
    const user = userEvent.setup();
    render(<App />);
    await pasteInto(user, 'ApiAppSecret', 's');
    await pasteInto(
      user,
      'Failing request',
      "curl 'https://h/release/x' --data-urlencode $'q=\\ud800'",
    );

    const field = screen.getByLabelText('Failing request');
    await waitFor(() => expect(field).toHaveAccessibleDescription(/lone surrogate U\+D800/));
    const region = screen.getByRole('region', { name: 'Diagnosis' });
    expect(within(region).queryByText(/The diagnosis failed/)).toBeNull();
    expect(within(region).queryByText('Diagnosing…')).toBeNull();
  });

  it('loads the pasted request into the main form, where it signs to the correct signature', async () => {
    const failing = findCase('stage-left-in-path');
    const user = await pasteCase(failing);
    await within(diagnosis()).findByRole('list', { name: 'Causes' });

    await user.click(screen.getByRole('button', { name: 'Load into the form' }));

    expect(screen.getByLabelText('URL')).toHaveValue(
      'https://service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com/release/v1/users?id=3',
    );
    expect(screen.getByLabelText('x-date')).toHaveValue('Fri, 20 Nov 2026 09:15:00 GMT');
    await waitFor(() =>
      expect(screen.getByLabelText('Signature')).toHaveValue(failing.expect.correctSignature),
    );
    expect(screen.getByText(/^Loaded into the form above/)).toBeVisible();
  });

  it('shows a loaded method that is not a standard one in the Method select', async () => {
    const user = userEvent.setup();
    render(<App />);
    await pasteInto(user, 'Failing request', "curl -X PURGE 'https://h/release/cache'");
    await user.click(await screen.findByRole('button', { name: 'Load into the form' }));

    const select = screen.getByRole('combobox', { name: 'Method' });
    expect(select).toHaveValue('PURGE');
    expect(within(select).getByRole('option', { name: 'PURGE' })).toHaveProperty('selected', true);
  });

  it('counts an old x-date only when the user says the request was sent just now', async () => {
    const user = await pasteCase(findCase('stage-left-in-path'));
    expect(await within(diagnosis()).findByText(/before now/)).toBeVisible();

    await user.click(screen.getByLabelText('The client sent this request just now'));

    expect(await within(diagnosis()).findByText('date-expired')).toBeVisible();
  });
});
