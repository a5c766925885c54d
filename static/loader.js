// Starts the app. A file rather than Trunk's inline snippet, so the page runs
// under a strict Content-Security-Policy (script-src 'self').
import init from './collaboration-widget.js';

init().catch((error) => {
  // Say what happened in the page itself, not only in the console.
  for (const root of document.querySelectorAll('#app, [data-collaboration-widget]')) {
    const message = document.createElement('p');
    message.className = 'mcw-load-error';
    message.setAttribute('role', 'alert');
    message.textContent =
      'Sorry, this guide could not start in this browser. Please try an up-to-date browser, or ask your site administrator to allow WebAssembly.';
    root.replaceChildren(message);
  }
  console.error(error);
});
