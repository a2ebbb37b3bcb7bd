/** The stable ids of causes.md, in its order. */
export const CAUSE_IDS = [
  'accept-mismatch',
  'content-type-mismatch',
  'md5-raw-digest',
  'md5-hex',
  'md5-missing',
  'md5-on-form',
  'md5-body-mismatch',
  'stage-kept',
  'stage-prefix-cut',
  'params-unsorted',
  'params-string-sort',
  'params-encoded',
  'empty-value-equals',
  'duplicate-keys',
  'form-params-missing',
  'method-case',
  'header-line-format',
  'headers-unsorted',
  'header-value-space',
  'header-list-mismatch',
  'line-ends',
  'date-format',
  'date-expired',
  'auth-syntax',
  'signature-encoding',
  'algorithm-mismatch',
  'secret-whitespace',
  'secret-mismatch',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

/** What a cause concerns, and how to fix it, as the catalogue (causes.md) describes it. */
export interface CauseEntry {
  /** The part of the request or signing string the cause concerns, as causes.md names it. */
  readonly field: string;
  readonly fix: string;
}

export const CAUSE_CATALOGUE: Readonly<Record<CauseId, CauseEntry>> = {
  'accept-mismatch': {
    field: 'Accept',
    fix: 'Sign the Accept header exactly as it is sent. Set Accept explicitly in the client, since HTTP libraries and curl add */* on their own.',
  },
  'content-type-mismatch': {
    field: 'Content-Type',
    fix: 'Sign the Content-Type exactly as it is sent, parameters such as charset included, or set it explicitly so the library adds nothing.',
  },
  'md5-raw-digest': {
    field: 'Content-MD5',
    fix: 'Base64-encode the 32-character lower-case hex digest, not the 16 raw digest bytes, as every official sample does.',
  },
  'md5-hex': {
    field: 'Content-MD5',
    fix: 'Base64-encode the hex digest: the line holds Base64 of the 32 hex characters (44 characters in all).',
  },
  'md5-missing': {
    field: 'Content-MD5',
    fix: 'Compute Content-MD5 for every body that is not a form, sign it, and send it in a Content-MD5 header.',
  },
  'md5-on-form': {
    field: 'Content-MD5',
    fix: 'Leave the Content-MD5 line empty for a form body: its parameters are signed in PathAndParameters instead.',
  },
  'md5-body-mismatch': {
    field: 'Content-MD5',
    fix: 'Hash the exact bytes that are sent, after serialising the body once; do not re-serialise or re-encode it between hashing and sending.',
  },
  'stage-kept': {
    field: 'PathAndParameters',
    fix: 'Remove the leading /release, /prepub or /test segment from the signed path; keep it in the URL that is sent.',
  },
  'stage-prefix-cut': {
    field: 'PathAndParameters',
    fix: 'Remove a stage only as a whole path segment: /release/a becomes /a, but /testing stays /testing.',
  },
  'params-unsorted': {
    field: 'PathAndParameters',
    fix: 'Merge the query and form parameters and sort them by key in byte order before signing.',
  },
  'params-string-sort': {
    field: 'PathAndParameters',
    fix: 'Sort by key, then by value, not by the whole key=value text: a=1 comes before a-b=2.',
  },
  'params-encoded': {
    field: 'PathAndParameters',
    fix: 'Percent-decode each key and value (+ as a space) and sign the decoded text.',
  },
  'empty-value-equals': {
    field: 'PathAndParameters',
    fix: 'Write a parameter whose value is empty as the key alone, without =.',
  },
  'duplicate-keys': {
    field: 'PathAndParameters',
    fix: 'Sign every value of a repeated key, each as key=value, values sorted.',
  },
  'form-params-missing': {
    field: 'PathAndParameters',
    fix: 'Add the form body parameters to the query parameters before sorting and signing them.',
  },
  'method-case': {
    field: 'HTTPMethod',
    fix: 'Sign the method in upper case (POST, not post).',
  },
  'header-line-format': {
    field: 'header lines',
    fix: 'Write each signed header line as the lower-case name, a colon, one space and the value.',
  },
  'headers-unsorted': {
    field: 'header lines',
    fix: 'Write the signed header lines sorted by lower-case name.',
  },
  'header-value-space': {
    field: 'header lines',
    fix: 'Sign each header value without leading or trailing spaces, as the server receives it.',
  },
  'header-list-mismatch': {
    field: 'Authorization',
    fix: 'List in headers="…" exactly the headers signed, each sent once, lower case, sorted, separated by single spaces.',
  },
  'line-ends': {
    field: 'whole string',
    fix: 'Join the lines with LF only, keep empty lines for empty fields, and add nothing after PathAndParameters.',
  },
  'date-format': {
    field: 'x-date',
    fix: 'Send x-date as an RFC 1123 date in GMT with English names, e.g. Mon, 02 Jan 2006 15:04:05 GMT.',
  },
  'date-expired': {
    field: 'x-date',
    fix: 'Take x-date from a synchronised clock at the moment of sending; the gateway accepts 900 seconds either way.',
  },
  'auth-syntax': {
    field: 'Authorization',
    fix: 'Write the header as hmac id="…", algorithm="…", headers="…", signature="…": lower-case names, double-quoted values, a comma and a space between parameters, names in headers separated by single spaces.',
  },
  'signature-encoding': {
    field: 'signature',
    fix: 'Send the HMAC in standard Base64 with padding, not hex, URL-encoded or unpadded.',
  },
  'algorithm-mismatch': {
    field: 'algorithm',
    fix: 'Compute the HMAC with the algorithm declared in algorithm="…", or declare the one used.',
  },
  'secret-whitespace': {
    field: 'secret',
    fix: 'Trim the ApiAppSecret where it is read (a file or environment variable often ends in a line break).',
  },
  'secret-mismatch': {
    field: 'secret',
    fix: 'Check that the client uses the ApiAppSecret of the ApiAppKey in id="…", and that this page has the same one.',
  },
};
