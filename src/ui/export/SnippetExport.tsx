import { useState } from 'react';
import type { ExportResult } from '../../export/exported-request';
import { findSnippetProblems, type SnippetLanguage } from '../../export/find-snippet-problems';
import { generateBashSnippet } from '../../export/snippet-bash';
import { generateGoSnippet } from '../../export/snippet-go';
import { generateJavaSnippet } from '../../export/snippet-java';
import { generateNodeSnippet } from '../../export/snippet-node';
import { generatePythonSnippet } from '../../export/snippet-python';
import {
  buildSnippetRequest,
  SECRET_VARIABLE,
  type SnippetRequest,
} from '../../export/snippet-request';
import { CopyButton } from '../CopyButton';
import { ReadOnlyValue } from '../ReadOnlyValue';
import type { SignedSnapshot } from '../use-signing';

const LANGUAGES = {
  python: { label: 'Python (requests)', generate: generatePythonSnippet },
  node: { label: 'Node.js (fetch)', generate: generateNodeSnippet },
  go: { label: 'Go (net/http)', generate: generateGoSnippet },
  java: { label: 'Java (java.net.http)', generate: generateJavaSnippet },
  bash: { label: 'bash with openssl', generate: generateBashSnippet },
} satisfies Record<string, { label: string; generate: (request: SnippetRequest) => string }>;

type Language = keyof typeof LANGUAGES & SnippetLanguage;

export interface SnippetExportProps {
  readonly snapshot: SignedSnapshot | undefined;
  readonly exported: ExportResult | undefined;
}

/** Code that signs at run time, so it never expires; the secret stays out unless asked for. */
export function SnippetExport({ snapshot, exported }: SnippetExportProps) {
  const [language, setLanguage] = useState<Language>('python');
  const [embedSecret, setEmbedSecret] = useState(false);

  const request =
    exported?.ok && snapshot
      ? buildSnippetRequest(
          exported.request,
          snapshot.built,
          {
            key: snapshot.form.key,
            algorithm: snapshot.form.algorithm,
            ...(embedSecret ? { secret: snapshot.form.secret } : {}),
          },
          snapshot.form.options,
        )
      : undefined;
  const problems = request ? findSnippetProblems(request, language) : [];
  const code = request && problems.length === 0 ? LANGUAGES[language].generate(request) : '';

  return (
    <section className="panel" aria-labelledby="snippet-heading">
      <h2 id="snippet-heading">Code that signs at run time</h2>
      <div className="output-head">
        <label htmlFor="snippet-language">Language</label>
        <select
          id="snippet-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {Object.entries(LANGUAGES).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <CopyButton label="Copy code" text={code} disabled={code === ''} />
      </div>
      <label className="checkbox embed-secret">
        <input
          type="checkbox"
          checked={embedSecret}
          onChange={(e) => setEmbedSecret(e.target.checked)}
        />{' '}
        Embed the ApiAppSecret in the code
      </label>
      {embedSecret ? (
        <p className="message message-warning callout callout-warning" role="alert">
          The secret is in the code below: anyone who sees it can sign requests as you.
        </p>
      ) : (
        <p className="hint">
          The code reads the secret from the environment variable <code>{SECRET_VARIABLE}</code>. In
          bash,{' '}
          <code>
            read -rs {SECRET_VARIABLE} && export {SECRET_VARIABLE}
          </code>{' '}
          sets it without leaving it in the shell's history.
        </p>
      )}
      {problems.length > 0 && (
        <ul className="message message-error callout callout-error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <label htmlFor="snippet-code" className="visually-hidden">
        Code
      </label>
      <ReadOnlyValue
        id="snippet-code"
        value={code || describeMissing(problems)}
        prompt={code === ''}
        code
      />
    </section>
  );
}

function describeMissing(problems: readonly string[]): string {
  return problems.length > 0
    ? 'No code for this language: the reason is above.'
    : 'Sign the request to get code.';
}
