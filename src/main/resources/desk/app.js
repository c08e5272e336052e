// Sahelwatch desk: live alert cards and a Sahel map.
// Plain ES2020, no build step, no framework, no external requests.
// Data contract: see README.md in this folder (GET /api/incidents, GET /api/incidents/{id}, SSE /api/stream).
'use strict';

(() => {
  // ---------------------------------------------------------------- constants

  const API = { incidents: '/api/incidents', stream: '/api/stream', map: '/static/sahel-admin1.json' };
  const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
  const SEV_RANK = Object.fromEntries(SEVERITIES.map((s, i) => [s, i]));
  const SEV_RADIUS = { LOW: 5, MEDIUM: 7, HIGH: 9.5, CRITICAL: 12.5 };   // map units (~px at 1000 px wide)
  const SAHEL5 = ['ML', 'BF', 'NE', 'TD', 'MR'];
  const COUNTRY_NAMES = {
    ML: 'Mali', BF: 'Burkina Faso', NE: 'Niger', TD: 'Chad', MR: 'Mauritania', NG: 'Nigeria', DZ: 'Algeria',
    SN: 'Senegal', GN: 'Guinea', CI: "Côte d'Ivoire", GH: 'Ghana', TG: 'Togo', BJ: 'Benin', LY: 'Libya',
    SD: 'Sudan', CM: 'Cameroon',
  };
  const EVENT_LABELS = {
    BATTLES: 'Battles',
    EXPLOSIONS_REMOTE_VIOLENCE: 'Explosions/Remote violence',
    VIOLENCE_AGAINST_CIVILIANS: 'Violence against civilians',
    PROTESTS: 'Protests',
    RIOTS: 'Riots',
    STRATEGIC_DEVELOPMENTS: 'Strategic developments',
  };
  const FILTER_KEYS = ['country', 'severity', 'eventType', 'actor'];

  // Map projection: simple equirectangular fitted to the Sahel box, standard parallel 14.5°N.
  const VIEW = { lonMin: -18, lonMax: 25, latMin: 4, latMax: 25 };
  const K = 24;                                   // map units per degree of latitude
  const COS = Math.cos(((VIEW.latMin + VIEW.latMax) / 2) * Math.PI / 180);
  const MAP_W = (VIEW.lonMax - VIEW.lonMin) * K * COS;
  const MAP_H = (VIEW.latMax - VIEW.latMin) * K;
  const px = lon => (lon - VIEW.lonMin) * K * COS;
  const py = lat => (VIEW.latMax - lat) * K;

  // Admin-1 names as the gazetteer (GeoNames) writes them -> Natural Earth feature names.
  // Keys and values are compared after fold(): case-, accent- and punctuation-insensitive.
  // Burkina Faso: Natural Earth has the 45 provinces, GeoNames the 13 regions, so a region maps to its provinces.
  const ADMIN1_ALIASES = {
    ML: {
      'Tombouctou': ['Timbuktu'], 'Tombouctou Region': ['Timbuktu'], 'Timbuctoo': ['Timbuktu'],
      'Taoudeni': ['Taoudénit'], 'Taoudenni': ['Taoudénit'], 'Taoudenit Region': ['Taoudénit'],
      'Menaka Region': ['Ménaka'], 'District de Bamako': ['Bamako'], 'Bamako District': ['Bamako'],
      'Segou Region': ['Ségou'], 'Kidal Region': ['Kidal'], 'Gao Region': ['Gao'], 'Mopti Region': ['Mopti'],
    },
    NE: {
      'Tillabery': ['Tillabéri'], 'Tillaberi Region': ['Tillabéri'], 'Agades': ['Agadez'],
      'Niamey Communaute Urbaine': ['Niamey'], 'Communaute Urbaine de Niamey': ['Niamey'],
    },
    TD: {
      "N'Djamena": ["Ville de N'Djamena"], 'Ndjamena': ["Ville de N'Djamena"],
      'Ouadai': ['Ouaddaï'], 'Ouaddai': ['Ouaddaï'], 'Bahr el Gazel': ['Barh El Gazel'], 'Barh el Ghazel': ['Barh El Gazel'],
      'Ennedi-Est': ['Ennedi Est إنيدي الشرقية'], 'Ennedi-Ouest': ['Ennedi Ouest إنيدي الغربية'],
      'Ennedi Est': ['Ennedi Est إنيدي الشرقية'], 'Ennedi Ouest': ['Ennedi Ouest إنيدي الغربية'],
      'Guera': ['Guéra'], 'Tandjile': ['Tandjilé'], 'Mayo-Kébbi Est': ['Mayo-Kebbi Est'], 'Mayo-Kébbi Ouest': ['Mayo-Kebbi Ouest'],
    },
    MR: {
      'Hodh Ech Chargi': ['Hodh ech Chargui'], 'Hodh Charghi': ['Hodh ech Chargui'], 'Hodh-Oriental': ['Hodh ech Chargui'],
      'Hodh el Gharby': ['Hodh el Gharbi'], 'Hodh-Occidental': ['Hodh el Gharbi'],
      'Guidimagha': ['Guidimaka'], 'Guidimakha': ['Guidimaka'], 'Tiris Zemmur': ['Tiris Zemmour'],
      'Nouakchott': ['Nouakchott Nord', 'Nouakchott Ouest', 'Nouakchott Sud'],
      'Nouakchott-Nord': ['Nouakchott Nord'], 'Nouakchott-Ouest': ['Nouakchott Ouest'], 'Nouakchott-Sud': ['Nouakchott Sud'],
    },
    BF: {
      'Boucle du Mouhoun': ['Balé', 'Banwa', 'Kossi', 'Mou Houn', 'Nayala', 'Sourou'],
      'Cascades': ['Komoé', 'Léraba'],
      'Centre': ['Kadiogo'],
      'Centre-Est': ['Boulgou', 'Koulpélogo', 'Kouritenga'],
      'Centre-Nord': ['Bam', 'Namentenga', 'Sanmatenga'],
      'Centre-Ouest': ['Boulkiemdé', 'Sanguié', 'Sissili', 'Ziro'],
      'Centre-Sud': ['Bazéga', 'Nahouri', 'Zoundwéogo'],
      'Est': ['Gnagna', 'Gourma', 'Komondjari', 'Kompienga', 'Tapoa'],
      'Hauts-Bassins': ['Houet', 'Kénédougou', 'Tuy'],
      'Nord': ['Loroum', 'Passoré', 'Yatenga', 'Zondoma'],
      'Plateau-Central': ['Ganzourgou', 'Kourwéogo', 'Oubritenga'],
      'Sahel': ['Oudalan', 'Séno', 'Soum', 'Yagha'],
      'Sud-Ouest': ['Bougouriba', 'Ioba', 'Noumbiel', 'Poni'],
      // province spellings of GeoNames/OCHA
      'Comoe': ['Komoé'], 'Mouhoun': ['Mou Houn'], 'Komandjoari': ['Komondjari'], 'Noumbièl': ['Noumbiel'],
    },
  };

  // ---------------------------------------------------------------- state

  /** alertId -> { alert, versions: Map<int, alert>, historyLoaded, live } */
  const alerts = new Map();
  /** surgeId -> surge */
  const surges = new Map();
  let selectedId = null;
  let mapReady = false;
  /** `${CC}|${fold(name)}` -> [SVGPathElement] */
  const regionIndex = new Map();
  /** CC -> [SVGPathElement] */
  const countryPaths = new Map();

  const $ = sel => document.querySelector(sel);
  const els = {
    cards: $('#cards'), count: $('#count'), countLabel: $('#count-label'), empty: $('#empty'), status: $('#status'),
    form: $('#filters'), map: $('#map'), tooltip: $('#tooltip'), surges: $('#surges'), surgeList: $('#surge-list'),
    error: $('#error'), clock: $('#clock'),
  };

  // ---------------------------------------------------------------- helpers

  /** Case-, accent- and punctuation-insensitive key. Non-Latin letters (e.g. Arabic) are dropped. */
  function fold(s) {
    return String(s ?? '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/[\u2018\u2019'`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }

  /** Creates an element; children may be strings (text nodes, never parsed as HTML) or nodes. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
    return el;
  }
  const SVG_NS = 'http://www.w3.org/2000/svg';
  function s(tag, attrs) {
    const el = document.createElementNS(SVG_NS, tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
    return el;
  }

  function toDate(v) {
    if (v == null || v === '') return null;
    const d = new Date(typeof v === 'number' ? v : Date.parse(v));
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const timeMs = v => toDate(v)?.getTime() ?? 0;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = n => String(n).padStart(2, '0');
  function fmtTime(v) {
    const d = toDate(v);
    if (!d) return '—';
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  }
  function isoAttr(v) { const d = toDate(v); return d ? d.toISOString() : ''; }

  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    try { const url = new URL(u, location.href); return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null; }
    catch { return null; }
  }
  const sevRank = sev => SEV_RANK[sev] ?? -1;
  const sevClass = sev => (SEVERITIES.includes(sev) ? sev : 'UNKNOWN');
  const titleCase = str => String(str ?? '').toLowerCase().replace(/_/g, ' ').replace(/^\w/, c => c.toUpperCase());
  const countryName = (cc, fallback) => fallback || COUNTRY_NAMES[cc] || cc || '';
  const sourceCount = a => (Number.isInteger(a.independentSources) ? a.independentSources : (a.sources || []).length);

  // ---------------------------------------------------------------- filters (kept in the URL)

  function readFiltersFromUrl() {
    const q = new URLSearchParams(location.search);
    for (const k of FILTER_KEYS) {
      const ctl = els.form.elements[k];
      const raw = (q.get(k) ?? '').trim();
      const v = k === 'actor' ? raw : raw.toUpperCase();
      if (ctl.tagName === 'SELECT' && v && ![...ctl.options].some(o => o.value === v)) {
        ctl.append(h('option', { value: v }, k === 'country' ? `${countryName(v)} (${v})` : v));
      }
      ctl.value = v;
    }
  }
  function currentFilters() {
    const f = {};
    for (const k of FILTER_KEYS) f[k] = (els.form.elements[k].value || '').trim();
    return f;
  }
  function writeFiltersToUrl() {
    const q = new URLSearchParams(location.search);
    const f = currentFilters();
    for (const k of FILTER_KEYS) { if (f[k]) q.set(k, f[k]); else q.delete(k); }
    const qs = q.toString();
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
  }
  function matches(a, f) {
    if (f.country && a.location?.countryCode !== f.country) return false;
    if (f.severity && sevRank(a.severity) < sevRank(f.severity)) return false;
    if (f.eventType && a.eventType !== f.eventType) return false;
    if (f.actor) {
      const needle = fold(f.actor);
      if (needle && !(a.actors || []).some(x => fold(x.name).includes(needle) || fold(x.actorId).includes(needle))) return false;
    }
    return true;
  }
  function ensureCountryOption(cc) {
    if (!cc) return;
    const sel = els.form.elements.country;
    if ([...sel.options].some(o => o.value === cc)) return;
    sel.append(h('option', { value: cc }, `${countryName(cc)} (${cc})`));
  }

  // ---------------------------------------------------------------- alert store

  /** Merges one alert version; returns true when the displayed (latest) version changed. */
  function upsert(alert, { live = false } = {}) {
    if (!alert || typeof alert.alertId !== 'string') return false;
    let entry = alerts.get(alert.alertId);
    if (!entry) { entry = { alert, versions: new Map(), historyLoaded: false, live: false }; alerts.set(alert.alertId, entry); }
    const v = Number.isInteger(alert.version) ? alert.version : 0;
    entry.versions.set(v, alert);
    const cur = Number.isInteger(entry.alert.version) ? entry.alert.version : 0;
    const changed = entry.alert === alert || v >= cur;
    if (changed) { entry.alert = alert; if (live) entry.live = true; }
    ensureCountryOption(alert.location?.countryCode);
    return changed;
  }
  const sortedEntries = () => [...alerts.values()].sort((x, y) =>
    (timeMs(y.alert.lastSeenAt) - timeMs(x.alert.lastSeenAt)) ||
    (timeMs(y.alert.firstSeenAt) - timeMs(x.alert.firstSeenAt)) ||
    (x.alert.alertId < y.alert.alertId ? -1 : x.alert.alertId > y.alert.alertId ? 1 : 0));

  // ---------------------------------------------------------------- cards

  /** The sentence with its matched spans in <mark>; all text goes through text nodes. */
  function highlightedSentence(ev) {
    const sent = ev.sentence || {};
    const text = typeof sent.text === 'string' ? sent.text : '';
    const base = Number.isInteger(sent.start) ? sent.start : 0;
    const spans = [];
    for (const m of ev.matches || []) {
      if (!m || (m.field && sent.field && m.field !== sent.field)) continue;
      let a = m.start - base, b = m.end - base;
      const ok = Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b <= text.length && a < b;
      if (!ok || (typeof m.text === 'string' && m.text && text.slice(a, b) !== m.text)) {
        // Offsets that do not line up: fall back to finding the matched text in the sentence.
        const i = typeof m.text === 'string' && m.text ? text.indexOf(m.text) : -1;
        if (i < 0) continue;
        a = i; b = i + m.text.length;
      }
      spans.push([a, b]);
    }
    spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    const merged = [];
    for (const sp of spans) {
      const last = merged[merged.length - 1];
      if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]); else merged.push(sp.slice());
    }
    const q = h('q', { class: 'sentence' });
    let pos = 0;
    for (const [a, b] of merged) {
      if (a > pos) q.append(text.slice(pos, a));
      q.append(h('mark', null, text.slice(a, b)));
      pos = b;
    }
    if (pos < text.length) q.append(text.slice(pos));
    return q;
  }

  function placeLine(loc) {
    if (!loc) return h('span', { class: 'muted' }, 'unknown place');
    const parts = [];
    if (loc.kind !== 'COUNTRY') {
      parts.push(h('strong', null, loc.name || '?'));
      const sub = [];
      if (loc.admin2 && loc.admin2 !== loc.name) sub.push(loc.admin2);
      if (loc.admin1 && !(loc.kind === 'ADMIN1' && loc.admin1 === loc.name)) sub.push(`${loc.admin1} region`);
      sub.push(countryName(loc.countryCode, loc.country));
      parts.push(h('span', { class: 'place-sub' }, `, ${sub.join(', ')}`));
    } else {
      parts.push(h('strong', null, countryName(loc.countryCode, loc.country || loc.name)));
    }
    return h('span', { class: 'place' }, parts);
  }

  function historyList(entry) {
    const versions = [...entry.versions.values()].sort((x, y) => (x.version ?? 0) - (y.version ?? 0));
    const ol = h('ol', { class: 'history-list' });
    let prevHeadline = null;
    for (const v of versions) {
      const li = h('li', { class: `hist status-${v.status || 'NEW'}`, dataset: { version: v.version } },
        h('span', { class: 'hist-v' }, `v${v.version}`),
        h('span', { class: `hist-status status-${v.status || ''}` }, v.status || '?'),
        h('span', { class: `hist-sev sev-text-${sevClass(v.severity)}` }, v.severity || '?'),
        h('time', { datetime: isoAttr(v.lastSeenAt) }, fmtTime(v.lastSeenAt)),
        h('span', { class: 'hist-src' }, `${sourceCount(v)} source${sourceCount(v) === 1 ? '' : 's'}`),
        v.fatalities != null ? h('span', { class: 'hist-deaths' }, `${v.fatalities} deaths`) : null,
        prevHeadline != null && v.headline !== prevHeadline ? h('span', { class: 'hist-headline' }, v.headline) : null);
      prevHeadline = v.headline;
      ol.append(li);
    }
    const known = versions.length, latest = entry.alert.version ?? known;
    if (!entry.historyLoaded && known < latest) ol.append(h('li', { class: 'hist muted' }, `${latest - known} earlier version(s) not loaded yet`));
    return ol;
  }

  function renderCard(entry) {
    const a = entry.alert;
    const sev = sevClass(a.severity);
    const actors = a.actors || [];
    const sources = a.sources || [];
    const evidence = a.evidence || [];
    const srcByArticle = new Map(sources.map(x => [x.articleId, x]));
    const n = sourceCount(a);

    const card = h('article', {
      class: `card sev-${sev}`, 'data-alert-id': a.alertId, 'data-severity': sev, 'data-version': a.version,
      tabindex: '-1', 'aria-label': `${a.severity} alert: ${a.headline}`,
    });

    card.append(h('header', { class: 'card-head' },
      h('span', { class: `sev-badge sev-${sev}` }, a.severity || '?'),
      h('span', { class: 'etype' }, EVENT_LABELS[a.eventType] || titleCase(a.eventType),
        a.subEventType ? h('span', { class: 'subtype' }, ` / ${a.subEventType}`) : null),
      h('span', { class: `vbadge status-${a.status || ''}`, title: 'version and status' }, `v${a.version} ${a.status || ''}`),
      h('time', { class: 'seen', datetime: isoAttr(a.lastSeenAt), title: `first seen ${fmtTime(a.firstSeenAt)}` }, fmtTime(a.lastSeenAt))));

    card.append(h('h3', { class: 'headline' }, a.headline || '(no headline)'));

    const surgeTags = [...surges.values()].filter(sg => (sg.alertIds || []).includes(a.alertId));
    const dl = h('dl', { class: 'facts' },
      h('dt', null, 'Place'), h('dd', null, placeLine(a.location),
        surgeTags.length ? h('span', { class: 'surge-chip', title: 'part of a surge' }, 'SURGE') : null),
      h('dt', null, 'Actors'), h('dd', { class: 'actors' }, actors.length
        ? actors.map(x => h('span', { class: `actor cat-${x.category || 'OTHER'}`, title: x.actorId || '' },
          x.name || x.actorId || '?', h('small', null, titleCase(x.category || 'OTHER'))))
        : h('span', { class: 'muted' }, 'none identified')),
      h('dt', null, 'Deaths'), h('dd', { class: 'deaths' }, Number.isInteger(a.fatalities)
        ? h('strong', null, String(a.fatalities)) : h('span', { class: 'muted' }, 'not reported')),
      h('dt', null, 'Sources'), h('dd', { class: 'sources' },
        h('span', { class: 'src-count' }, Number.isInteger(a.independentSources)
          ? `${n} independent source${n === 1 ? '' : 's'}` : `${n} source${n === 1 ? '' : 's'}`),
        h('ul', { class: 'src-list' }, sources.map(src => {
          const url = safeUrl(src.url);
          const label = [src.source, src.title].filter(Boolean).join(': ');
          return h('li', { class: src.independent === false ? 'syndicated' : null },
            url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label || url) : h('span', null, label),
            src.publishedAt ? h('time', { datetime: isoAttr(src.publishedAt) }, ` ${fmtTime(src.publishedAt)}`) : null,
            src.independent === false ? h('span', { class: 'synd-tag', title: 'a near-duplicate of a report already counted' }, 'copy') : null);
        })),
        Array.isArray(a.alsoCarriedBy) && a.alsoCarriedBy.length
          ? h('p', { class: 'also' }, 'Also carried by: ', a.alsoCarriedBy.map(String).join(', ')) : null));
    card.append(dl);

    if (evidence.length) {
      card.append(h('div', { class: 'evidence' },
        h('h4', null, 'Evidence'),
        evidence.map(ev => h('figure', { class: 'ev' },
          h('blockquote', null, highlightedSentence(ev)),
          h('figcaption', null, [srcByArticle.get(ev.articleId)?.source, ev.sentence?.field === 'TITLE' ? 'headline' : null]
            .filter(Boolean).join(' · '))))));
    }

    const details = h('details', { class: 'history' },
      h('summary', null, `Version history (${Math.max(entry.versions.size, a.version || 1)})`), historyList(entry));
    details.addEventListener('toggle', () => { if (details.open) loadHistory(a.alertId); });
    card.append(details);

    card.addEventListener('click', ev => {
      if (ev.target.closest('a, summary, details')) return;
      select(a.alertId, { scroll: false });
    });
    return card;
  }

  async function loadHistory(alertId) {
    const entry = alerts.get(alertId);
    if (!entry || entry.historyLoaded) return;
    try {
      const res = await fetch(`${API.incidents}/${encodeURIComponent(alertId)}`, { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = await res.json();
      entry.historyLoaded = true;
      for (const v of body.versions || []) if (v && v.alertId === alertId) entry.versions.set(v.version, v);
      if (body.alert) upsert(body.alert);
      refreshCard(alertId);
    } catch (e) {
      console.warn('history', alertId, e);
    }
  }

  /** Replaces one card in place, keeping its open history and the selection. */
  function refreshCard(alertId) {
    const entry = alerts.get(alertId);
    const old = els.cards.querySelector(`article.card[data-alert-id="${CSS.escape(alertId)}"]`);
    if (!entry) return;
    const card = renderCard(entry);
    if (old) {
      const hist = old.querySelector('details.history');
      if (hist?.open) card.querySelector('details.history').open = true;
      card.hidden = old.hidden;
      if (old.classList.contains('selected')) card.classList.add('selected');
      old.replaceWith(card);
    }
    return card;
  }

  /** Orders cards newest first, adding missing ones; `changed` ids are re-rendered. */
  function renderAll(changed = new Set(), flash = new Set()) {
    const entries = sortedEntries();
    const existing = new Map([...els.cards.querySelectorAll('article.card')].map(c => [c.dataset.alertId, c]));
    const frag = [];
    for (const e of entries) {
      let card = existing.get(e.alert.alertId);
      if (!card || changed.has(e.alert.alertId)) card = card ? refreshCard(e.alert.alertId) : renderCard(e);
      if (flash.has(e.alert.alertId)) { card.classList.remove('flash'); void card.offsetWidth; card.classList.add('flash'); }
      frag.push(card);
    }
    // Move only the nodes that are out of place: replacing all children would reset the scroll position,
    // while single moves let the browser's scroll anchoring keep the desk's view steady.
    let ref = els.cards.firstElementChild;
    for (const card of frag) {
      if (card === ref) { ref = ref.nextElementSibling; continue; }
      els.cards.insertBefore(card, ref);
    }
    while (ref) { const next = ref.nextElementSibling; ref.remove(); ref = next; }
    applyFilters();
  }

  function applyFilters() {
    const f = currentFilters();
    let visible = 0;
    const shown = new Set();
    for (const card of els.cards.querySelectorAll('article.card')) {
      const e = alerts.get(card.dataset.alertId);
      const ok = !!e && matches(e.alert, f);
      card.hidden = !ok;
      if (ok) { visible++; shown.add(card.dataset.alertId); }
    }
    els.count.textContent = String(visible);
    els.countLabel.textContent = `${visible === 1 ? 'alert' : 'alerts'}${visible !== alerts.size ? ` of ${alerts.size}` : ''}`;
    els.empty.hidden = visible > 0;
    els.empty.textContent = alerts.size ? 'No alerts match these filters.' : 'No alerts yet. Waiting for the stream…';
    drawMarkers(shown);
  }

  // ---------------------------------------------------------------- selection

  function select(alertId, { scroll = true } = {}) {
    selectedId = alertId;
    for (const c of els.cards.querySelectorAll('article.card.selected')) c.classList.remove('selected');
    for (const m of els.map.querySelectorAll('circle.marker.selected')) m.classList.remove('selected');
    const card = els.cards.querySelector(`article.card[data-alert-id="${CSS.escape(alertId)}"]`);
    const marker = els.map.querySelector(`circle.marker[data-alert-id="${CSS.escape(alertId)}"]`);
    if (marker) { marker.classList.add('selected'); marker.parentNode.append(marker); }   // bring to front
    if (card) {
      card.classList.add('selected');
      if (scroll) {
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        card.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
        card.focus({ preventScroll: true });
      }
    }
  }

  // ---------------------------------------------------------------- map

  function ringPath(ring) {
    let d = '';
    for (let i = 0; i < ring.length; i++) {
      const [lon, lat] = ring[i];
      d += `${i ? 'L' : 'M'}${px(lon).toFixed(1)} ${py(lat).toFixed(1)}`;
    }
    return `${d}Z`;
  }
  function geomPath(g) {
    if (!g) return '';
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return polys.map(p => p.map(ringPath).join('')).join('');
  }

  function buildMapSkeleton() {
    const svg = els.map;
    svg.setAttribute('viewBox', `0 0 ${MAP_W.toFixed(1)} ${MAP_H.toFixed(1)}`);
    svg.replaceChildren(
      s('rect', { class: 'sea', x: 0, y: 0, width: MAP_W.toFixed(1), height: MAP_H.toFixed(1) }),
      s('g', { id: 'layer-admin1' }), s('g', { id: 'layer-borders' }), s('g', { id: 'layer-surge' }),
      s('g', { id: 'layer-labels' }), s('g', { id: 'layer-markers' }));
  }

  async function loadMap() {
    buildMapSkeleton();
    try {
      const res = await fetch(API.map);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      drawBaseMap(await res.json());
    } catch (e) {
      console.warn('map data', e);
      const t = s('text', { x: MAP_W / 2, y: MAP_H / 2, class: 'map-error', 'text-anchor': 'middle' });
      t.textContent = 'Map data unavailable';
      els.map.querySelector('#layer-labels').append(t);
    }
    mapReady = true;
    applyFilters();
    refreshSurges();
  }

  function drawBaseMap(fc) {
    const admin = els.map.querySelector('#layer-admin1');
    const centroids = new Map();   // CC -> [sumX, sumY, sumArea]
    for (const f of fc.features || []) {
      const cc = f.properties?.iso_a2 || '';
      const name = f.properties?.name || '';
      const path = s('path', {
        class: `adm1 ${SAHEL5.includes(cc) ? 'sahel5' : 'neighbour'}`, d: geomPath(f.geometry),
        'data-cc': cc, 'data-name': name,
      });
      const title = s('title'); title.textContent = `${name}, ${countryName(cc)}`;
      path.append(title);
      admin.append(path);
      const key = `${cc}|${fold(name)}`;
      if (!regionIndex.has(key)) regionIndex.set(key, []);
      regionIndex.get(key).push(path);
      if (!countryPaths.has(cc)) countryPaths.set(cc, []);
      countryPaths.get(cc).push(path);
      if (SAHEL5.includes(cc)) accumulateCentroid(centroids, cc, f.geometry);
    }
    const borders = fc.countryBorders?.coordinates || [];
    let d = '';
    for (const line of borders) line.forEach(([lon, lat], i) => { d += `${i ? 'L' : 'M'}${px(lon).toFixed(1)} ${py(lat).toFixed(1)}`; });
    els.map.querySelector('#layer-borders').append(s('path', { class: 'borders', d }));
    const labels = els.map.querySelector('#layer-labels');
    for (const [cc, [sx, sy, sa]] of centroids) {
      if (!sa) continue;
      const t = s('text', { class: 'country-label', x: (sx / sa).toFixed(1), y: (sy / sa).toFixed(1), 'text-anchor': 'middle' });
      t.textContent = countryName(cc).toUpperCase();
      labels.append(t);
    }
  }

  function accumulateCentroid(acc, cc, g) {
    const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    const c = acc.get(cc) || [0, 0, 0];
    for (const p of polys) {
      const r = p[0];
      for (let i = 0; i < r.length - 1; i++) {
        const x0 = px(r[i][0]), y0 = py(r[i][1]), x1 = px(r[i + 1][0]), y1 = py(r[i + 1][1]);
        const cross = x0 * y1 - x1 * y0;
        c[0] += (x0 + x1) * cross / 6; c[1] += (y0 + y1) * cross / 6; c[2] += cross / 2;
      }
    }
    acc.set(cc, c);
  }

  /** Where to draw an alert: its coordinates, else its admin1 polygon's centre. */
  function markerPoint(a) {
    const loc = a.location || {};
    if (Number.isFinite(loc.latitude) && Number.isFinite(loc.longitude)) return [px(loc.longitude), py(loc.latitude)];
    const paths = findRegionPaths(loc.countryCode, loc.admin1);
    if (paths.length) {
      const b = paths[0].getBBox();
      return [b.x + b.width / 2, b.y + b.height / 2];
    }
    return null;
  }

  function drawMarkers(shownIds) {
    if (!mapReady) return;
    const layer = els.map.querySelector('#layer-markers');
    const items = [];
    for (const id of shownIds) {
      const e = alerts.get(id);
      const p = e && markerPoint(e.alert);
      if (p) items.push({ a: e.alert, p });
    }
    // Alerts at the same spot are fanned out slightly so each marker stays clickable.
    const spots = new Map();
    for (const it of items) {
      const key = `${Math.round(it.p[0] / 4)}|${Math.round(it.p[1] / 4)}`;
      if (!spots.has(key)) spots.set(key, []);
      spots.get(key).push(it);
    }
    for (const group of spots.values()) {
      if (group.length < 2) continue;
      group.sort((x, y) => (x.a.alertId < y.a.alertId ? -1 : 1));
      group.forEach((it, i) => {
        const ang = (2 * Math.PI * i) / group.length - Math.PI / 2, r = 7 + group.length;
        it.p = [it.p[0] + r * Math.cos(ang), it.p[1] + r * Math.sin(ang)];
      });
    }
    // Big (severe) markers first, small ones on top so all remain clickable.
    items.sort((x, y) => sevRank(y.a.severity) - sevRank(x.a.severity) || timeMs(x.a.lastSeenAt) - timeMs(y.a.lastSeenAt));
    const nodes = items.map(({ a, p }) => {
      const sev = sevClass(a.severity);
      const c = s('circle', {
        class: `marker sev-${sev}${a.alertId === selectedId ? ' selected' : ''}`, 'data-alert-id': a.alertId,
        cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: SEV_RADIUS[sev] ?? 5, tabindex: 0, role: 'button',
        'aria-label': `${a.severity}: ${a.headline}`,
      });
      return c;
    });
    layer.replaceChildren(...nodes);
    const sel = selectedId && layer.querySelector(`circle.marker[data-alert-id="${CSS.escape(selectedId)}"]`);
    if (sel) layer.append(sel);
  }

  function wireMapEvents() {
    els.map.addEventListener('click', ev => {
      const m = ev.target.closest?.('circle.marker');
      if (m) select(m.dataset.alertId);
    });
    els.map.addEventListener('keydown', ev => {
      const m = ev.target.closest?.('circle.marker');
      if (m && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); select(m.dataset.alertId); }
    });
    const show = m => {
      const e = alerts.get(m.dataset.alertId);
      if (!e) return;
      const a = e.alert;
      els.tooltip.replaceChildren(
        h('span', { class: `sev-badge sev-${sevClass(a.severity)}` }, a.severity),
        h('span', { class: 'tt-headline' }, a.headline),
        h('span', { class: 'tt-meta' }, [a.location?.name, countryName(a.location?.countryCode, a.location?.country)].filter(Boolean).join(', ')));
      els.tooltip.hidden = false;
      const wrap = els.map.parentElement.getBoundingClientRect();
      const r = m.getBoundingClientRect();
      const tw = els.tooltip.offsetWidth, th = els.tooltip.offsetHeight;
      let x = r.left - wrap.left + r.width / 2 - tw / 2;
      let y = r.top - wrap.top - th - 8;
      if (y < 4) y = r.bottom - wrap.top + 8;
      x = Math.max(4, Math.min(x, wrap.width - tw - 4));
      els.tooltip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    };
    const hide = () => { els.tooltip.hidden = true; };
    els.map.addEventListener('mouseover', ev => { const m = ev.target.closest?.('circle.marker'); if (m) show(m); });
    els.map.addEventListener('mouseout', ev => { if (ev.target.closest?.('circle.marker')) hide(); });
    els.map.addEventListener('focusin', ev => { const m = ev.target.closest?.('circle.marker'); if (m) show(m); });
    els.map.addEventListener('focusout', hide);
  }

  // ---------------------------------------------------------------- surges

  function findRegionPaths(cc, admin1) {
    if (!cc || !admin1) return [];
    const direct = regionIndex.get(`${cc}|${fold(admin1)}`);
    if (direct) return direct;
    const aliases = ADMIN1_ALIASES[cc] || {};
    const key = fold(admin1);
    for (const [alias, targets] of Object.entries(aliases)) {
      if (fold(alias) !== key) continue;
      return targets.flatMap(t => regionIndex.get(`${cc}|${fold(t)}`) || []);
    }
    // Last resort: drop generic words ("Region de …", "… Province", "Wilaya du …").
    const stripped = key.replace(/\b(region|province|wilaya|prefecture|de|du|des|la|l|of)\b/g, ' ').replace(/\s+/g, ' ').trim();
    if (stripped && stripped !== key) return findRegionPaths(cc, stripped);
    return [];
  }

  function refreshSurges() {
    const overlay = els.map.querySelector('#layer-surge');
    if (overlay) overlay.replaceChildren();
    for (const p of els.map.querySelectorAll('path.adm1.surge')) p.classList.remove('surge');
    const items = [...surges.values()].sort((x, y) => timeMs(y.detectedAt) - timeMs(x.detectedAt));
    els.surges.hidden = items.length === 0;
    els.surgeList.replaceChildren(...items.map(sg => {
      const paths = mapReady ? findRegionPaths(sg.countryCode, sg.admin1) : [];
      for (const p of paths) {
        p.classList.add('surge');
        if (overlay) overlay.append(s('path', { class: 'surge-outline', d: p.getAttribute('d'), 'data-surge-id': sg.surgeId }));
      }
      const where = [sg.admin1, countryName(sg.countryCode, sg.country)].filter(Boolean).join(', ');
      const factor = Number.isFinite(sg.factor) ? `threshold ×${sg.factor.toFixed(1)}` : '';
      const baseline = Number.isFinite(sg.baseline) ? `baseline ${sg.baseline.toFixed(1)}` : '';
      const dismiss = h('button', { type: 'button', class: 'btn btn-small', 'aria-label': `Dismiss surge in ${where}` }, '✕');
      dismiss.addEventListener('click', ev => { ev.stopPropagation(); surges.delete(sg.surgeId); refreshSurges(); renderAll(new Set(sg.alertIds || [])); });
      const li = h('li', { class: 'surge-item', 'data-surge-id': sg.surgeId, tabindex: 0, title: 'Show the first alert of this surge' },
        h('strong', { class: 'surge-where' }, where || 'unknown region'),
        h('span', null, ` ${sg.count ?? '?'} alerts in ${sg.windowHours ?? '?'} h`),
        h('span', { class: 'muted' }, ` (${[baseline, factor].filter(Boolean).join(', ')})`),
        h('time', { class: 'muted', datetime: isoAttr(sg.detectedAt) }, ` ${fmtTime(sg.detectedAt)}`),
        paths.length || !mapReady ? null : h('span', { class: 'muted' }, ' · region not on map'),
        dismiss);
      li.addEventListener('click', () => {
        const first = (sg.alertIds || []).find(id => els.cards.querySelector(`article.card[data-alert-id="${CSS.escape(id)}"]:not([hidden])`));
        if (first) select(first);
      });
      return li;
    }));
  }

  function addSurge(sg) {
    if (!sg || typeof sg !== 'object') return;
    const id = sg.surgeId || `${sg.countryCode}|${sg.admin1}`;
    surges.set(id, { ...sg, surgeId: id });
    while (surges.size > 12) {   // keep the banner short: drop the oldest
      const oldest = [...surges.values()].sort((x, y) => timeMs(x.detectedAt) - timeMs(y.detectedAt))[0];
      surges.delete(oldest.surgeId);
    }
    refreshSurges();
    renderAll(new Set(sg.alertIds || []));
  }

  // ---------------------------------------------------------------- network

  function showError(msg) {
    els.error.textContent = msg || '';
    els.error.hidden = !msg;
  }

  // The desk answers errors as {"error": "what was wrong and what to do"}, e.g. a missing token (401).
  async function httpError(res, url) {
    let why = '';
    try { why = (await res.json()).error || ''; } catch (e) { /* not JSON */ }
    return new Error(`GET ${url}: HTTP ${res.status}${why ? ` (${why})` : ''}`);
  }

  async function loadIncidents() {
    const q = new URLSearchParams();
    const since = new URLSearchParams(location.search).get('since');
    if (since) q.set('since', since);
    const url = `${API.incidents}${q.toString() ? `?${q}` : ''}`;
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw await httpError(res, url);
    const list = await res.json();
    if (!Array.isArray(list)) throw new Error(`GET ${url}: expected a JSON array`);
    const changed = new Set();
    for (const a of list) if (upsert(a)) changed.add(a.alertId);
    renderAll(changed);
  }

  let source = null, retryTimer = null, hadError = false;
  function setStatus(state, text) {
    els.status.className = `status status-${state}`;
    els.status.textContent = text;
  }
  function openStream() {
    clearTimeout(retryTimer);
    if (source) source.close();
    setStatus('connecting', hadError ? 'reconnecting' : 'connecting');
    source = new EventSource(API.stream);
    source.addEventListener('open', () => {
      setStatus('live', 'live');
      if (hadError) {   // catch up on what was missed while disconnected
        hadError = false;
        loadIncidents().then(() => showError('')).catch(e => console.warn('catch-up', e));
      }
    });
    source.addEventListener('error', () => {
      hadError = true;
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (e.g. an HTTP error status): retry ourselves.
        setStatus('offline', 'offline');
        retryTimer = setTimeout(openStream, 5000);
      } else {
        setStatus('reconnecting', 'reconnecting');
      }
    });
    source.addEventListener('alert', ev => {
      let a;
      try { a = JSON.parse(ev.data); } catch (e) { console.warn('bad alert event', e); return; }
      if (upsert(a, { live: true })) renderAll(new Set([a.alertId]), new Set([a.alertId]));
      else refreshCard(a.alertId);   // an older version: history only
    });
    source.addEventListener('surge', ev => {
      try { addSurge(JSON.parse(ev.data)); } catch (e) { console.warn('bad surge event', e); }
    });
  }

  // ---------------------------------------------------------------- start

  function tickClock() {
    const d = new Date();
    els.clock.textContent = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
    els.clock.dateTime = d.toISOString();
  }

  async function start() {
    readFiltersFromUrl();
    const onChange = () => { writeFiltersToUrl(); applyFilters(); };
    els.form.addEventListener('change', onChange);
    els.form.addEventListener('input', onChange);
    els.form.addEventListener('submit', ev => ev.preventDefault());
    els.form.addEventListener('reset', () => setTimeout(onChange, 0));
    wireMapEvents();
    tickClock();
    setInterval(tickClock, 15000);
    applyFilters();

    const mapLoaded = loadMap();
    try {
      await loadIncidents();
    } catch (e) {
      console.warn(e);
      showError(`Could not load alerts (${e.message}); live alerts will still appear. Retrying…`);
      const retry = () => loadIncidents().then(() => showError('')).catch(() => setTimeout(retry, 10000));
      setTimeout(retry, 5000);
    }
    openStream();
    await mapLoaded;
  }

  // Exposed for debugging and tests; not part of the contract.
  window.sahelDesk = { alerts, surges, select, findRegionPaths, fold };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
