// Embeds the widget in any page: add <div data-collaboration-widget></div>
// (one or several) and <script type="module" src=".../embed.js"></script>.
// Each widget lives in a shadow root, so the page's CSS and the widget's
// styles never touch each other. See EMBEDDING.md for the options.
import init, { mount_widget } from './collaboration-widget.js';

const stylesheet = new URL('main.css', import.meta.url).href;
// Share and compare links open the standalone page beside this script (the
// widget cannot read the host page's URL), unless data-share-base names one.
const standalone = new URL('./', import.meta.url).href;

function shareBase(value) {
  if (!value) return standalone;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return standalone;
  }
}

function mountAll() {
  for (const host of document.querySelectorAll('[data-collaboration-widget]')) {
    if (host.shadowRoot) continue; // already mounted
    const shadow = host.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    const root = document.createElement('div');
    root.className = 'mcw-root';
    shadow.append(link, root);
    const { view, views, namespace, theme, label } = host.dataset;
    mount_widget(root, view, views, namespace, theme, label, shareBase(host.dataset.shareBase));
  }
}

init()
  .then(mountAll)
  .catch((error) => {
    for (const host of document.querySelectorAll('[data-collaboration-widget]')) {
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent = 'Sorry, this tool could not start in this browser.';
      host.replaceChildren(message);
    }
    console.error(error);
  });
