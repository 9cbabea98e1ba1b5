// Turns HTML from outside (police.uk) into plain text with a real HTML parser (htmlparser2), never a regex:
// tags and comments go, entities are decoded, script/style content is dropped, and block
// elements become line breaks so paragraphs stay readable. The result is text, never markup.
import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS as BLOCKS, DROPPED_ELEMENTS as DROPPED, tidyText } from './text-tidy';

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
  return tidyText(parts.join(''));
}
