// The eight-line listener from EMBEDDING.md: sizes the iframe to its content.
window.addEventListener('message', (event) => {
  const frame = document.getElementById('mcw-frame');
  if (!frame || event.source !== frame.contentWindow) return;
  if (event.data?.type !== 'mcw:height' || !Number.isFinite(event.data.height)) return;
  frame.style.width = '100%';
  frame.style.height = `${event.data.height}px`;
  frame.style.border = '0';
});
