import { trimHeaderValue } from '../signing/http-token';
import { checkContentMd5 } from './check-content-md5';
import type { Variant } from './variant-catalogue';
import type { VariantContext } from './variant-context';

/**
 * The variant "signed the Content-MD5 header it sent", when that header is not the one the
 * rules give: many clients compute the header once and sign that same value, whatever its
 * encoding or the bytes it hashed. Its cause is what is wrong with the header itself.
 */
export function findSentMd5Variant(context: VariantContext): Variant[] {
  const sent = context.sentContentMd5;
  if (sent === undefined) return [];
  const contentType = trimHeaderValue(context.input.contentType);
  const [problem] = checkContentMd5(sent, context.input.body, contentType);
  if (!problem) return [];

  return [
    {
      cause: problem.cause,
      choice: { aspect: 'md5', value: 'as-sent-header' },
      description: `signed the Content-MD5 header it sent, "${sent}"`,
    },
  ];
}
