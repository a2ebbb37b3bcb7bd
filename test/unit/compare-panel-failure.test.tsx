import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';

// A diagnosis that rejects stands for any bug still left in the core.
vi.mock('../../src/compare/diagnose', () => ({
  diagnose: () => Promise.reject(new Error('a bug in the core')),
}));

describe('a diagnosis that fails', () => {
  it('says so once, and no longer claims to be diagnosing', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByLabelText('Failing request'));
    await user.paste('curl https://h/a');

    const region = screen.getByRole('region', { name: 'Diagnosis' });
    expect(await within(region).findByRole('alert')).toHaveTextContent(/a bug in the core/);
    expect(within(region).queryByText('Diagnosing…')).toBeNull();
  });
});
