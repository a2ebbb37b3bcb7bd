import { base64 } from '@scure/base';
import { signRequest } from '../signing/sign-request';
import { buildSigningLines, joinSigningLines } from '../signing/signing-lines';
import { ALGORITHMS, DEFAULT_OPTIONS, type Algorithm } from '../signing/types';
import { parseXDate, X_DATE_WINDOW_SECONDS } from '../signing/x-date';
import { analyseSigningString, type SigningStringAnalysis } from './analyse-signing-string';
import { checkAuthorization } from './check-authorization';
import { checkContentMd5 } from './check-content-md5';
import { checkLoggedString } from './check-logged-string';
import { checkXDate, describeSeconds } from './check-x-date';
import { decodeSignature } from './decode-signature';
import { describeSearch } from './describe-search';
import type { ComparedStrings, Diagnosis, DiagnoseInput, ExpectedSigning } from './diagnosis-types';
import { diffSigningStrings } from './diff-signing-strings';
import type { Finding } from './finding';
import { mergeFindings } from './merge-findings';
import { parseAuthorization, type ParsedAuthorization } from './parse-authorization';
import { parseFailingRequest } from './parse-failing-request';
import { parseServerResponse } from './parse-server-response';
import type { ParsedRequest } from './paste-types';
import { readSigningString } from './read-signing-string';
import { equalBytes, searchVariants } from './search-variants';
import { buildVariantContext, findHeader, type VariantContext } from './variant-context';

// One file for the whole flow, since each step feeds the next; every check it calls lives in
// a file of its own.

/**
 * Everything that can be learnt from what a user pasted about why a client's signature fails:
 * the request as understood, the signing string, signature and Authorization the rules give,
 * whether the client's signature matches, and every cause found (causes.md), from the
 * request itself, from the client's signing string, from the gateway's echo, and from
 * recomputing the signature under the variants of spec §2, singly and in pairs.
 * Bad pastes come back as errors tied to their field; this never throws for user input.
 */
export async function diagnose(input: DiagnoseInput): Promise<Diagnosis> {
  if (typeof input.secret !== 'string') throw new TypeError('diagnose: secret must be a string');
  if (!Number.isFinite(input.now)) throw new RangeError('diagnose: now must be a finite number');

  const { logged, ...base } = readOptionalPastes(input);
  const parsed = parseFailingRequest(input.request);
  if (!parsed.ok) return { ...base, errors: { ...base.errors, request: parsed.error } };
  const request = parsed.value;
  const warnings = { ...base.warnings, request: request.warnings };

  const authorizationHeader = findHeader(request, 'authorization');
  const authorizationResult = authorizationHeader && parseAuthorization(authorizationHeader.value);
  const authorization = authorizationResult?.ok ? authorizationResult.value : undefined;
  const context = buildVariantContext(request, authorization?.headerNames ?? []);
  if (!context) {
    const message = `The URL "${request.url}" does not parse: expected http:// or https://, a host, then the path.`;
    return { ...base, warnings, request, errors: { ...base.errors, request: { message } } };
  }

  const findings = checkRequest(
    request,
    authorizationHeader?.value,
    authorizationResult,
    input.sentAt,
  );
  const algorithm = pickAlgorithm(authorization?.algorithm);
  const expected = await signExpected(context, authorization, algorithm, input.secret);
  const clientSignature = authorization?.signature;
  const decoded = clientSignature === undefined ? undefined : decodeSignature(clientSignature);
  const expectedBytes =
    expected.signature === undefined ? undefined : base64.decode(expected.signature);
  const verdict =
    clientSignature === undefined || !expectedBytes
      ? 'unknown'
      : clientSignature === expected.signature
        ? 'matches'
        : decoded?.bytes && equalBytes(decoded.bytes, expectedBytes)
          ? 'same-bytes'
          : 'differs';

  const comparisons: ComparedStrings[] = [];
  const notes = describeAge(request, input, authorization);
  const analysis = logged === undefined ? undefined : analyseSigningString(context, logged);
  if (logged !== undefined) {
    comparisons.push(
      compare(
        "Client's signing string vs. the rules",
        'rules',
        'client',
        expected.signingString,
        logged,
      ),
    );
    findings.push(...(analysis?.findings ?? []));
  }

  const echo = base.serverError?.stringToSign;
  if (base.serverError?.cause) {
    findings.push({
      cause: base.serverError.cause,
      source: 'server',
      sentence: `The gateway answered "${base.serverError.message}".`,
    });
  }
  if (echo !== undefined) {
    comparisons.push(
      compare("Gateway's echo vs. the rules", 'rules', 'gateway', expected.signingString, echo),
    );
    if (logged !== undefined)
      comparisons.push(
        compare(
          "Client's signing string vs. the gateway's echo",
          'gateway',
          'client',
          echo,
          logged,
        ),
      );
    notes.push(
      echo === expected.signingString
        ? "The gateway's echo equals the signing string computed here, so the rules used here are the gateway's for this request."
        : "The gateway's echo differs from the signing string computed here (see the diff). The gateway is the authority on what it signs: trust its echo, and please report the difference.",
    );
  }

  if (verdict === 'differs' && decoded?.bytes) {
    const bytes = decoded.bytes;
    let explained = false;
    if (logged !== undefined && analysis) {
      const check = await checkLoggedString(logged, input.secret, algorithm, bytes);
      findings.push(...check.findings);
      explained = check.reproduces && isExplained(analysis);
    }
    if (!explained) {
      const search = await searchVariants(context, {
        secret: input.secret,
        algorithm,
        signature: bytes,
      });
      const explainedElsewhere = analysis !== undefined && analysis.findings.length > 0;
      const found = describeSearch(search, explainedElsewhere || request.bodyDoubt !== undefined);
      findings.push(...found);
      if (found.length === 0 && !explainedElsewhere && request.bodyDoubt !== undefined) {
        notes.push(
          `Nothing tried reproduces the client's signature, but the secret is not blamed: ${request.bodyDoubt}`,
        );
      }
    }
  }

  return {
    ...base,
    warnings,
    request,
    ...(authorization ? { authorization } : {}),
    expected,
    ...(clientSignature !== undefined && decoded
      ? { clientSignature: { text: clientSignature, encoding: decoded.encoding } }
      : {}),
    verdict,
    causes: mergeFindings(findings),
    unexplained: analysis?.unexplained ?? [],
    comparisons,
    notes,
  };
}

