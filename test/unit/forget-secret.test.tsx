import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';

describe('the secret field', () => {
  it('is masked, and kept out of autocomplete and spelling checks', () => {
    render(<App />);

    const secret = screen.getByLabelText('ApiAppSecret');
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveAttribute('autocomplete', 'off');
    expect(secret).toHaveAttribute('spellcheck', 'false');
  });

  it('forgets the secret, masks the field again and waits for a new one', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Show secret' }));

    await user.click(screen.getByRole('button', { name: 'Forget secret' }));

    const secret = screen.getByLabelText('ApiAppSecret');
    expect(secret).toHaveValue('');
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveFocus();
    expect(screen.getByLabelText('Signature', { selector: 'textarea' })).toHaveTextContent(
      'Enter the ApiAppSecret to compute the signature',
    );
  });
});
