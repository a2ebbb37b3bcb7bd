import type { TextPosition } from './paste-types';

/** The line and column (both from 1) of a character offset in a text, as an editor counts them. */
export function locatePosition(text: string, offset: number): TextPosition {
  if (typeof text !== 'string') throw new TypeError('locatePosition: text must be a string');
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError('locatePosition: offset must be a non-negative integer');
  }

  const before = text.slice(0, Math.min(offset, text.length));
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: before.length - lineStart + 1 };
}

/** "line 3, column 12", for messages. */
export function formatPosition(position: TextPosition): string {
  return `line ${position.line}, column ${position.column}`;
}
