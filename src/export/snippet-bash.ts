import { compareUtf8 } from '../signing/compare-bytes';
import { quotePosix } from './quote-posix';
import { SECRET_VARIABLE, type SnippetRequest } from './snippet-request';

/**
 * A bash script (curl and openssl) that signs the request when it runs, by the rules of spec §1
 * with the page's variant switches, and sends it. The signed header names are fixed here, so
 * their order is fixed too; the body goes through a file, which can hold any byte.
 */
export function generateBashSnippet(request: SnippetRequest): string {
  if (typeof request.body !== 'string') {
    throw new TypeError('generateBashSnippet: request.body must be a string');
  }

  const q = (value: string) => (value === '' ? "''" : quotePosix(value));
  return [
    '#!/usr/bin/env bash',
    '# Signs one request for Tencent Cloud API Gateway (app authentication) and sends it.',
    '# Needs bash, curl, openssl and iconv.',
    'set -euo pipefail',
    '',
    `method=${q(request.method)}`,
    `url=${q(request.url)}`,
    `accept=${q(request.accept)}`,
    `content_type=${q(request.contentType)}`,
    `key=${q(request.key)}`,
    `algorithm=${q(request.algorithm)}`,
    `md5_encoding=${q(request.options.md5Encoding)} # hex (default) or raw (variant)`,
    `decode_parameters=${request.options.parameterValues === 'decoded'}`,
    `remove_stage=${request.options.removeStage}`,
    ...formatSecret(request),
    '',
    'body_file=$(mktemp)',
    'trap \'rm -f "$body_file"\' EXIT',
    `${formatBodyWriter(request.body)} > "$body_file"`,
    '',
    ...BASH_FUNCTIONS,
    '',
    "x_date=$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')",
    'content_md5=$(compute_content_md5)',
    ...formatHeaderBlock(request),
    'signing_string="${header_block}${method}${nl}${accept}${nl}${content_type}${nl}"',
    '# The x keeps a line break that ends the last parameter value.',
    'path_and_parameters_x=$(path_and_parameters; printf x)',
    'signing_string+="${content_md5}${nl}${path_and_parameters_x%x}"',
    'digest=sha1',
    '[[ $algorithm == hmac-sha256 ]] && digest=sha256',
    'signature=$(printf \'%s\' "$signing_string" |',
    '  openssl dgst -"$digest" -hmac "$secret" -binary | openssl base64 -A)',
    '',
    ...formatCurlCall(request),
  ].join('\n');
}

function formatSecret(request: SnippetRequest): string[] {
  if (request.secret === undefined) {
    return [`secret=\${${SECRET_VARIABLE}:?Set ${SECRET_VARIABLE} to the ApiAppSecret}`];
  }
  return [
    '# The ApiAppSecret is embedded: anyone who can read this file can sign as you.',
    `secret=${quotePosix(request.secret)}`,
  ];
}

function formatBodyWriter(body: string): string {
  const parts = body.split('\0');
  const format = parts.map(() => '%s').join('\\0');
  return [
    'printf',
    `'${format}'`,
    ...parts.map((part) => (part === '' ? "''" : quotePosix(part))),
  ].join(' ');
}

function formatHeaderBlock(request: SnippetRequest): string[] {
  const extra = request.signedHeaders.map(({ name, value }) => ({
    name: name.toLowerCase(),
    value,
  }));
  const all = [{ name: 'x-date', value: '' }, ...extra].sort((a, b) => compareUtf8(a.name, b.name));
  const names = all.map((header) => header.name).join(' ');
  return [
    "nl=$'\\n'",
    '# Signed header lines, sorted by name in byte order, each ending in a line feed.',
    "header_block=''",
    ...all.map((header) =>
      header.name === 'x-date'
        ? 'header_block+="x-date: ${x_date}${nl}"'
        : `header_block+=${quotePosix(`${header.name}: ${header.value}`)}"\${nl}"`,
    ),
    `signed_names=${quotePosix(names)}`,
  ];
}

const OWN_LINES = new Set(['accept', 'content-type', 'content-md5']);

