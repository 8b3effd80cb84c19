// Lectern deck player: keyboard navigation, #n deep links, presenter view (p), fullscreen (f).
// A static file: it reads slides from the page and notes from the JSON block; nothing in it comes
// from content, and it never makes a network request.
(() => {
  const slides = Array.from(document.querySelectorAll('#deck > .marpit > svg'));
  const notesEl = document.getElementById('lectern-notes');
  const notes = notesEl ? JSON.parse(notesEl.textContent || '[]') : [];
  const next = document.getElementById('presenter-next');
  const notesBox = document.getElementById('presenter-notes');
  const counter = document.getElementById('presenter-counter');
  const timerEl = document.getElementById('presenter-timer');
  let current = 0;
  let started = 0;

  function fromHash() {
    const n = Number.parseInt(location.hash.slice(1), 10);
    return Number.isFinite(n) && n >= 1 && n <= slides.length ? n - 1 : 0;
  }

  function show(i, updateHash) {
    current = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach((s, k) => {
      s.classList.toggle('active', k === current);
    });
    if (updateHash && location.hash !== `#${current + 1}`) history.replaceState(null, '', `#${current + 1}`);
    renderPresenter();
  }

  function renderPresenter() {
    if (!document.body.classList.contains('presenter')) return;
    next.textContent = '';
    const upcoming = slides[current + 1];
    if (upcoming) {
      const clone = upcoming.cloneNode(true);
      clone.classList.add('active');
      next.appendChild(clone);
    }
    notesBox.textContent = (notes[current] || []).join('\n\n');
    counter.textContent = `${current + 1} / ${slides.length}`;
  }

  function tick() {
    if (!started) return;
    const s = Math.floor((Date.now() - started) / 1000);
    const mm = String(Math.floor(s / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    timerEl.textContent = `${mm}:${ss}`;
  }

  function togglePresenter() {
    document.body.classList.toggle('presenter');
    if (!started) {
      started = Date.now();
      setInterval(tick, 1000);
    }
    tick();
    renderPresenter();
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.documentElement.requestFullscreen().catch(() => {});
  }

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case ' ':
        show(current + 1, true);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        show(current - 1, true);
        break;
      case 'Home':
        show(0, true);
        break;
      case 'End':
        show(slides.length - 1, true);
        break;
      case 'p':
      case 'P':
        togglePresenter();
        break;
      case 'f':
      case 'F':
        toggleFullscreen();
        break;
      default:
        return;
    }
    e.preventDefault();
  });
  document.addEventListener('click', (e) => {
    if (document.body.classList.contains('presenter') || e.target.closest('a')) return;
    show(current + (e.clientX < window.innerWidth / 3 ? -1 : 1), true);
  });
  window.addEventListener('hashchange', () => show(fromHash(), false));
  document.body.classList.add('js');
  show(fromHash(), false);
})();
