import { createHash } from 'node:crypto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { EDITABLE_BODY_LIMIT } from '../../src/ui/BodyField';
import { EXAMPLE_FORM } from '../../src/ui/form-state';

const JSON_FORM = { ...EXAMPLE_FORM, contentType: 'application/json', body: '' };

/** Whether the page kept the next paste from the text box, which would lay out all of it. */
function watchPaste() {
  const seen: boolean[] = [];
  document.addEventListener('paste', (event) => seen.push(event.defaultPrevented), { once: true });
  return seen;
}

function contentMd5Of(body: string): string {
  const hex = createHash('md5').update(body, 'utf8').digest('hex');
  return Buffer.from(hex).toString('base64');
}

describe('the body field', () => {
  it('takes a paste too large to edit into the form and shows its start, read-only', async () => {
    const user = userEvent.setup();
    const big = `{"data":"${'x'.repeat(EDITABLE_BODY_LIMIT)}"}`;
    render(<App initialForm={JSON_FORM} />);

    await user.click(screen.getByLabelText('Body'));
    const kept = watchPaste();
    await user.paste(big);

    expect(kept).toEqual([true]);
    const box = screen.getByLabelText('Body');
    expect(box).toHaveAttribute('readonly');
    expect((box as HTMLTextAreaElement).value).toBe(big.slice(0, 2000));
    expect(box).toHaveAccessibleDescription(expect.stringContaining('too many to edit here'));
    expect(await screen.findAllByText(contentMd5Of(big), {}, { timeout: 5000 })).not.toEqual([]);
  });

  it('replaces a large body with the next paste and clears it on request', async () => {
    const user = userEvent.setup();
    render(<App initialForm={{ ...JSON_FORM, body: 'y'.repeat(EDITABLE_BODY_LIMIT + 1) }} />);

    await user.click(screen.getByLabelText('Body'));
    await user.paste('{"small":true}');
    expect(screen.getByLabelText('Body')).toHaveValue('{"small":true}');
    expect(screen.getByLabelText('Body')).not.toHaveAttribute('readonly');

    await user.paste('z'.repeat(EDITABLE_BODY_LIMIT));
    await user.click(screen.getByRole('button', { name: 'Clear body' }));
    expect(screen.getByLabelText('Body')).toHaveValue('');
  });

  it('turns CRLF into LF in a large paste, as the text box does with a small one', async () => {
    const user = userEvent.setup();
    const lines = 'line\r\n'.repeat(EDITABLE_BODY_LIMIT / 4);
    render(<App initialForm={JSON_FORM} />);

    await user.click(screen.getByLabelText('Body'));
    await user.paste(lines);

    const expected = lines.replace(/\r\n/g, '\n');
    expect(await screen.findAllByText(contentMd5Of(expected), {}, { timeout: 5000 })).not.toEqual(
      [],
    );
  });

  it('leaves a paste that keeps the body small to the text box', async () => {
    const user = userEvent.setup();
    render(<App initialForm={JSON_FORM} />);

    await user.click(screen.getByLabelText('Body'));
    const kept = watchPaste();
    await user.paste('{"a":1}');

    expect(kept).toEqual([false]);
    expect(screen.getByLabelText('Body')).toHaveValue('{"a":1}');
    expect(await screen.findAllByText(contentMd5Of('{"a":1}'))).not.toEqual([]);
  });
});
