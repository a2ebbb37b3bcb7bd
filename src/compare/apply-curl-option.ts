import type { CurlState } from './curl-state';
import { encodeLikeCurl } from './encode-like-curl';

/**
 * Records one curl option in the state, as curl would act on it. Options that read files
 * (`-d @file`) cannot be followed in a browser, so they leave a warning instead.
 */
export function applyCurlOption(state: CurlState, name: string, argument = ''): void {
  switch (name) {
    case 'request':
      state.method = argument;
      return;
    case 'header':
      addHeader(state, argument);
      return;
    case 'data':
    case 'data-ascii':
    case 'data-binary':
      addData(state, `--${name}`, argument);
      return;
    case 'data-raw':
      state.data.push(argument);
      return;
    case 'data-urlencode':
      addUrlEncodedData(state, argument);
      return;
    case 'json':
      addJson(state, argument);
      return;
    default:
      applyOtherOption(state, name, argument);
  }
}

function applyOtherOption(state: CurlState, name: string, argument: string) {
  const named: Record<string, string> = {
    'user-agent': 'User-Agent',
    referer: 'Referer',
  };
  const headerName = named[name];
  if (headerName !== undefined) {
    state.headers.push({ name: headerName, written: argument });
    return;
  }
  if (name === 'url') setUrl(state, argument);
  else if (name === 'get') state.get = true;
  else if (name === 'head') state.head = true;
  else if (name === 'compressed') state.compressed = true;
  else if (name === 'cookie') addCookie(state, argument);
  else if (name === 'user') {
    state.warnings.push({
      message: `-u makes curl send "Authorization: Basic …"; it is ignored here, since the gateway reads the hmac Authorization.`,
    });
  } else if (name === 'form') {
    state.warnings.push({
      message: `-F sends a multipart body whose boundary curl picks at random, so its Content-MD5 cannot be known; the part "${argument}" is left out.`,
    });
  }
}

/** Sets the URL, or keeps the first one when curl is given several. */
export function setUrl(state: CurlState, url: string): void {
  if (state.url === undefined) state.url = url;
  else state.extraUrls.push(url);
}

function addHeader(state: CurlState, text: string) {
  if (text.startsWith('@')) {
    state.warnings.push({
      message: `-H ${text} reads headers from a file, which the page cannot open; paste them as -H options.`,
    });
    return;
  }
  const colon = text.indexOf(':');
  const semicolon = text.indexOf(';');
  if (colon === -1 && semicolon === text.length - 1 && semicolon > 0) {
    // curl's way to send a header with an empty value: `-H 'X-Empty;'`.
    state.headers.push({ name: text.slice(0, -1), written: '' });
    return;
  }
  if (colon <= 0) {
    state.warnings.push({
      message: `-H '${text}' has no colon: expected "Name: value". curl ignores it, and so does this page.`,
    });
    return;
  }

  const name = text.slice(0, colon).trim();
  const written = text.slice(colon + 1);
  if (written.trim() === '') {
    // `-H 'Accept:'` tells curl not to send the header at all, its own default included.
    state.removed.add(name.toLowerCase());
    return;
  }
  state.headers.push({ name, written });
}

function addData(state: CurlState, option: string, argument: string) {
  if (argument.startsWith('@')) {
    state.warnings.push({
      message: `${option} ${argument} reads the body from a file, which the page cannot open; the body is taken as empty. Use --data-raw with the body itself.`,
    });
    return;
  }
  state.data.push(argument);
}

function addUrlEncodedData(state: CurlState, argument: string) {
  const equals = argument.indexOf('=');
  const at = argument.indexOf('@');
  if (at !== -1 && (equals === -1 || at < equals)) {
    addData(state, '--data-urlencode', '@' + argument.slice(at + 1));
    return;
  }
  if (equals === -1) state.data.push(encodeLikeCurl(argument));
  else if (equals === 0) state.data.push(encodeLikeCurl(argument.slice(1)));
  else
    state.data.push(`${argument.slice(0, equals)}=${encodeLikeCurl(argument.slice(equals + 1))}`);
}

function addJson(state: CurlState, argument: string) {
  state.json = true;
  const last = state.data.length - 1;
  if (argument.startsWith('@') || last < 0) {
    addData(state, '--json', argument);
    return;
  }
  // curl 7.88 appends a --json part to the body so far with no & before it: two --json give
  // {"a":1}{"b":2}, as seen on a listener; a later -d still adds its &.
  state.data[last] += argument;
}

function addCookie(state: CurlState, argument: string) {
  if (!argument.includes('=')) {
    state.warnings.push({
      message: `-b ${argument} names a cookie file, which the page cannot open; no Cookie header is added. Cookies are not signed.`,
    });
    return;
  }
  state.headers.push({ name: 'Cookie', written: argument });
}
