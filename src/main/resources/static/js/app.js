// The CityOS page shell: API access, the header / navigation / demo banner, and the shared Vue
// components every page uses. A page module does:
//
//   const { user } = await mountShell('audit', { areas: ['audit'] });
//   createPage({ data() {...}, methods: {...} });      // mounts on <main id="app">
//
// mountShell sends anyone not logged in to /login.html and refuses pages the user's roles do not
// allow (see nav.js), so a page's own code can assume an authorised user.
import { createApp, reactive, watchEffect } from '/webjars/vue/dist/vue.esm-browser.prod.js';
import { i18n, t, has, loadAreas, setLanguage } from '/js/i18n.js';
import { NAV, NAV_GROUPS, iconSvg, mayOpen } from '/js/nav.js';

export { t, has, i18n };

// ---------------------------------------------------------------------------------------------
// API access

/** An API call that did not succeed; problem holds the RFC 9457 body (or one made up for it). */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem.detail || problem.title || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** The message for one field, or null. */
  fieldError(field) {
    const found = this.fieldErrors.find(e => e.field === field);
    return found ? found.message : null;
  }
}

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

function csrfCookie() {
  const entry = document.cookie.split('; ').find(c => c.startsWith(CSRF_COOKIE + '='));
  return entry ? decodeURIComponent(entry.substring(CSRF_COOKIE.length + 1)) : null;
}

// Any response to GET /api/platform/status sets the CSRF cookie.
async function refreshCsrf() {
  await fetch('/api/platform/status', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .catch(() => null);
}

function loginUrl() {
  return '/login.html?next=' + encodeURIComponent(location.pathname + location.search + location.hash);
}

function queryString(query) {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach(v => params.append(key, v));
    else params.append(key, value);
  }
  const text = params.toString();
  return text ? '?' + text : '';
}

function statusTitle(status) {
  const key = 'shell.error.http' + status;
  return has(key) ? t(key) : t('shell.error.httpOther', { status });
}

async function toApiError(response) {
  const type = response.headers.get('Content-Type') || '';
  let problem = null;
  try {
    if (type.includes('json')) problem = await response.json();
    else {
      const text = await response.text();
      problem = { detail: text && text.length < 300 && !text.trimStart().startsWith('<') ? text : null };
    }
  } catch (e) {
    problem = {};
  }
  if (!problem || typeof problem !== 'object') problem = {};
  problem.status = problem.status || response.status;
  if (!problem.title) problem.title = statusTitle(response.status);
  const retryAfter = parseInt(response.headers.get('Retry-After'), 10);
  return new ApiError(response.status, problem, Number.isFinite(retryAfter) ? retryAfter : null);
}

/** Headers for a request sent without api() (an XMLHttpRequest upload): the CSRF token echoed. */
export async function csrfHeaders() {
  if (!csrfCookie()) await refreshCsrf();
  const token = csrfCookie();
  return token ? { [CSRF_HEADER]: token } : {};
}

/**
 * Calls the CityOS API. opts: method, query (object; empty values dropped), body (sent as JSON),
 * redirectOn401 (default true). Resolves to the parsed JSON (null for 204); rejects with
 * ApiError. Non-GET requests carry the CSRF header.
 */
export async function api(path, opts = {}) {
  const method = (opts.method || 'GET').toUpperCase();
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  const url = path + queryString(opts.query);
  // Accept-Language follows the UI's language so that server messages (validation) match it.
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': i18n.lang, ...(opts.headers || {}) };
  let body;
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const send = async () => {
    if (unsafe) {
      if (!csrfCookie()) await refreshCsrf();
      const token = csrfCookie();
      if (token) headers[CSRF_HEADER] = token;
    }
    return fetch(url, { method, headers, body, credentials: 'same-origin' });
  };

  let response;
  try {
    response = await send();
    if (response.status === 403 && unsafe) {
      // The CSRF token changes at login; fetch a fresh one and try once more if it did change.
      const before = csrfCookie();
      await refreshCsrf();
      if (csrfCookie() && csrfCookie() !== before) response = await send();
    }
  } catch (e) {
    throw new ApiError(0, { title: t('shell.error.network'), detail: t('shell.error.networkDetail') }, null);
  }

  if (response.status === 401 && opts.redirectOn401 !== false) {
    location.href = loginUrl();
    return new Promise(() => {}); // the page is going away; callers never see this call end
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  return response.text();
}

// ---------------------------------------------------------------------------------------------
// Formatting

function pad(n) { return String(n).padStart(2, '0'); }

// Times are shown and entered in the city's time zone when the platform status names one
// (timeZone, e.g. "Asia/Shanghai"), so a browser elsewhere still sees office hours; otherwise in
// the browser's own zone.
function cityZone() {
  return (shell.status && shell.status.timeZone) || null;
}

/** {year, month, day, hour, minute, second} of an instant, in the city's zone or the browser's. */
function wallClock(date) {
  const zone = cityZone();
  if (!zone) {
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(),
      hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds() };
  }
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric',
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(date);
  const p = Object.fromEntries(parts.map(x => [x.type, Number(x.value)]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/** Minutes east of UTC of the zone times are entered in, at about the given wall-clock time. */
function offsetMinutes(year, month, day, hour, minute) {
  if (!cityZone()) return -new Date(year, month - 1, day, hour, minute).getTimezoneOffset();
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const w = wallClock(new Date(guess));
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - guess) / 60000);
}

function parseInput(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value || '');
  return m ? m.slice(1).map(Number) : null;
}

