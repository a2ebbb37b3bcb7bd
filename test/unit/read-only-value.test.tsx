import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LabelledValue } from '../../src/ui/LabelledValue';
import { DRAWN_CHARACTERS, ReadOnlyValue } from '../../src/ui/ReadOnlyValue';

describe('a computed value of megabytes', () => {
  it('draws its start and says how much more there is', () => {
    const value = `${'a'.repeat(DRAWN_CHARACTERS)}${'b'.repeat(5_000)}`;
    render(<ReadOnlyValue id="long" value={value} />);

    const box = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(box.value).toBe('a'.repeat(DRAWN_CHARACTERS));
    expect(box).toHaveAccessibleDescription(
      `Shows the first 20,000 of 25,000 characters; Copy copies them all.`,
    );
  });

  it('is copied whole', async () => {
    const user = userEvent.setup();
    const value = 'c'.repeat(DRAWN_CHARACTERS * 3);
    render(<LabelledValue id="long" label="Signing string" value={value} />);

    await user.click(screen.getByRole('button', { name: 'Copy Signing string' }));

    expect(await navigator.clipboard.readText()).toBe(value);
  });

  it('draws a value within the limit as it is, with no note', () => {
    render(<ReadOnlyValue id="short" value={'d'.repeat(DRAWN_CHARACTERS)} />);

    expect(screen.getByRole('textbox')).toHaveValue('d'.repeat(DRAWN_CHARACTERS));
    expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-describedby');
  });
});
