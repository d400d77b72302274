/** What the full script does for one `<hearken-survey>`: connects (renders its prompt) and disconnects it. */
export interface ElementLifecycle {
  connect(element: HTMLElement): void;
  disconnect(element: HTMLElement): void;
}

/**
 * Defines `<hearken-survey>` on the light page, so that elements in the HTML, and those a framework adds later,
 * upgrade at once: each connected element loads the full script (`lifecycle()`), which then renders it. An
 * element removed before that is not rendered. `lifecycle()` resolves empty when the full script could not load.
 */
export function defineLightElement(win: Window & typeof globalThis, name: string, lifecycle: () => Promise<ElementLifecycle | void>): void {
  const registry = win.customElements;
  const element = class extends win.HTMLElement {};
  // one callback for both: what counts is whether the element is still in the page once the full script is there
  const callbacks = element.prototype as { connectedCallback?: () => void; disconnectedCallback?: () => void };
  callbacks.connectedCallback = callbacks.disconnectedCallback = function (this: HTMLElement) {
    lifecycle().then((elements) => elements && (this.isConnected ? elements.connect(this) : elements.disconnect(this)));
  };
  // (defined already, by another copy of hearken or the page: left as it is)
  registry.get(name) || registry.define(name, element);
}
