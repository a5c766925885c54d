// Embeds the widget in any page, in either of two forms (see EMBEDDING.md):
//   <div data-collaboration-widget data-view="trust"></div>
//   <collaboration-widget view="trust"></collaboration-widget>
// plus <script src=".../embed.js"></script>, anywhere, as a module or a
// classic script (a CMS may strip type="module"), with or without async.
// Each widget lives in a shadow root, so the page's CSS and the widget's
// styles never touch each other. Widgets added to the page at any time are
// mounted; removed ones are unmounted (listeners dropped, no more saving);
// attribute changes apply to the live widget.
//
// A classic script shares the page's global scope: everything here stays
// inside this function, and the module is loaded with import().
(() => {
  // The options, by name; `data-` + name on any element, the bare name on
  // <collaboration-widget>. The widget reads them by these names.
  const OPTIONS = ['view', 'views', 'namespace', 'theme', 'label', 'share-base', 'chrome', 'heading-level', 'open-links'];
  const SELECTOR = '[data-collaboration-widget], collaboration-widget';

  // One registry per page, however often (or from whichever URL) this script
  // is loaded: a second copy finds it and leaves the mounting to the first.
  const REGISTRY = Symbol.for('making-collaboration-work.embed');
  if (window[REGISTRY]) return;
  const registry = (window[REGISTRY] = { widgets: new Map(), shadows: new WeakMap() });

  // This script's own address: a classic script knows it; a module does not
  // (and import.meta would not parse in a classic one), so find our tag.
  const script =
    document.currentScript?.src ||
    [...document.querySelectorAll('script[src]')].map((s) => s.src).find((src) => /\/embed\.js([?#]|$)/.test(src)) ||
    new URL('embed.js', document.baseURI).href;
  const beside = (file) => new URL(file, script).href;
  const stylesheet = beside('main.css');

  // Every option by name as a plain object, read once in Rust. Share and
  // compare links open the standalone page beside this script unless
  // share-base names another (checked in Rust, with this as the fallback).
  // Which widget opens the page's links: the first marked open-links.
  const OPENS_LINKS =
    'collaboration-widget[open-links]:not([open-links="false"]), [data-collaboration-widget][data-open-links]:not([data-open-links="false"])';
  function options(host) {
    const custom = host.localName === 'collaboration-widget';
    const read = (name) => (custom ? host.getAttribute(name) : host.getAttribute(`data-${name}`)) ?? undefined;
    const opener = document.querySelector(OPENS_LINKS);
    const opts = {
      standalone: beside('./'),
      pageBase: document.baseURI,
      linksOpenedBy: opener ? (opener === host ? 'this' : 'another') : undefined,
    };
    for (const name of OPTIONS) opts[name] = read(name);
    return opts;
  }

  let api = null;

  // Our shadow root on `host`, attached the first time; null when the host
  // has someone else's (not ours to use). Only some elements take a shadow
  // root: in a table cell, list item or figure (a CMS's layout), it goes on
  // a div of ours inside the element instead.
  function ownShadow(host) {
    let shadow = registry.shadows.get(host);
    if (shadow && shadow.host !== host && shadow.host.parentNode !== host) shadow = null; // our div was removed
    if (!shadow && !host.shadowRoot) {
      let holder = host;
      try {
        shadow = host.attachShadow({ mode: 'open' });
      } catch {
        holder = document.createElement('div');
        // Part of the widget: the page's rules for divs must not reach it
        // (set through CSSOM, which a strict style-src allows).
        holder.style.setProperty('all', 'initial', 'important');
        holder.style.setProperty('display', 'block', 'important');
        host.replaceChildren(holder);
        shadow = holder.attachShadow({ mode: 'open' });
      }
      keepKeys(shadow);
      registry.shadows.set(host, shadow);
    }
    return shadow ?? null;
  }

  // Keys pressed in the widget stay in it, as in a frame: a page's own
  // shortcuts ("/" for its search, single letters) skip keys typed into a
  // field, but they see our host element as the target, not the field, and
  // would take the keys. Tab still reaches the page (its focus traps), and
  // so does an Escape the widget did not use (a dialog around it closes).
  function keepKeys(shadow) {
    const keep = (e) => {
      if (e.key !== 'Tab' && (e.key !== 'Escape' || e.defaultPrevented)) e.stopPropagation();
    };
    for (const type of ['keydown', 'keypress', 'keyup']) shadow.addEventListener(type, keep);
  }

  // Fills `shadow` with our stylesheet and then `children`, and calls
  // `then` once the styles are in (or could not be: it goes on without), so
  // a host page's inherited styles never show inside for a moment. The
  // sheet stays where it is: a moved sheet is applied afresh.
  function withStyles(shadow, children, then) {
    const links = [sheet(stylesheet), ...moduleSheets.map(sheet)];
    shadow.replaceChildren(links[0], ...children, ...links.slice(1));
    Promise.all(links.map(loaded)).then(() => links[0].isConnected && then());
  }

  // The comparison module's stylesheet and the meeting module's: in every
  // widget once its module is asked for (and in each mounted after), never
  // in the first load.
  const compareStylesheet = beside('compare.css');
  const meetingStylesheet = beside('meeting.css');
  const moduleSheets = [];
  function sheet(href) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    return link;
  }
  const loaded = (link) =>
    new Promise((done) => {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    });
  function addStyles(href) {
    if (!moduleSheets.includes(href)) moduleSheets.push(href);
    const loading = [];
    for (const host of registry.widgets.keys()) {
      const shadow = registry.shadows.get(host);
      if (!shadow || [...shadow.querySelectorAll('link')].some((l) => l.href === href)) continue;
      const link = sheet(href);
      shadow.append(link);
      loading.push(loaded(link));
    }
    return Promise.all(loading);
  }

  // A module beside this script, started, once its stylesheet is in.
  const loadModule = (glue, href, started = () => {}) =>
    Promise.all([
      import(beside(glue)).then(async (module) => {
        await module.default();
        started(module);
        return module;
      }),
      addStyles(href),
    ]).then(([module]) => module);

  function mount(host) {
    if (!api || registry.widgets.has(host) || !host.isConnected) return;
    const shadow = ownShadow(host);
    if (!shadow) return;
    const root = document.createElement('div');
    root.className = 'mcw-root';
    // The options are read when it starts, as they are then.
    const entry = { widget: null, namespace: undefined };
    registry.widgets.set(host, entry);
    withStyles(shadow, [root], () => {
      if (registry.widgets.get(host) !== entry || entry.widget) return; // removed meanwhile
      const opts = options(host);
      entry.namespace = opts.namespace;
      entry.widget = api.mount_widget(root, opts);
    });
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
    if (opts.namespace !== entry.namespace) {
      unmount(host);
      mount(host);
    } else {
      entry.widget.update(opts);
    }
  }

  // A widget's "Print" prints the widget alone, not the host page round it:
  // the widget asks with a composed `mcw:print` event (cancelled here to say
  // it is handled). For that print only, the host's elements beside the
  // widget's ancestors are hidden and the ancestors let it take the page's
  // width, through a constructed sheet (CSSOM, which a strict style-src
  // allows) and a marker attribute; both go once the print is over.
  // A browser without constructed sheets prints the whole page, as before.
  const PRINTING = 'data-mcw-printing';
  let printAlone;
  document.addEventListener('mcw:print', (event) => {
    const widget = event.target;
    if (!(widget instanceof Element) || ![...registry.widgets.keys()].some((host) => host === widget || host.contains(widget))) return;
    try {
      printAlone ??= new CSSStyleSheet();
      printAlone.replaceSync(
        `@media print { [${PRINTING}] > :not([${PRINTING}], head) { display: none !important } ` +
          `[${PRINTING}] { display: block !important; position: static !important; float: none !important; ` +
          'width: auto !important; max-width: none !important; height: auto !important; max-height: none !important; ' +
          'margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; transform: none !important } }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, printAlone];
    } catch {
      return;
    }
    event.preventDefault();
    const path = [];
    for (let node = widget; node && node !== document.documentElement; node = node.parentElement) path.push(node);
    for (const node of path) node.setAttribute(PRINTING, '');
    const restore = () => {
      for (const node of path) node.removeAttribute(PRINTING);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printAlone);
    };
    window.addEventListener('afterprint', restore, { once: true });
    window.print();
  });

  function mountAll(scope) {
    for (const host of scope.querySelectorAll(SELECTOR)) mount(host);
  }

  // Removed from the page, not merely moved: a moved element is connected
  // again by the time this runs.
  function unmountRemoved() {
    for (const host of [...registry.widgets.keys()]) if (!host.isConnected) unmount(host);
  }

  // Could not start: say so inside each widget's place, in one sentence
  // naming the cause and what the site's administrator can do. A refusal by
  // the page's Content-Security-Policy is already reported by the browser.
  const WASM = beside('collaboration-embed_bg.wasm');
  let failure = null;
  async function fail(error) {
    let cause;
    if (typeof WebAssembly !== 'object') {
      cause = 'This tool cannot start because this browser does not run WebAssembly (it is too old, or WebAssembly is turned off): please try it in an up-to-date browser.';
    } else if (/wasm-unsafe-eval|Content Security Policy/i.test(String(error?.message))) {
      cause = 'This tool cannot start because this page’s Content-Security-Policy does not allow WebAssembly: the site’s administrator can allow it by adding \u2018wasm-unsafe-eval\u2019 to the policy’s script-src.';
    } else {
      // Which of its files could not be fetched, if any (asked only now).
      const missing = await firstMissing([beside('collaboration-embed.js'), WASM]);
      cause = missing
        ? `This tool could not start because one of its files was not found at ${missing}: the site’s administrator can copy the whole folder embed.js came in, not embed.js alone.`
        : 'This tool could not start in this browser: please try an up-to-date browser, or ask the site’s administrator to check that the tool’s files can be reached.';
      console.error(error);
    }
    failure = cause;
    for (const host of document.querySelectorAll(SELECTOR)) explain(host);
  }

  async function firstMissing(urls) {
    for (const url of urls) {
      const ok = await fetch(url, { method: 'HEAD', cache: 'no-store' }).then((r) => r.ok, () => false);
      if (!ok) return url;
    }
    return null;
  }

  // The sentence's own look, set through CSSOM (which a strict style-src
  // allows): it shows as it should even when main.css is among the missing
  // files, and a host's small root font or our page's window-tall app box
  // cannot reach it. The documented tokens still theme it.
  const MESSAGE_STYLE = {
    all: 'initial',
    display: 'block',
    margin: '0',
    padding: '0.75em 1em',
    'max-width': '40em',
    'font-family': 'var(--mcw-font, system-ui, sans-serif)',
    'font-size': 'max(16px, var(--mcw-font-size, 16px))',
    'line-height': '1.5',
    'color-scheme': 'light dark',
    color: 'var(--mcw-text, CanvasText)',
    background: 'var(--mcw-bg, Canvas)',
    border: '2px solid var(--mcw-border, currentColor)',
    'border-radius': 'var(--mcw-radius, 10px)',
    'overflow-wrap': 'anywhere',
  };

  function explain(host) {
    if (!failure || registry.widgets.has(host)) return;
    const message = document.createElement('p');
    message.className = 'mcw-load-error';
    for (const [name, value] of Object.entries(MESSAGE_STYLE)) message.style.setProperty(name, value, 'important');
    message.setAttribute('role', 'alert');
    message.lang = 'en-GB';
    message.dir = 'ltr';
    message.textContent = failure;
    // In our own shadow root, once our styles are in (added beside the
    // sheet, not with it); a host with a shadow root of its own gets the
    // sentence as its child.
    const shadow = ownShadow(host);
    if (!shadow) return host.replaceChildren(message);
    withStyles(shadow, [], () => shadow.append(message));
  }

  const arrived = (host) => (api ? mount(host) : explain(host));

  customElements.get('collaboration-widget') ||
    customElements.define(
      'collaboration-widget',
      class extends HTMLElement {
        static observedAttributes = OPTIONS;
        connectedCallback() {
          arrived(this);
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
        if (node.matches(SELECTOR)) arrived(node);
        for (const host of node.querySelectorAll(SELECTOR)) arrived(host);
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

  (typeof WebAssembly === 'object' ? import(beside('collaboration-embed.js')) : Promise.reject(new Error('no WebAssembly')))
    .then(async (glue) => {
      await glue.default();
      // The comparison module, a second binary, loads when a comparison
      // opens; the meeting module, a third, when a meeting is run from it.
      const loadMeeting = () => loadModule('collaboration-meeting.js', meetingStylesheet);
      glue.set_comparison_loader(() =>
        loadModule('collaboration-compare.js', compareStylesheet, (module) => module.set_meeting_loader(loadMeeting)),
      );
      api = glue;
      mountAll(document);
    })
    .catch(fail);
})();
