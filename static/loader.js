// Starts the standalone app. A file rather than Trunk's inline snippet, so the
// page runs under a strict Content-Security-Policy (script-src 'self').
import init, { set_comparison_loader, start_standalone } from './collaboration-widget.js';

// Inside an iframe with ?embed, hide the page chrome and tell the parent page
// how tall the content is, so it can size the frame without scrollbars.
const framed = window.parent !== window && new URLSearchParams(location.search).has('embed');
if (framed) {
  document.documentElement.classList.add('mcw-framed');
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'mcw:height', height }, '*');
    }
  }).observe(document.body);
}

// The comparison module, a second binary, loads when a comparison opens,
// and the meeting module, a third, when a meeting is run from it; each with
// its stylesheet (in place before the module mounts, so nothing shows
// unstyled; a sheet that fails leaves the view plain, not missing).
const sheets = new Map();
const sheet = (name) => {
  if (!sheets.has(name)) {
    sheets.set(
      name,
      new Promise((done) => {
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(name, import.meta.url).href });
        link.addEventListener('load', done, { once: true });
        link.addEventListener('error', done, { once: true });
        document.head.append(link);
      }),
    );
  }
  return sheets.get(name);
};
const loadModule = (glue, css, started = () => {}) =>
  Promise.all([
    import(glue).then(async (module) => {
      await module.default();
      started(module);
      return module;
    }),
    sheet(css),
  ]).then(([module]) => module);
const loadMeeting = () => loadModule('./collaboration-meeting.js', 'meeting.css');
const loadComparison = () =>
  loadModule('./collaboration-compare.js', 'compare.css', (module) => module.set_meeting_loader(loadMeeting));

init()
  // The app mounts in a task of its own: compiling and instantiating the
  // module end this one, and one long task would hold both.
  .then(() => new Promise((next) => setTimeout(next)))
  .then(() => {
    set_comparison_loader(loadComparison);
    start_standalone();
  })
  .catch((error) => {
    // Say what happened in the page itself, not only in the console.
    const message = document.createElement('p');
    message.className = 'mcw-load-error';
    message.setAttribute('role', 'alert');
    message.textContent =
      'Sorry, this guide could not start in this browser. Please try an up-to-date browser, or ask your site administrator to allow WebAssembly.';
    document.getElementById('app')?.replaceChildren(message);
    console.error(error);
  });
