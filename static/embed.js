// Embeds the widget in any page, in either of two forms (see EMBEDDING.md):
//   <div data-collaboration-widget data-view="trust"></div>
//   <collaboration-widget view="trust"></collaboration-widget>
// plus <script type="module" src=".../embed.js"></script>, anywhere and with
// or without async. Each widget lives in a shadow root, so the page's CSS and
// the widget's styles never touch each other. Widgets added to the page at
// any time are mounted; removed ones are unmounted (listeners dropped, no
// more saving); attribute changes apply to the live widget.
import init, { mount_widget } from './collaboration-widget.js';

const OPTIONS = ['view', 'views', 'namespace', 'theme', 'label', 'share-base'];
const SELECTOR = '[data-collaboration-widget], collaboration-widget';
const stylesheet = new URL('main.css', import.meta.url).href;
// Share and compare links open the standalone page beside this script (the
// widget cannot read the host page's URL), unless share-base names one.
const standalone = new URL('./', import.meta.url).href;

// One registry per page, however often (or from whichever URL) this script
// is loaded: a second copy finds it and leaves the mounting to the first.
const REGISTRY = Symbol.for('making-collaboration-work.embed');
const first = !window[REGISTRY];
const registry = (window[REGISTRY] ??= { widgets: new Map(), shadows: new WeakMap() });

function shareBase(value) {
  if (!value) return standalone;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return standalone;
  }
}

// The options of a host element: `view="…"` on the custom element,
// `data-view="…"` on any other.
function options(host) {
  const custom = host.localName === 'collaboration-widget';
  const read = (name) => (custom ? host.getAttribute(name) : host.getAttribute(`data-${name}`)) ?? undefined;
  const [view, views, namespace, theme, label, base] = OPTIONS.map(read);
  return [view, views, namespace, theme, label, shareBase(base)];
}

let ready = false;

function mount(host) {
  if (!ready || registry.widgets.has(host) || !host.isConnected) return;
  let shadow = registry.shadows.get(host);
  if (!shadow) {
    if (host.shadowRoot) return; // someone else's shadow root: not ours to use
    shadow = host.attachShadow({ mode: 'open' });
    registry.shadows.set(host, shadow);
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  const root = document.createElement('div');
  root.className = 'mcw-root';
  shadow.replaceChildren(link, root);
  // Start once the styles are in, so the host page's styles never show in
  // the widget for a moment; the options are read then, as they are.
  const entry = { widget: null, namespace: undefined };
  registry.widgets.set(host, entry);
  const start = () => {
    if (registry.widgets.get(host) !== entry || entry.widget) return; // removed meanwhile
    const opts = options(host);
    entry.namespace = opts[2];
    entry.widget = mount_widget(root, ...opts);
  };
  link.addEventListener('load', start, { once: true });
  link.addEventListener('error', start, { once: true });
}

function unmount(host) {
  const entry = registry.widgets.get(host);
  if (!entry) return;
  registry.widgets.delete(host);
  entry.widget?.destroy();
  entry.widget?.free();
  registry.shadows.get(host)?.replaceChildren();
}

// Options changed on a live widget: a new namespace is other saved data,
// so it mounts afresh; anything else updates the widget in place. (A widget
// still waiting for its styles reads its options when it starts.)
function update(host) {
  const entry = registry.widgets.get(host);
  if (!entry) return mount(host);
  if (!entry.widget) return;
  const opts = options(host);
  if (opts[2] !== entry.namespace) {
    unmount(host);
    mount(host);
  } else {
    entry.widget.update(...opts);
  }
}

function mountAll(scope) {
  for (const host of scope.querySelectorAll(SELECTOR)) mount(host);
}

// Removed from the page, not merely moved: a moved element is connected
// again by the time this runs.
function unmountRemoved() {
  for (const host of [...registry.widgets.keys()]) if (!host.isConnected) unmount(host);
}

function fail(error) {
  for (const host of document.querySelectorAll(SELECTOR)) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = 'Sorry, this tool could not start in this browser.';
    (registry.shadows.get(host) ?? host).replaceChildren(message);
  }
  console.error(error);
}

if (first) {
  customElements.get('collaboration-widget') ||
    customElements.define(
      'collaboration-widget',
      class extends HTMLElement {
        static observedAttributes = OPTIONS;
        connectedCallback() {
          mount(this);
        }
        disconnectedCallback() {
          // A move fires disconnect then connect: decide once the move is over.
          queueMicrotask(() => this.isConnected || unmount(this));
        }
        attributeChangedCallback(_name, before, after) {
          if (before !== after && registry.widgets.has(this)) update(this);
        }
      },
    );

  // Elements of the data- form come and go with the page's own scripts (a
  // CMS block, a portal tab): watch for them, and for their options.
  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        if (registry.widgets.has(record.target)) update(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (node.matches(SELECTOR)) mount(node);
        mountAll(node);
      }
      removed ||= record.removedNodes.length > 0;
    }
    if (removed) unmountRemoved();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: OPTIONS.map((name) => `data-${name}`),
  });

  init()
    .then(() => {
      ready = true;
      mountAll(document);
    })
    .catch(fail);
}
