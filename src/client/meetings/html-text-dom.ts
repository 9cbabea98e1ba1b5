// HTML to plain text on the device with the browser's own HTML parser. DOMParser builds an
// inert document (no scripts run, nothing loads), and only text nodes are read back out, so
// no markup from the file ever reaches the page. Same rules as the server's converter.
import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, tidyText } from '../../domain/text-tidy';

export function htmlToTextInBrowser(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).localName;
    if (DROPPED_ELEMENTS.has(name)) return;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) parts.push('\n');
    if (name === 'li') parts.push('• ');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(doc.body);
  return tidyText(parts.join(''));
}