function formatCurlCall(request: SnippetRequest): string[] {
  const method = request.method === 'HEAD' ? '--head' : '-X "$method"';
  // Accept, Content-Type and Content-MD5 have their own -H: each name is sent once.
  const extra = request.signedHeaders
    .filter(({ name }) => !OWN_LINES.has(name.toLowerCase()))
    .map(
      ({ name, value }) => `  -H ${quotePosix(value === '' ? `${name};` : `${name}: ${value}`)}`,
    );
  return [
    `args=(--globoff --path-as-is ${method} "$url" -H "x-date: $x_date")`,
    ...(extra.length === 0 ? [] : ['args+=(', ...extra, ')']),
    'args+=(-H "$(header Accept "$accept")" -H "$(header Content-Type "$content_type")")',
    '[[ -n $content_md5 ]] && args+=(-H "Content-MD5: $content_md5")',
    'authorization="hmac id=\\"$key\\", algorithm=\\"$algorithm\\", headers=\\"$signed_names\\""',
    'args+=(-H "Authorization: $authorization, signature=\\"$signature\\"")',
    '[[ -s $body_file ]] && args+=(--data-binary "@$body_file")',
    'curl "${args[@]}"',
  ];
}

const BASH_FUNCTIONS = `is_form() {
  local media_type=\${1%%;*}
  media_type=$(printf '%s' "$media_type" | tr '[:upper:]' '[:lower:]' | tr -d ' \\t')
  [[ $media_type == application/x-www-form-urlencoded ]]
}

# Prints a component decoded as UTF-8; a malformed escape or invalid UTF-8 leaves it as sent.
decode() {
  local text=$1 malformed='%([^0-9A-Fa-f]|[0-9A-Fa-f]([^0-9A-Fa-f]|$)|$)' decoded
  if [[ $decode_parameters != true || $text =~ $malformed ]]; then
    printf '%s' "$1"
    return
  fi
  text=\${text//+/ }
  text=\${text//\\\\/\\\\\\\\}
  decoded=$(printf "\${text//%/\\\\x}x")
  decoded=\${decoded%x}
  if printf '%s' "$decoded" | iconv -f UTF-8 -t UTF-8 > /dev/null 2>&1; then
    printf '%s' "$decoded"
  else
    printf '%s' "$1"
  fi
}

# Prints one NUL-terminated record per parameter: key, a \\001 byte, value. Not lines: a value
# may hold line breaks. The x kept after each command substitution keeps trailing line breaks.
pairs() {
  local part key value parts=()
  IFS='&' read -r -d '' -a parts < <(printf '%s' "$1") || true
  # The odd expansion keeps bash 3.2 (macOS) from calling an empty array unbound under set -u.
  for part in \${parts[@]+"\${parts[@]}"}; do
    [[ -z $part ]] && continue
    key=\${part%%=*}
    value=''
    [[ $part == *=* ]] && value=\${part#*=}
    key=$(decode "$key"; printf x)
    value=$(decode "$value"; printf x)
    printf '%s\\001%s\\0' "\${key%x}" "\${value%x}"
  done
}

path_and_parameters() {
  local rest=\${url#*://} path query='' stage body_text record joined='' count=0
  rest=\${rest#"\${rest%%[/?#]*}"}
  rest=\${rest%%#*}
  path=\${rest%%\\?*}
  [[ $rest == *\\?* ]] && query=\${rest#*\\?}
  [[ -z $path ]] && path=/
  if [[ $remove_stage == true ]]; then
    for stage in /release /prepub /test; do
      if [[ $path == "$stage" || $path == "$stage"/* ]]; then
        path=\${path#"$stage"}
        [[ -z $path ]] && path=/
        break
      fi
    done
  fi
  body_text=''
  if is_form "$content_type"; then
    body_text=$(cat "$body_file"; printf x)
    body_text=\${body_text%x}
  fi
  # Sorted by key, then value, in byte order; an empty value is written as the key alone, and
  # an empty key still takes its place between the & signs.
  while IFS= read -r -d '' record; do
    local key=\${record%%$'\\001'*} value=\${record#*$'\\001'}
    ((count > 0)) && joined+='&'
    joined+=\${key}\${value:+=\${value}}
    count=$((count + 1))
  done < <({ pairs "$query"; pairs "$body_text"; } | LC_ALL=C sort -z -t $'\\001' -k1,1 -k2)
  ((count > 0)) && path+="?$joined"
  printf '%s' "$path"
}

compute_content_md5() {
  if [[ ! -s $body_file ]] || is_form "$content_type"; then
    return
  fi
  if [[ $md5_encoding == raw ]]; then
    openssl dgst -md5 -binary < "$body_file" | openssl base64 -A
  else
    openssl dgst -md5 -r < "$body_file" | cut -d' ' -f1 | tr -d '\\n' | openssl base64 -A
  fi
}

header() {
  if [[ -z $2 ]]; then printf '%s;' "$1"; else printf '%s: %s' "$1" "$2"; fi
}`.split('\n');
