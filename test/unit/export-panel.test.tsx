import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { appAuthVectors } from '../support/vectors';

const DOCUMENTED = appAuthVectors[0];

describe('the export panel', () => {
  it('shows a curl command carrying the documented Authorization', async () => {
    render(<App />);
    const output = screen.getByLabelText('curl', { selector: 'textarea' });
    await screen.findByText(/--data-binary/, { selector: 'textarea' });
    expect(output.textContent).toContain(`Authorization: ${DOCUMENTED?.expected.authorization}`);
    expect(output.textContent).toContain("-H 'Accept: application/json'");
  });

  it('switches the command to PowerShell and cmd', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByText(/--data-binary/, { selector: 'textarea' });

    await user.selectOptions(screen.getByLabelText('Shell'), 'PowerShell');
    expect(screen.getByLabelText('curl', { selector: 'textarea' })).toHaveTextContent(
      'curl.exe --config $config',
    );
    await user.selectOptions(screen.getByLabelText('Shell'), 'Windows cmd');
    expect(screen.getByLabelText('curl', { selector: 'textarea' })).toHaveTextContent(/^curl\.exe/);
  });

  it('says the documented x-date expired years ago, and refreshes it to a fixed time', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(await screen.findByText(/^Expired \d+ years ago: the gateway accepts/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Refresh x-date' }));
    expect(await screen.findByText(/^Valid for another 1[45] min( \d+ s)?, until /)).toBeVisible();
    expect(screen.getByText(/^Fixed\./)).toBeVisible();
  });

  it('says when x-date follows the clock that the command is signed anew', async () => {
    const user = userEvent.setup();
    render(<App />);

    await user.click(screen.getByRole('button', { name: 'Now' }));
    expect(await screen.findByText(/^x-date follows the clock/)).toBeVisible();
  });

  it('keeps the secret out of the code until the user opts in, then warns', async () => {
    const user = userEvent.setup();
    render(<App />);
    const code = () => screen.getByLabelText('Code', { selector: 'textarea' }).textContent ?? '';
    await screen.findByText(/APIGW_APP_SECRET/, { selector: 'textarea' });
    expect(code()).not.toContain(DOCUMENTED?.secret);

    await user.click(screen.getByRole('checkbox', { name: 'Embed the ApiAppSecret in the code' }));
    expect(code()).toContain(DOCUMENTED?.secret);
    expect(screen.getByRole('alert')).toHaveTextContent(/anyone who sees it can sign/);
  });

  it('offers code for every language of the issue', async () => {
    const user = userEvent.setup();
    render(<App />);
    for (const [label, marker] of [
      ['Node.js (fetch)', "from 'node:crypto'"],
      ['Go (net/http)', 'net/http'],
      ['Java (java.net.http)', 'java.net.http'],
      ['bash with openssl', 'openssl dgst'],
      ['Python (requests)', 'import requests'],
    ] as const) {
      await user.selectOptions(screen.getByLabelText('Language'), label);
      expect(screen.getByLabelText('Code', { selector: 'textarea' })).toHaveTextContent(marker);
    }
  });
});
