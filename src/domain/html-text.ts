// Turns HTML from outside (police.uk) into plain text with a real HTML parser, never a regex:
// tags and comments go, entities are decoded, script/style content is dropped, and block
// elements become line breaks so paragraphs stay readable. The result is text, never markup.
import { Parser } from 'htmlparser2';

const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
]);
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let dropDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) dropDepth++;
        else if (BLOCKS.has(name)) parts.push('\n');
        if (name === 'li' && dropDepth === 0) parts.push('• ');
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (BLOCKS.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (dropDepth === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text made safe to embed where a reader may treat it as HTML (police.uk's issue/action fields). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
