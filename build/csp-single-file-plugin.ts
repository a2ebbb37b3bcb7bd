import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { addSources, removeSource, rewritePolicyMeta } from './content-security-policy.ts';

const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** The CSP hash source of a piece of inline code: `'sha256-<Base64 of its UTF-8 bytes>'`. */
export function hashSource(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * Fits index.html's policy to the single-file build, whose code is all inline and which opens
 * from disk. Each inline script and style is allowed by its hash (never `'unsafe-inline'`);
 * `'self'` goes from every directive, since on a file:// page it would mean other local files;
 * and the worker that hashes large bodies runs from a blob: URL, the only place an inlined
 * worker can come from. Runs after vite-plugin-singlefile has inlined everything.
 */
export function cspSingleFilePlugin(): Plugin {
  return {
    name: 'apigw:csp-single-file',
    apply: 'build',
    enforce: 'post',
    onLog(_level, log) {
      // vite-plugin-singlefile checks the policy before the hashes below are in it.
      const stale = log.plugin === 'vite:singlefile' && log.message.includes('Content-Security');
      return stale ? false : undefined;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          asset.source = fitPolicy(String(asset.source));
        }
      },
    },
  };
}

function fitPolicy(html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => hashSource(match[1] ?? ''));
  const styles = [...html.matchAll(INLINE_STYLE)].map((match) => hashSource(match[1] ?? ''));

  return rewritePolicyMeta(html, (policy) => {
    const withoutSelf = removeSource(policy, "'self'");
    const withScripts = addSources(withoutSelf, 'script-src', scripts);
    const withStyles = addSources(withScripts, 'style-src', styles);
    return addSources(withStyles, 'worker-src', ['blob:']);
  });
}
