import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { EXAMPLE_FORM } from '../../src/ui/form-state';
import { parseXDate } from '../../src/signing/x-date';
import { appAuthVectors } from '../support/vectors';

// The provider's documented example and its signature (spec §4).
const DOCUMENTED_SIGNATURE = 'IcmfuVj9sGHvoPyUWPakcGKjKNc=';

function output(name: string) {
  return screen.getByLabelText(name, { selector: 'textarea' });
}

async function replace(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (text !== '') {
    await user.click(field);
    await user.paste(text);
  }
}

describe('the playground', () => {
  it('opens on the documented example and shows its documented signature', async () => {
    render(<App />);

    expect(await screen.findByDisplayValue(DOCUMENTED_SIGNATURE)).toBeVisible();
    expect(output('Authorization')).toHaveTextContent(
      `hmac id="APID4I7Ic3DPy83aaaaaaaaan2fwtwe1ywl64fof", algorithm="hmac-sha1", headers="x-date", signature="${DOCUMENTED_SIGNATURE}"`,
    );
    expect((output('Signing string') as HTMLTextAreaElement).value).toBe(
      appAuthVectors[0]?.expected.signingString,
    );
  });

  it('updates the signing string and signature as the user types a vector', async () => {
    const user = userEvent.setup();
    const vector = appAuthVectors.find((v) => v.name === 'json-body-md5-of-hex');
    if (!vector) throw new Error('vector json-body-md5-of-hex is missing');
    render(<App />);

    await replace(user, 'ApiAppKey', vector.key);
    await replace(user, 'ApiAppSecret', vector.secret);
    await replace(user, 'URL', vector.input.url);
    await replace(user, 'Content-Type', vector.input.contentType);
    await replace(user, 'Body', vector.input.body);

    expect(await screen.findByDisplayValue(vector.expected.signature)).toBeVisible();
    expect((output('Signing string') as HTMLTextAreaElement).value).toBe(
      vector.expected.signingString,
    );
    expect(output('Authorization')).toHaveTextContent(vector.expected.authorization);
    const md5Row = screen.getByText('Content-MD5', { selector: '.line-label' }).closest('li');
    expect(md5Row).toHaveTextContent('Base64 of the hex MD5 of 23 bytes');
  });

  it('signs an extra header added with the Add signed header button', async () => {
    const user = userEvent.setup();
    const vector = appAuthVectors.find((v) => v.name === 'extra-signed-header');
    if (!vector) throw new Error('vector extra-signed-header is missing');
    render(<App />);

    await replace(user, 'ApiAppKey', vector.key);
    await replace(user, 'ApiAppSecret', vector.secret);
    await replace(user, 'URL', vector.input.url);
    await replace(user, 'Body', vector.input.body);
    await replace(user, 'x-date', vector.input.xDate);
    await user.click(screen.getByRole('button', { name: 'Add signed header' }));
    await replace(user, 'Signed header name', 'Source');
    await replace(user, 'Signed header value', 'apigw test');

    expect(await screen.findByDisplayValue(vector.expected.signature)).toBeVisible();
    expect(output('Authorization')).toHaveTextContent('headers="source x-date"');
  });

  it('switches a variant and signs the raw-digest vector', async () => {
    const user = userEvent.setup();
    const vector = appAuthVectors.find((v) => v.name === 'json-body-md5-of-raw-digest');
    if (!vector) throw new Error('vector json-body-md5-of-raw-digest is missing');
    render(
      <App
        initialForm={{
          ...EXAMPLE_FORM,
          ...vector.input,
          key: vector.key,
          secret: vector.secret,
          signedHeaders: [],
        }}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Variants' }));
    await user.selectOptions(screen.getByLabelText('Content-MD5 encoding'), 'raw');

    expect(await screen.findByDisplayValue(vector.expected.signature)).toBeVisible();
    expect((output('Signing string') as HTMLTextAreaElement).value).toBe(
      vector.expected.signingString,
    );
  });

  it('reads the signature as a prompt while the secret is empty', async () => {
    const user = userEvent.setup();
    render(<App />);

    await user.clear(screen.getByLabelText('ApiAppSecret'));

    expect(output('Signature')).toHaveTextContent(
      'Enter the ApiAppSecret to compute the signature',
    );
    expect(screen.getByLabelText('ApiAppSecret')).toHaveAccessibleDescription(
      expect.stringContaining('Enter the ApiAppSecret'),
    );
  });

  it('shows a URL that does not parse beside the URL field and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<App />);

    await replace(user, 'URL', 'service-xxxx/app');

    const url = screen.getByLabelText('URL');
    expect(url).toHaveValue('service-xxxx/app');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(expect.stringContaining('http:// or https://'));
    expect(output('Signature')).toHaveTextContent('http:// or https://');
  });

  it('marks a signed header name that is not an HTTP token', async () => {
    const user = userEvent.setup();
    render(<App />);

    await user.click(screen.getByRole('button', { name: 'Add signed header' }));
    await replace(user, 'Signed header name', 'my header:');

    expect(screen.getByLabelText('Signed header name')).toHaveAccessibleDescription(
      expect.stringContaining('single HTTP token'),
    );
  });

  it('warns about an x-date that is not RFC 1123 and still signs it as typed', async () => {
    const user = userEvent.setup();
    render(<App />);

    await replace(user, 'x-date', '2006-01-02T15:04:05Z');

    expect(screen.getByLabelText('x-date')).toHaveAccessibleDescription(
      expect.stringContaining('Not an RFC 1123 GMT date'),
    );
    expect((output('Signing string') as HTMLTextAreaElement).value).toContain(
      'x-date: 2006-01-02T15:04:05Z\n',
    );
    expect(await screen.findByDisplayValue(/=$/)).toBeVisible();
  });

  it('sets x-date to the current time with Now', async () => {
    const user = userEvent.setup();
    render(<App />);

    await user.click(screen.getByRole('button', { name: 'Now' }));

    const typed = (screen.getByLabelText('x-date') as HTMLInputElement).value;
    const epochMs = parseXDate(typed);
    expect(epochMs).toBeDefined();
    expect(Math.abs((epochMs ?? 0) - Date.now())).toBeLessThan(5000);
  });

  it('shows each signing line with its label and reason', () => {
    render(<App />);

    const lines = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(lines.map((line) => line.querySelector('.line-label')?.textContent)).toEqual([
      'x-date',
      'HTTPMethod',
      'Accept',
      'Content-Type',
      'Content-MD5',
      'PathAndParameters',
    ]);
    expect(lines[4]).toHaveTextContent('form body, so empty');
    expect(lines[5]).toHaveTextContent('2 form parameters, sorted by key');
  });
});
