import { describe, expect, it } from 'vitest';
import type { ExportedRequest } from '../../src/export/exported-request';
import { formatCurl } from '../../src/ui/export/use-exports';

const HEAD_WITH_BODY: ExportedRequest = {
  method: 'HEAD',
  url: 'http://127.0.0.1/a',
  headers: [{ name: 'Content-Type', value: 'text/plain' }],
  body: 'hello',
};

describe('a HEAD request with a body', () => {
  it.each(['bash', 'powershell', 'cmd'] as const)(
    'gets no %s command, and a message saying why',
    (shell) => {
      const curl = formatCurl({ ok: true, request: HEAD_WITH_BODY }, shell);
      expect(curl.ok).toBe(false);
      expect(curl.ok ? [] : curl.problems).toEqual([expect.stringMatching(/HEAD.*body/)]);
    },
  );

  it('still gets a command without the body', () => {
    const curl = formatCurl({ ok: true, request: { ...HEAD_WITH_BODY, body: '' } }, 'bash');
    expect(curl.ok && curl.text).toContain('--head');
  });
});
