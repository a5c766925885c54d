// A host page's own keyboard shortcuts, as wikis and portals have: "/"
// jumps to the search box, "j" and "k" page through news, the arrow keys
// turn a carousel, Escape closes the page's menu. Like most such code it skips keys typed into a field,
// but it sees a widget's shadow host (a div), not the field inside it.
window.shortcutsFired = [];
document.addEventListener('keydown', (e) => {
  if (e.target.closest?.('input, textarea, select, [contenteditable]')) return;
  const shortcut = { '/': 'search', j: 'next', k: 'previous', ArrowLeft: 'carousel', ArrowRight: 'carousel', Escape: 'close menu' }[e.key];
  if (!shortcut) return;
  e.preventDefault();
  window.shortcutsFired.push(shortcut);
  if (shortcut === 'search') document.getElementById('search').focus();
});
