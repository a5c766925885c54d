// The host page's own routing by the fragment (#news, #events), as an
// intranet's tabs do; and, for the test, every fragment the page has had.
window.hashes = [location.hash];
const show = () => {
  const tab = location.hash.slice(1) || 'news';
  for (const section of document.querySelectorAll('.tab')) section.hidden = section.id !== tab;
};
window.addEventListener('hashchange', () => {
  window.hashes.push(location.hash);
  show();
});
document.addEventListener('DOMContentLoaded', show);
