import { decodeSharedRequest } from '../../share/decode-shared-request';
import { encodeSharedRequest } from '../../share/encode-shared-request';
import { findSharedRequest, formatShareLink } from '../../share/share-fragment';
import { SHARE_FORMAT, type SharedRequest } from '../../share/shared-request';
import { formatXDate } from '../../signing/x-date';
import { isHttpToken } from '../../signing/http-token';
import type { FormState } from '../form-state';

/**
 * The most text a share link carries. Its compressed form stays far below the 2 MiB of
 * Chromium's longest URL, and encoding it on each change takes well under a frame.
 */
export const SHAREABLE_CHARACTERS = 256 * 1024;

/** A message shown above the form: how a link opened, or why it did not. */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

export type ShareLinkResult =
  { readonly ok: true; readonly link: string } | { readonly ok: false; readonly message: string };

/** Everything in the form that a link carries: all but the secret. */
export function toSharedRequest(form: FormState): SharedRequest {
  return {
    key: form.key,
    algorithm: form.algorithm,
    method: form.method,
    url: form.url,
    accept: form.accept,
    contentType: form.contentType,
    body: form.body,
    xDate: form.xDateMode === 'live' ? null : form.xDate,
    signedHeaders: form.signedHeaders.map(({ name, value }) => ({ name, value })),
    options: form.options,
  };
}

/** The share link for a form, or why there is none. */
export function makeShareLink(form: FormState, pageUrl: string): ShareLinkResult {
  const size = measureRequest(form);
  if (size > SHAREABLE_CHARACTERS) {
    return {
      ok: false,
      message: `This request holds ${size.toLocaleString('en')} characters, more than a share link carries (${SHAREABLE_CHARACTERS.toLocaleString('en')}).`,
    };
  }
  return { ok: true, link: formatShareLink(pageUrl, encodeSharedRequest(toSharedRequest(form))) };
}

/**
 * Reads a page fragment. Undefined when it holds no shared request; otherwise the form to open,
 * with an empty secret, or a notice saying why the link could not be read.
 */
export function openShareLink(
  fragment: string,
  epochMs: number,
): { readonly form?: FormState; readonly notice: Notice } | undefined {
  const encoded = findSharedRequest(fragment);
  if (encoded === undefined) return undefined;

  const decoded = decodeSharedRequest(encoded);
  if (!decoded.ok) {
    const text =
      decoded.problem === 'other-format'
        ? `This share link was made by another version of the playground (link format ${decoded.format}; this page reads format ${SHARE_FORMAT}), so it could not be opened.`
        : `This share link is damaged (${decoded.detail}), so it could not be opened.`;
    return { notice: { kind: 'error', text } };
  }
  // Any method the form can sign may be shared, PURGE loaded from Compare included.
  if (!isHttpToken(decoded.request.method)) {
    const text = `This share link is damaged (its method "${decoded.request.method}" is not an HTTP method), so it could not be opened.`;
    return { notice: { kind: 'error', text } };
  }

  const text =
    'Opened a shared request. Every field is as it was shared except the ApiAppSecret, which links never carry: enter it to sign.';
  return { form: toForm(decoded.request, epochMs), notice: { kind: 'info', text } };
}

function toForm(request: SharedRequest, epochMs: number): FormState {
  return {
    ...request,
    secret: '',
    xDate: request.xDate ?? formatXDate(epochMs),
    xDateMode: request.xDate === null ? 'live' : 'typed',
    signedHeaders: request.signedHeaders.map((header, index) => ({ id: index + 1, ...header })),
  };
}

function measureRequest(form: FormState): number {
  const texts = [form.key, form.method, form.url, form.accept, form.contentType, form.body];
  const headers = form.signedHeaders.flatMap(({ name, value }) => [name, value]);
  return [...texts, form.xDate, ...headers].reduce((total, text) => total + text.length, 0);
}
