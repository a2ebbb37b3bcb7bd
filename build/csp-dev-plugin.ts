import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';
import { addSources, hoistPolicyMeta, rewritePolicyMeta } from './content-security-policy.ts';

/**
 * Lets the dev server (`npm start`) run under index.html's policy with two additions, and no
 * `'unsafe-inline'`: a nonce, fresh for each server start, which Vite puts on the React
 * refresh preamble (an inline script) and on the style elements it injects for hot reload;
 * and `connect-src 'self'` for the hot-reload websocket (CSP Level 3's `'self'` covers ws: to
 * the same host and port). The built page carries index.html's policy untouched.
 */
export function cspDevPlugin(): Plugin {
  const nonce = randomBytes(18).toString('base64');
  const source = `'nonce-${nonce}'`;

  return {
    name: 'apigw:csp-dev',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const relaxed = rewritePolicyMeta(html, (policy) => {
          const scripts = addSources(policy, 'script-src', [source]);
          const styles = addSources(scripts, 'style-src', [source]);
          return addSources(styles, 'connect-src', ["'self'"]);
        });
        return hoistPolicyMeta(relaxed);
      },
    },
  };
}
