// Lectern deck player: keyboard navigation, #n deep links, a presenter window kept in sync with the
// audience window (p), slide overview (o or g), black/white screen (b or ., w or ,), fullscreen (f), key
// help (? or h). A static file: it reads slides from the page, notes and its labels (in the deck's language)
// from JSON blocks; nothing in it comes from content, and it never makes a network request.
(() => {
  const slides = Array.from(document.querySelectorAll('#deck > .marpit > svg'));
  const notesEl = document.getElementById('lectern-notes');
  const notes = notesEl ? JSON.parse(notesEl.textContent || '[]') : [];
  const labelsEl = document.getElementById('lectern-labels');
  const labels = {
    black: '■ black',
    white: '□ white',
    presenterTitle: 'presenter',
    announce: 'Slide {n} of {total}: {title}',
    overviewItem: '{n}: {title}',
    ...(labelsEl ? JSON.parse(labelsEl.textContent || '{}') : {}),
  };
  /** A label with its `{name}` slots filled (one pass: a filled value is never read as a slot). */
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
  const $ = (id) => document.getElementById(id);
  const deck = $('deck');
  const next = $('presenter-next');
  const notesBox = $('presenter-notes');
  const counter = $('presenter-counter');
  const screenState = $('presenter-screen');
  const timerEl = $('presenter-timer');
  const overview = $('overview');
  const curtain = $('curtain');
  const announce = $('announce');
  const help = $('help');
  const isPresenterWindow = new URLSearchParams(location.search).get('view') === 'presenter';
  let current = 0;
  let screen = 'normal';
  let started = 0;
  let presenterWindow = null;
  let returnFocus = null;

  // Both windows of one deck file share a channel; the opener link is the fallback where a browser
  // gives file:// pages no shared BroadcastChannel.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`lectern-deck:${location.pathname}`) : null;
  function post(message) {
    const data = { lectern: 1, ...message };
    if (channel) channel.postMessage(data);
    const peer = isPresenterWindow ? window.opener : presenterWindow;
    if (peer && !peer.closed) peer.postMessage(data, '*');
  }
  function receive(data) {
    if (!data || data.lectern !== 1) return;
    if (data.type === 'hello') post({ type: 'state', slide: current, screen });
    else if (data.type === 'state' && Number.isInteger(data.slide)) {
      show(data.slide, true, false);
      setScreen(['normal', 'black', 'white'].includes(data.screen) ? data.screen : 'normal', false);
    }
  }
  if (channel) channel.onmessage = (e) => receive(e.data);
  window.addEventListener('message', (e) => {
    if (e.source === window.opener || e.source === presenterWindow) receive(e.data);
  });

  const titleOf = (i) => {
    const heading = slides[i]?.querySelector('h1, h2, h3');
    return (heading ? heading.textContent : '').replace(/[\u2060\u200b]/g, '').trim();
  };

  function fromHash() {
    const n = Number.parseInt(location.hash.slice(1), 10);
    return Number.isFinite(n) && n >= 1 && n <= slides.length ? n - 1 : 0;
  }

  /** Shows slide `i`; `local` changes are sent to the other window. */
  function show(i, updateHash, local) {
    const target = Math.max(0, Math.min(slides.length - 1, i));
    const changed = target !== current;
    current = target;
    slides.forEach((s, k) => {
      s.classList.toggle('active', k === current);
      s.setAttribute('aria-hidden', String(k !== current));
    });
    if (updateHash && location.hash !== `#${current + 1}`) history.replaceState(null, '', `#${current + 1}`);
    renderPresenter();
    if (changed) announce.textContent = fill(labels.announce, { n: current + 1, total: slides.length, title: titleOf(current) });
    if (local) post({ type: 'state', slide: current, screen });
  }

  function setScreen(value, local) {
    screen = value;
    document.body.dataset.screen = value;
    curtain.hidden = value === 'normal' || isPresenterWindow;
    screenState.textContent = value === 'normal' ? '' : value === 'black' ? labels.black : labels.white;
    if (local) post({ type: 'state', slide: current, screen });
  }

  function cloneSlide(i) {
    const clone = slides[i].cloneNode(true);
    clone.classList.add('active');
    clone.setAttribute('aria-hidden', 'true');
    for (const el of clone.querySelectorAll('section[id]')) el.removeAttribute('id');
    return clone;
  }

  function renderPresenter() {
    if (!document.body.classList.contains('presenter')) return;
    next.textContent = '';
    if (slides[current + 1]) next.appendChild(cloneSlide(current + 1));
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

  function startPresenting() {
    document.body.classList.add('presenter');
    started = Date.now();
    setInterval(tick, 1000);
    tick();
    renderPresenter();
  }

  /** Opens (or focuses) the presenter window; where pop-ups are blocked, the panel opens in this window. */
  function openPresenter() {
    if (isPresenterWindow) return;
    if (presenterWindow && !presenterWindow.closed) {
      presenterWindow.focus();
      return;
    }
    const url = `${location.href.split('#')[0].split('?')[0]}?view=presenter#${current + 1}`;
    presenterWindow = window.open(url, 'lectern-presenter', 'popup,width=1280,height=800');
    if (!presenterWindow) {
      if (document.body.classList.contains('presenter')) document.body.classList.remove('presenter');
      else startPresenting();
    }
  }

  function buildOverview() {
    if (overview.childElementCount) return;
    slides.forEach((_, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.slide = String(i);
      button.setAttribute('aria-label', fill(labels.overviewItem, { n: i + 1, title: titleOf(i) }));
      // Marp's theme CSS matches `div.marpit > svg`: each thumbnail gets its own wrapper.
      const frame = document.createElement('div');
      frame.className = 'marpit';
      frame.appendChild(cloneSlide(i));
      button.appendChild(frame);
      const number = document.createElement('span');
      number.textContent = String(i + 1);
      number.setAttribute('aria-hidden', 'true');
      button.appendChild(number);
      button.addEventListener('click', () => {
        closeOverview(false);
        show(i, true, true);
      });
      overview.appendChild(button);
    });
  }

  function openOverview() {
    buildOverview();
    returnFocus = document.activeElement;
    overview.hidden = false;
    deck.inert = true;
    const buttons = Array.from(overview.children);
    for (const b of buttons) b.removeAttribute('aria-current');
    buttons[current].setAttribute('aria-current', 'true');
    buttons[current].focus();
    buttons[current].scrollIntoView({ block: 'nearest' });
  }

  function closeOverview(restoreFocus) {
    overview.hidden = true;
    deck.inert = false;
    if (restoreFocus && returnFocus && returnFocus.focus) returnFocus.focus();
  }

  /** Moves focus in the overview grid: by one, or by a row (the buttons that share the first one's top). */
  function moveInOverview(key) {
    const buttons = Array.from(overview.children);
    const at = Math.max(0, buttons.indexOf(document.activeElement));
    const columns = buttons.filter((b) => b.offsetTop === buttons[0].offsetTop).length || 1;
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }[key];
    const to = key === 'Home' ? 0 : key === 'End' ? buttons.length - 1 : at + step;
    if (buttons[to]) {
      buttons[to].focus();
      buttons[to].scrollIntoView({ block: 'nearest' });
    }
  }

  function openHelp() {
    if (!help) return;
    returnFocus = document.activeElement;
    help.hidden = false;
    deck.inert = true;
    $('help-close').focus();
  }

  function closeHelp() {
    help.hidden = true;
    deck.inert = false;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.documentElement.requestFullscreen().catch(() => {});
  }

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (help && !help.hidden) {
      if (!['Escape', '?', 'h', 'H'].includes(e.key)) return;
      closeHelp();
      e.preventDefault();
      return;
    }
    if (!overview.hidden) {
      if (['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) moveInOverview(e.key);
      else if (['Escape', 'o', 'O', 'g', 'G'].includes(e.key)) closeOverview(true);
      else return;
      e.preventDefault();
      return;
    }
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case ' ':
      case 'n':
        show(current + 1, true, true);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        show(current - 1, true, true);
        break;
      case 'Home':
        show(0, true, true);
        break;
      case 'End':
        show(slides.length - 1, true, true);
        break;
      case 'b':
      case 'B':
      case '.':
        setScreen(screen === 'black' ? 'normal' : 'black', true);
        break;
      case 'w':
      case 'W':
      case ',':
        setScreen(screen === 'white' ? 'normal' : 'white', true);
        break;
      case 'Escape':
        if (screen === 'normal') return;
        setScreen('normal', true);
        break;
      case 'o':
      case 'O':
      case 'g':
      case 'G':
        openOverview();
        break;
      case 'p':
      case 'P':
        openPresenter();
        break;
      case 'f':
      case 'F':
        toggleFullscreen();
        break;
      case '?':
      case 'h':
      case 'H':
        openHelp();
        break;
      default:
        return;
    }
    e.preventDefault();
  });
  document.addEventListener('click', (e) => {
    if (help && !help.hidden) {
      if (e.target.closest('#help-close') || !e.target.closest('#help > div')) closeHelp();
      return;
    }
    if (!overview.hidden || document.body.classList.contains('presenter') || e.target.closest('a, button')) return;
    if (screen !== 'normal') setScreen('normal', true);
    else show(current + (e.clientX < window.innerWidth / 3 ? -1 : 1), true, true);
  });
  timerEl.addEventListener('click', () => {
    started = Date.now();
    tick();
  });
  window.addEventListener('hashchange', () => show(fromHash(), false, true));
  document.body.classList.add('js');
  current = fromHash();
  show(current, false, false);
  if (isPresenterWindow) {
    document.title = `${document.title} — ${labels.presenterTitle}`;
    startPresenting();
    post({ type: 'hello' });
  }
})();
