/** Minimal builders for Strapi's blocks rich-text format. */
export type Block =
  { type: 'paragraph'; children: { type: 'text'; text: string }[] } | { type: 'quote'; children: { type: 'text'; text: string }[] };

export const paragraph = (text: string): Block => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
});

export const quote = (text: string): Block => ({
  type: 'quote',
  children: [{ type: 'text', text }],
});
