// Live updates for open pages (docs/adr/0029-live-updates-across-instances.md). An element with
// data-live-stream="/live/..." follows that server-sent event stream: on "update" it receives htmx's "live" event, so
// its own hx-get / hx-select / hx-trigger="live" fetch it again; an element that also has data-live-notices instead
// shows what changed with a button that shows the page afresh. On "closed" (the subject ended) or "reset" (updates may
// have been missed) the page's main content is fetched again. One EventSource per stream, whatever the number of
// elements, and a page follows at most one stream (browsers open few connections per host over HTTP/1.1); the browser
// reconnects by itself and says where it stopped (Last-Event-ID).
(() => {
  'use strict';

  const MAX_NOTICES = 5;
  const sources = new Map();

  const followers = (url) => [...document.querySelectorAll('[data-live-stream]')]
    .filter((element) => element.getAttribute('data-live-stream') === url);

  const refreshMain = () => htmx.ajax('GET', location.href, { target: 'main', select: 'main', swap: 'outerHTML' });

  const parse = (data) => {
    try {
      return JSON.parse(data) || {};
    } catch (notJson) {
      return {};
    }
  };

  const notify = (list, change) => {
    const notice = document.createElement('p');
    notice.className = 'live-notice';
    notice.append(document.createTextNode(change.text + ' — '));
    const show = document.createElement('button');
    show.type = 'button';
    show.textContent = change.show;
    show.addEventListener('click', refreshMain);
    notice.append(show);
    list.append(notice);
    while (list.children.length > MAX_NOTICES) {
      list.firstElementChild.remove();
    }
  };

  const updated = (url, event) => {
    const change = parse(event.data);
    followers(url).forEach((element) => {
      if (!element.hasAttribute('data-live-notices')) {
        htmx.trigger(element, 'live');
      } else if (change.text) {
        notify(element, change);
      }
    });
  };

  const attach = () => {
    const wanted = new Set([...document.querySelectorAll('[data-live-stream]')]
      .map((element) => element.getAttribute('data-live-stream')));
    sources.forEach((source, url) => {
      if (!wanted.has(url)) {
        source.close();
        sources.delete(url);
      }
    });
    wanted.forEach((url) => {
      if (sources.has(url)) {
        return;
      }
      const source = new EventSource(url);
      // What changed while no connection was open (between the page's render and the first one, or during a break
      // before any update gave the browser an id to resume from) was sent to no one: fetch the followed parts again.
      source.addEventListener('open', () => updated(url, { data: '{}' }));
      source.addEventListener('update', (event) => updated(url, event));
      source.addEventListener('closed', refreshMain);
      source.addEventListener('reset', refreshMain);
      // A stream refused (the session ended) is closed for good: forget it, so that a later page attaches anew.
      source.addEventListener('error', () => {
        if (source.readyState === EventSource.CLOSED && sources.get(url) === source) {
          sources.delete(url);
        }
      });
      sources.set(url, source);
    });
  };

  // A form sent through htmx and shown again in place leaves the keyboard where the person was, not at the top of the
  // page: the first field refused takes the focus or, when the focused element was swapped away, the part swapped in
  // does. Live refreshes (GET) never move the focus.
  const keepFocus = (event) => {
    const config = event.detail.requestConfig;
    const swapped = event.target;
    if (!config || config.verb === 'get' || !(swapped instanceof Element) || !swapped.isConnected) {
      return;
    }
    const refused = swapped.querySelector('[aria-invalid="true"]');
    if (refused) {
      refused.focus();
    } else if (!document.activeElement || document.activeElement === document.body) {
      const focusable = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]';
      const next = swapped.matches(focusable) ? swapped : swapped.querySelector(focusable);
      if (next) {
        next.focus();
      }
    }
  };

  document.addEventListener('htmx:afterSettle', attach);
  document.addEventListener('htmx:afterSettle', keepFocus);
  attach();
})();
