/** The namespace of a face's SVG elements. */
export const SVG = 'http://www.w3.org/2000/svg';

/**
 * Creates an element of `doc` with these attributes (set as written) and children (strings become text nodes,
 * never markup); in the namespace `ns` when given (SVG).
 */
export function element(doc: Document, tag: string, attributes: Record<string, string>, children: (Node | string)[] = [], ns?: string): HTMLElement {
  const created = (ns ? doc.createElementNS(ns, tag) : doc.createElement(tag)) as HTMLElement;
  for (const name in attributes) created.setAttribute(name, attributes[name]!);
  for (const child of children) created.appendChild(typeof child == 'string' ? doc.createTextNode(child) : child);
  return created;
}

/** The step's heading, which names the dialog (its `aria-labelledby`): the question, or the plain thank-you. */
export function heading(doc: Document, text: string): HTMLElement {
  return element(doc, 'p', { id: 'hk-question', class: 'hk-question' }, [text]);
}