function readOptionalPastes(input: DiagnoseInput) {
  const errors: Diagnosis['errors'] = {};
  const warnings: Diagnosis['warnings'] = {};
  let serverError;
  let logged;

  if (input.serverResponse.trim() !== '') {
    const server = parseServerResponse(input.serverResponse);
    if (server.ok) [serverError, warnings.serverResponse] = [server.value, server.value.warnings];
    else errors.serverResponse = server.error;
  }
  if (input.clientSigningString.trim() !== '') {
    const read = readSigningString(input.clientSigningString);
    if (read.ok) [logged, warnings.clientSigningString] = [read.value.value, read.value.warnings];
    else errors.clientSigningString = read.error;
  }
  if (input.secret === '')
    errors.secret = {
      message: 'Enter the ApiAppSecret in the form to compute the signature and compare it.',
    };

  return {
    errors,
    warnings,
    verdict: 'unknown' as const,
    causes: [],
    unexplained: [],
    comparisons: [],
    notes: [],
    ...(serverError ? { serverError } : {}),
    logged,
  };
}

function checkRequest(
  request: ParsedRequest,
  header: string | undefined,
  result: ReturnType<typeof parseAuthorization> | undefined,
  sentAt: number | undefined,
): Finding[] {
  const findings: Finding[] = [];
  if (header === undefined) {
    findings.push({
      cause: 'auth-syntax',
      source: 'request',
      sentence: 'The request sends no Authorization header.',
    });
  } else if (result && !result.ok) {
    findings.push({ cause: 'auth-syntax', source: 'request', sentence: result.error.message });
  } else if (result?.ok) {
    findings.push(...checkAuthorization(request, result.value));
  }

  findings.push(...checkXDate(findHeader(request, 'x-date')?.value, sentAt));
  const contentType = findHeader(request, 'content-type')?.value ?? '';
  findings.push(
    ...checkContentMd5(findHeader(request, 'content-md5')?.value, request.body, contentType),
  );
  return findings;
}

function pickAlgorithm(declared: string | undefined): Algorithm {
  return ALGORITHMS.find((algorithm) => algorithm === declared) ?? 'hmac-sha1';
}

async function signExpected(
  context: VariantContext,
  authorization: ParsedAuthorization | undefined,
  algorithm: Algorithm,
  secret: string,
): Promise<ExpectedSigning> {
  const built = buildSigningLines(context.input, DEFAULT_OPTIONS);
  if (!built) throw new Error('diagnose: the URL parsed for the context but not for signing');
  const signingString = joinSigningLines(built.lines);
  if (secret === '') return { lines: built.lines, signingString, algorithm };

  const signed = await signRequest(built, { key: authorization?.id ?? '', secret, algorithm });
  return {
    lines: built.lines,
    signingString,
    algorithm,
    signature: signed.signature,
    authorization: signed.authorization,
  };
}

function describeAge(
  request: ParsedRequest,
  input: DiagnoseInput,
  authorization: ParsedAuthorization | undefined,
): string[] {
  const notes: string[] = [];
  if (authorization?.algorithm && !ALGORITHMS.some((name) => name === authorization.algorithm)) {
    notes.push(
      `The client declares ${authorization.algorithm}; this page signs with hmac-sha1 and hmac-sha256 only, so hmac-sha1 is used here.`,
    );
  }
  const xDate = parseXDate(findHeader(request, 'x-date')?.value ?? '');
  if (xDate === undefined || input.sentAt !== undefined) return notes;
  const seconds = Math.round((input.now - xDate) / 1000);
  if (Math.abs(seconds) > X_DATE_WINDOW_SECONDS) {
    const direction = seconds > 0 ? 'before' : 'after';
    notes.push(
      `x-date is ${describeSeconds(Math.abs(seconds))} ${direction} now. A request from a log is judged by when it was sent, so this is not a cause; if the client sent it just now, the gateway refuses it as out of date (date-expired): tick "The client sent this request just now" to check the ${X_DATE_WINDOW_SECONDS}-second window.`,
    );
  }
  return notes;
}

function compare(
  title: string,
  expectedName: string,
  foundName: string,
  expected: string,
  found: string,
): ComparedStrings {
  return { title, expectedName, foundName, diff: diffSigningStrings(expected, found) };
}

function isExplained(analysis: SigningStringAnalysis): boolean {
  return analysis.unexplained.length === 0;
}
