import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { compareUtf8 } from '../signing/compare-bytes';
import { computeContentMd5, isFormContentType } from '../signing/content-md5';
import { trimHeaderValue } from '../signing/http-token';
import {
  formatParameters,
  sortPairs,
  splitPairs,
  toSignedPairs,
  type DecodeProblem,
  type SignedPair,
} from '../signing/parameters';
import { removeStagePrefix, STAGES } from '../signing/remove-stage';
import { collectSignedHeaders, formatHeaderLine } from '../signing/signed-headers';
import type { VariantContext } from './variant-context';
import type { VariantSettings } from './variant-settings';

/** The lines of a signing string, without line ends, as one variant of the rules builds them. */
export interface VariantLines {
  readonly headers: readonly string[];
  readonly method: string;
  readonly accept: string;
  readonly contentType: string;
  readonly contentMd5: string;
  readonly path: string;
}

/**
 * Builds each line of the signing string under a variant of the rules, from the core's own
 * stage functions; with the default settings it gives what buildSigningLines gives.
 */
export function buildVariantLines(
  context: VariantContext,
  settings: VariantSettings,
): VariantLines {
  const input = context.input;
  const contentType = trimHeaderValue(input.contentType);
  return {
    headers: buildHeaderLines(context, settings),
    method: settings.method === 'upper' ? input.method.toUpperCase() : input.method.toLowerCase(),
    accept: settings.accept === 'empty' ? '' : trimHeaderValue(input.accept),
    contentType: varyContentType(contentType, settings.contentType),
    contentMd5: buildContentMd5(input.body, contentType, settings.md5, context.sentContentMd5),
    path: buildPath(context, contentType, settings),
  };
}

/** Joins variant lines as the client would: LF by default, or one of the line-end variants. */
export function joinVariantLines(
  lines: VariantLines,
  lineEnds: VariantSettings['lineEnds'],
): string {
  const fields = [lines.method, lines.accept, lines.contentType, lines.contentMd5, lines.path];
  const end = lineEnds === 'crlf' ? '\r\n' : '\n';
  const headerBlock = lines.headers.map((line) => line + end).join('');

  if (lineEnds === 'trailing-lf') return `${headerBlock}${fields.join(end)}\n`;
  if (lineEnds === 'blank-after-headers') return `${headerBlock}\n${fields.join(end)}`;
  if (lineEnds === 'empty-lines-dropped') {
    return headerBlock + fields.filter((field) => field !== '').join(end);
  }
  return headerBlock + fields.join(end);
}

function buildHeaderLines(context: VariantContext, settings: VariantSettings): string[] {
  const input = context.input;
  let headers = collectSignedHeaders(input.xDate, input.signedHeaders);
  if (settings.headerSet === 'x-date-only') headers = headers.filter((h) => h.name === 'x-date');
  if (settings.headerOrder !== 'sorted') {
    const order = settings.headerOrder === 'as-listed' ? context.listedOrder : context.sentOrder;
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    headers = [...headers].sort((a, b) => rank(a.name) - rank(b.name));
  }

  const sentCase = settings.headerLine.startsWith('sent-case');
  const noSpace = settings.headerLine.endsWith('no-space');
  return headers.map((header) => {
    const name = sentCase ? (context.sentNames.get(header.name) ?? header.name) : header.name;
    // "Name: value" is the usual way to write a header, so one space after the colon is not
    // part of the value even for a client that signs values untrimmed.
    const value =
      settings.headerValue === 'as-written' ? header.typed.value.replace(/^ /, '') : header.value;
    return noSpace ? `${name}:${value}` : formatHeaderLine({ name, value }).slice(0, -1);
  });
}

function varyContentType(contentType: string, choice: VariantSettings['contentType']): string {
  if (choice === 'empty') return '';
  const mediaType = (contentType.split(';')[0] ?? '').trim();
  if (choice === 'media-type-only') return mediaType;
  if (choice === 'charset-added' && contentType !== '') return `${mediaType}; charset=utf-8`;
  if (choice === 'charset-added-compact' && contentType !== '') return `${mediaType};charset=UTF-8`;
  return contentType;
}

function buildContentMd5(
  body: string,
  contentType: string,
  choice: VariantSettings['md5'],
  sent: string | undefined,
): string {
  if (choice === 'as-sent-header') return sent ?? '';
  const form = isFormContentType(contentType);
  if (body === '' || choice === 'empty' || (form && choice !== 'on-form')) return '';
  if (!form && choice === 'on-form') return computeContentMd5(encode(body), 'hex');

  const bytes = encode(body);
  if (choice === 'hex') return bytesToHex(md5(bytes));
  return computeContentMd5(bytes, choice === 'base64-raw' ? 'raw' : 'hex');
}

function buildPath(
  context: VariantContext,
  contentType: string,
  settings: VariantSettings,
): string {
  const path = varyStage(context.target.path, settings.stage);
  const problems: DecodeProblem[] = [];
  const values = settings.values === 'as-sent' ? 'raw' : 'decoded';
  const formText =
    isFormContentType(contentType) && settings.form === 'merged' ? context.input.body : '';

  const query = keepRepeated(
    toSignedPairs(splitPairs(context.target.query), 'query', values, problems),
    settings.repeated,
  );
  const form = keepRepeated(
    toSignedPairs(splitPairs(formText), 'form', values, problems),
    settings.repeated,
  );
  const ordered = orderPairs(query, form, settings.order, settings.emptyValue);
  const parameters =
    settings.emptyValue === 'key-alone'
      ? formatParameters(ordered)
      : ordered.map(({ key, value }) => `${key}=${value}`).join('&');
  return parameters === '' ? path : `${path}?${parameters}`;
}

function varyStage(path: string, choice: VariantSettings['stage']): string {
  if (choice === 'whole-segment') return removeStagePrefix(path).path;
  if (choice === 'kept') return path === '' ? '/' : path;
  const stage = STAGES.find((name) => path.startsWith(`/${name}`));
  const cut = stage === undefined ? path : path.slice(stage.length + 1);
  return cut === '' ? '/' : cut;
}

function keepRepeated(pairs: SignedPair[], choice: VariantSettings['repeated']): SignedPair[] {
  if (choice === 'all') return pairs;
  const kept = new Map<string, SignedPair>();
  for (const pair of pairs) {
    if (choice === 'last' || !kept.has(pair.key)) kept.set(pair.key, pair);
  }
  return pairs.filter((pair) => kept.get(pair.key) === pair);
}

function orderPairs(
  query: readonly SignedPair[],
  form: readonly SignedPair[],
  choice: VariantSettings['order'],
  emptyValue: VariantSettings['emptyValue'],
): readonly SignedPair[] {
  if (choice === 'by-key') return sortPairs([...query, ...form]);
  if (choice === 'as-sent') return [...query, ...form];
  if (choice === 'query-then-form') return [...sortPairs(query), ...sortPairs(form)];

  const written = (pair: SignedPair) =>
    pair.value === '' && emptyValue === 'key-alone' ? pair.key : `${pair.key}=${pair.value}`;
  return [...query, ...form].sort((a, b) => compareUtf8(written(a), written(b)));
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