/** yyyy-MM-dd HH:mm (city time), or an em dash for nothing. */
export function formatDateTime(value, seconds = false) {
  if (!value) return '—';
  const d = new Date(value);
  if (isNaN(d)) return String(value);
  const w = wallClock(d);
  const time = pad(w.hour) + ':' + pad(w.minute) + (seconds ? ':' + pad(w.second) : '');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${time}`;
}

export function formatDate(value) {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return formatDateTime(value).substring(0, 10);
}

/** The value of an <input type="datetime-local"> (city time) as an ISO instant (UTC), or null. */
export function localInputToInstant(value) {
  const p = parseInput(value);
  if (!p) return null;
  const [year, month, day, hour, minute] = p;
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - offsetMinutes(...p) * 60000).toISOString();
}

/** The value of an <input type="datetime-local"> (city time) as ISO with its offset (+08:00). */
export function localInputToOffset(value) {
  const p = parseInput(value);
  if (!p) return null;
  const minutes = offsetMinutes(...p);
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${value.substring(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Now (city time) as the value for an <input type="datetime-local">. */
export function nowForInput() {
  const w = wallClock(new Date());
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export function roleLabel(role) {
  const key = 'shell.role.' + role;
  return has(key) ? t(key) : role;
}

export function hasAnyRole(user, roles) {
  return !!user && roles.some(r => (user.roles || []).includes(r));
}

// ---------------------------------------------------------------------------------------------
// Shell

/** What every page may read: the logged-in user and the platform status. */
export const shell = reactive({ user: null, status: null });

const SHELL_TEMPLATE = `
<a class="skip-link" href="#app">{{ t('shell.skipToContent') }}</a>
<header class="topbar">
  <a class="brand" :href="user ? '/index.html' : '/login.html'">
    <span class="brand-mark" aria-hidden="true">城</span>
    <span class="brand-name">城市操作系统 <b>CityOS</b></span>
  </a>
  <span class="topbar-spacer"></span>
  <div class="topbar-user" v-if="user">
    <span class="user-name">{{ user.displayName || user.username }}</span>
    <span class="user-meta">{{ roleText }}<template v-if="departmentText"> · {{ departmentText }}</template></span>
  </div>
  <button type="button" class="btn btn-header" @click="toggleLanguage"
          :lang="i18n.lang === 'zh-CN' ? 'en' : 'zh-CN'" :title="t('shell.switchLanguage')">
    {{ i18n.lang === 'zh-CN' ? 'English' : '中文' }}
  </button>
  <button type="button" class="btn btn-header" v-if="user" @click="logout">{{ t('shell.logout') }}</button>
</header>
<div class="demo-banner" v-if="status && status.demo" role="status" data-testid="demo-banner">
  <span class="demo-tag">{{ t('shell.demo.tag') }}</span>
  <span>{{ t('shell.demo.banner') }}</span>
  <span class="demo-load" v-if="load && load.state === 'RUNNING'">
    <span>{{ t('shell.demo.loading') }}<template v-if="load.step">：{{ load.step }}</template></span>
    <progress :value="load.done || 0" :max="load.total || 1" :aria-label="t('shell.demo.loading')"></progress>
    <span class="demo-load-count">{{ percent }}%<template v-if="load.total"> ({{ load.done }}/{{ load.total }})</template></span>
  </span>
  <span class="demo-load demo-load-failed" v-else-if="load && load.state === 'FAILED'">
    {{ t('shell.demo.failed') }}<template v-if="load.message">：{{ load.message }}</template>
  </span>
</div>
<nav class="sidenav" v-if="user" :aria-label="t('shell.navLabel')">
  <template v-for="group in groups" :key="group.id">
    <div class="sidenav-group" :id="'nav-group-' + group.id">{{ t(group.label) }}</div>
    <ul :aria-labelledby="'nav-group-' + group.id">
      <li v-for="item in group.items" :key="item.id">
        <a :href="item.href" :class="{ active: item.id === active }" :aria-current="item.id === active ? 'page' : null">
          <span class="icon" v-html="icon(item.icon)"></span><span>{{ t(item.label) }}</span>
        </a>
      </li>
    </ul>
  </template>
</nav>
`;

function shellComponent(active) {
  return {
    template: SHELL_TEMPLATE,
    data() { return { i18n, active }; },
    computed: {
      user() { return shell.user; },
      status() { return shell.status; },
      load() { return shell.status && shell.status.demoLoad; },
      percent() {
        const l = this.load;
        return l && l.total ? Math.min(100, Math.floor((100 * (l.done || 0)) / l.total)) : 0;
      },
      roleText() { return (this.user.roles || []).map(roleLabel).join('、'); },
      departmentText() { return this.user.departmentName || this.user.departmentCode || ''; },
      groups() {
        return NAV_GROUPS
          .map(g => ({ ...g, items: NAV.filter(i => i.group === g.id && i.nav !== false && mayOpen(i, this.user)) }))
          .filter(g => g.items.length);
      },
    },
    methods: {
      t,
      icon: iconSvg,
      toggleLanguage() { setLanguage(i18n.lang === 'zh-CN' ? 'en' : 'zh-CN'); },
      async logout() {
        try { await api('/api/auth/logout', { method: 'POST', redirectOn401: false }); } catch (e) { /* leave anyway */ }
        location.href = '/login.html';
      },
    },
  };
}

// Polls the status while the demo city loads, so that every page shows the progress; pages
// that show loaded data can listen for the 'cityos:demo-loaded' event to refresh.
function watchDemoLoad() {
  let previous = shell.status && shell.status.demoLoad && shell.status.demoLoad.state;
  const poll = async () => {
    const state = shell.status && shell.status.demo && shell.status.demoLoad && shell.status.demoLoad.state;
    if (state !== 'RUNNING' && state !== 'IDLE') return;
    setTimeout(async () => {
      try {
        shell.status = await api('/api/platform/status', { redirectOn401: false });
        const now = shell.status.demoLoad && shell.status.demoLoad.state;
        if (previous === 'RUNNING' && now === 'DONE') window.dispatchEvent(new CustomEvent('cityos:demo-loaded'));
        previous = now;
      } catch (e) { /* try again on the next tick */ }
      poll();
    }, state === 'RUNNING' ? 2000 : 5000);
  };
  poll();
}

function refusePage() {
  const main = document.getElementById('app');
  if (main) {
    main.removeAttribute('v-cloak');
    main.innerHTML = '';
    const box = document.createElement('section');
    box.className = 'card forbidden';
    const h = document.createElement('h1');
    h.textContent = t('shell.forbidden.title');
    const p = document.createElement('p');
    p.textContent = t('shell.forbidden.detail');
    const a = document.createElement('a');
    a.href = '/index.html';
    a.className = 'btn btn-primary';
    a.textContent = t('shell.forbidden.home');
    box.append(h, p, a);
    main.append(box);
  }
  // The page's own module waits on mountShell forever, so none of its code runs.
  return new Promise(() => {});
}

/**
 * Loads the language bundles, the platform status and (unless opts.public) the logged-in user,
 * then draws the header, the demo banner and the navigation with activeNav highlighted.
 * opts: areas (i18n bundles besides 'shell'), public (no login needed), title (i18n key).
 */
export async function mountShell(activeNav, opts = {}) {
  const areas = ['shell', ...(opts.areas || [])];
  const [, status, user] = await Promise.all([
    loadAreas(areas),
    api('/api/platform/status', { redirectOn401: false }).catch(() => null),
    opts.public ? Promise.resolve(null) : api('/api/auth/me'),
  ]);
  shell.status = status;
  shell.user = user;

  document.body.classList.add(opts.public ? 'layout-public' : 'layout-app');
  let host = document.getElementById('shell');
  if (!host) {
    host = document.createElement('div');
    host.id = 'shell';
    document.body.prepend(host);
  }
  createApp(shellComponent(activeNav)).mount(host);

  const item = NAV.find(i => i.id === activeNav);
  const titleKey = opts.title || (item && item.label);
  watchEffect(() => {
    document.title = (titleKey ? t(titleKey) + ' · ' : '') + t('shell.productName');
  });
  watchDemoLoad();

  if (item && !opts.public && !mayOpen(item, user)) await refusePage();
  return { user, status };
}

// ---------------------------------------------------------------------------------------------
// Shared components

const ProblemBox = {
  props: { error: { default: null }, labels: { type: [Object, Function], default: () => ({}) } },
  computed: {
    problem() {
      if (!this.error) return null;
      if (typeof this.error === 'string') return { title: this.error };
      if (this.error instanceof ApiError) return this.error.problem;
      return { title: t('shell.error.unexpected'), detail: String(this.error.message || this.error) };
    },
    errors() { return this.problem && Array.isArray(this.problem.errors) ? this.problem.errors : []; },
    // Server titles are short English categories ("Invalid input"); a Chinese page shows its own
    // wording for the status instead, and keeps the server's detail and field messages.
    title() {
      const p = this.problem;
      if (i18n.lang !== 'en' && p.status && !/[\u4e00-\u9fff]/.test(p.title || '')) return statusTitle(p.status);
      return p.title;
    },
    // A detail that only repeats the field errors listed below is left out.
    detail() {
      const p = this.problem;
      if (!p.detail || p.detail === p.title) return null;
      if (this.errors.length && this.errors.every(e => p.detail.includes(e.message))) return null;
      return p.detail;
    },
  },
  methods: {
    t,
    label(field) {
      const named = typeof this.labels === 'function' ? this.labels(field) : this.labels[field];
      return named || field;
    },
  },
  template: `
    <div v-if="problem" class="alert alert-error" role="alert">
      <strong class="alert-title">{{ title }}</strong>
      <p v-if="detail">{{ detail }}</p>
      <ul v-if="errors.length" class="alert-fields">
        <li v-for="(e, i) in errors" :key="i"><b>{{ label(e.field) }}</b>：{{ e.message }}</li>
      </ul>
    </div>`,
};

const FieldError = {
  props: { error: { default: null }, field: String },
  computed: {
    message() { return this.error instanceof ApiError ? this.error.fieldError(this.field) : null; },
  },
  template: `<span v-if="message" class="field-error">{{ message }}</span>`,
};

/** Paging controls for a page of {content, page, size, totalElements, totalPages}; emits go(page). */
const Pager = {
  props: { page: { type: Object, default: null } },
  emits: ['go'],
  methods: { t },
  template: `
    <div class="pager" v-if="page">
      <span class="pager-info">{{ t('shell.pager.info', { total: page.totalElements, page: page.totalPages ? page.page + 1 : 0, pages: page.totalPages }) }}</span>
      <button type="button" class="btn btn-small" :disabled="page.page <= 0" @click="$emit('go', 0)">{{ t('shell.pager.first') }}</button>
      <button type="button" class="btn btn-small" :disabled="page.page <= 0" @click="$emit('go', page.page - 1)">{{ t('shell.pager.previous') }}</button>
      <button type="button" class="btn btn-small" :disabled="page.page + 1 >= page.totalPages" @click="$emit('go', page.page + 1)">{{ t('shell.pager.next') }}</button>
      <button type="button" class="btn btn-small" :disabled="page.page + 1 >= page.totalPages" @click="$emit('go', page.totalPages - 1)">{{ t('shell.pager.last') }}</button>
    </div>`,
};

/** A modal on the native <dialog> element (focus kept inside, Esc closes); emits close. */
const ModalDialog = {
  props: { open: Boolean, title: String, wide: Boolean },
  emits: ['close'],
  watch: {
    // After rendering, so that the dialog's content (and its autofocus field) exists when it opens.
    open: { handler(value) { this.sync(value); }, flush: 'post' },
  },
  mounted() { this.sync(this.open); },
  methods: {
    t,
    sync(value) {
      const d = this.$refs.dialog;
      if (!d) return;
      if (value && !d.open) d.showModal();
      if (!value && d.open) d.close();
    },
  },
  template: `
    <dialog ref="dialog" class="modal" :class="{ 'modal-wide': wide }" @close="$emit('close')" @cancel.prevent="$emit('close')">
      <div class="modal-head">
        <h2>{{ title }}</h2>
        <button type="button" class="btn btn-icon" @click="$emit('close')" :aria-label="t('shell.close')">×</button>
      </div>
      <div class="modal-body"><slot></slot></div>
    </dialog>`,
};

/**
 * Mounts a page's Vue component on <main id="app"> (its template is the element's own HTML unless
 * the component gives one). Every template may use t(), formatDateTime(), formatDate(),
 * roleLabel(), shell, and the components problem-box, field-error, pager and modal-dialog.
 */
export function createPage(component) {
  const app = createApp(component);
  Object.assign(app.config.globalProperties, {
    t, has, i18n, shell, formatDateTime, formatDate, roleLabel,
  });
  app.component('problem-box', ProblemBox);
  app.component('field-error', FieldError);
  app.component('pager', Pager);
  app.component('modal-dialog', ModalDialog);
  const vm = app.mount('#app');
  document.getElementById('app').removeAttribute('v-cloak');
  return vm;
}
