import type { Algorithm, SigningInput, SigningOptions } from '../signing/types';
import { DEFAULT_OPTIONS } from '../signing/types';

/** An extra signed header row; `id` keeps React's keys stable while rows come and go. */
export interface HeaderRow {
  readonly id: number;
  readonly name: string;
  readonly value: string;
}

/** Everything the user typed. All that the page shows is derived from this. */
export interface FormState extends Omit<SigningInput, 'signedHeaders'> {
  readonly key: string;
  readonly secret: string;
  readonly algorithm: Algorithm;
  /** `live`: x-date follows the clock until the user types a date of their own. */
  readonly xDateMode: 'live' | 'typed';
  readonly signedHeaders: readonly HeaderRow[];
  readonly options: SigningOptions;
}

/** The documented date of the provider's example, with which it signs as the spec states. */
export const EXAMPLE_X_DATE = 'Mon, 02 Jan 2006 15:04:05 GMT';

/**
 * The provider's Python sample (spec §4) with its placeholder credentials and documented
 * x-date, so that a first visit shows a complete request whose signature can be checked
 * against the spec: IcmfuVj9sGHvoPyUWPakcGKjKNc=.
 */
export const EXAMPLE_FORM: FormState = {
  key: 'APID4I7Ic3DPy83aaaaaaaaan2fwtwe1ywl64fof',
  secret: '42A6S7ZUpK2UL6Faaaaaaaa1rz2qe22RU6h4mT5',
  algorithm: 'hmac-sha1',
  method: 'POST',
  url: 'http://service-xxxxxxxx-1234567890.hk.apigw.tencentcs.com/app',
  accept: 'application/json',
  contentType: 'application/x-www-form-urlencoded',
  body: 'arg1=a&arg2=b',
  xDate: EXAMPLE_X_DATE,
  xDateMode: 'typed',
  signedHeaders: [],
  options: DEFAULT_OPTIONS,
};

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
