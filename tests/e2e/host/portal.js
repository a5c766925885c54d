// The host page's own state, which no widget may touch.
localStorage.setItem('portal-prefs', '{"tab":"news"}');
history.replaceState({ portal: 1 }, '', location.href);

// For the test: who listens for other tabs' saves, and every write to storage.
window.storageListeners = 0;
window.writes = [];
const add = window.addEventListener;
const remove = window.removeEventListener;
window.addEventListener = function (type, ...rest) {
  if (type === 'storage') window.storageListeners++;
  return add.call(this, type, ...rest);
};
window.removeEventListener = function (type, ...rest) {
  if (type === 'storage') window.storageListeners--;
  return remove.call(this, type, ...rest);
};
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  window.writes.push(key);
  return setItem.call(this, key, value);
};
