// Escaping text for places where a reader may treat it as HTML.
/** Text made safe to embed where a reader may treat it as HTML (police.uk's issue/action fields). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
