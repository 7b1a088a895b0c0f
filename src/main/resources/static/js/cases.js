// What the case desks (案件) share: enum lists and labels, badges, the category tree with the
// keyword suggestion, the dispatch rules' suggestion, photos as the API wants them, a small
// city map with the city's own division layers, and the dialog that carries out one verb.
import { api, t, has, ApiError } from '/js/app.js';

export const CHANNELS = ['HOTLINE', 'WEB', 'GRID_WORKER', 'IOT_ALERT', 'SUPERIOR'];
export const HOTLINE_TYPES = ['COMPLAINT', 'HELP', 'REPORT', 'CONSULTATION', 'SUGGESTION'];
export const URGENCIES = ['NORMAL', 'URGENT', 'EMERGENCY'];
export const SATISFACTIONS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'];
export const STATUSES = ['RECEIVED', 'REGISTERED', 'DISPATCHED', 'IN_PROGRESS', 'REPLIED', 'VERIFIED', 'CLOSED', 'REJECTED', 'MERGED'];
export const OPEN_STATUSES = ['RECEIVED', 'REGISTERED', 'DISPATCHED', 'IN_PROGRESS', 'REPLIED', 'VERIFIED'];
export const LIMIT_UNITS = ['WORKING_HOURS', 'WORKING_DAYS', 'HOURS'];
// The server's defaults (cityos.cases.duplicate-*): the hint while typing uses the same window.
export const DUPLICATE_METRES = 100;
export const DUPLICATE_HOURS = 72;
export const MAX_PHOTOS = 6;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** The label of an enum value (cases.enum.<kind>.<value>), or the value itself. */
export function enumLabel(kind, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = 'cases.enum.' + kind + '.' + value;
  return has(key) ? t(key) : value;
}

export function actionLabel(action) {
  const key = 'cases.action.' + action;
  return has(key) ? t(key) : action;
}

export function statusBadge(status) {
  return {
    RECEIVED: 'badge-primary', REGISTERED: 'badge-primary', DISPATCHED: 'badge-warning', IN_PROGRESS: 'badge-warning',
    REPLIED: 'badge-primary', VERIFIED: 'badge-success', CLOSED: 'badge-success', REJECTED: 'badge-danger', MERGED: '',
  }[status] || '';
}

export function cardBadge(card) {
  return card === 'RED' ? 'badge-danger' : card === 'YELLOW' ? 'badge-warning' : '';
}

export function placeText(place) {
  if (!place) return '—';
  const parts = [place.street && place.street.name, place.community && place.community.name].filter(Boolean);
  const where = parts.join(' ');
  if (place.address) return where ? place.address + '（' + where + '）' : place.address;
  return where || '—';
}

export function caseHref(number) {
  return '/case.html?number=' + encodeURIComponent(number);
}

export function percent(rate) {
  return rate === null || rate === undefined ? '—' : (rate * 100).toFixed(1) + '%';
}

// ---------------------------------------------------------------------------------------------
// Categories and their suggestion from the description

let categoriesPromise = null;

/** The category tree as a flat list (majors before their minors), fetched once per page. */
export function loadCategories() {
  if (!categoriesPromise) {
    categoriesPromise = api('/api/cases/categories').catch(e => { categoriesPromise = null; throw e; });
  }
  return categoriesPromise;
}

/** [{major, minors: [...]}] of the active categories, for <optgroup>s. */
export function categoryGroups(categories) {
  const majors = categories.filter(c => !c.parentCode && c.active);
  return majors.map(major => ({
    major, minors: categories.filter(c => c.parentCode === major.code && c.active),
  })).filter(g => g.minors.length);
}

function words(text) {
  return String(text || '').split(/[,，、;；\s]+/).map(w => w.trim()).filter(w => w.length >= 1);
}

/**
 * Minor classes whose name or keywords occur in the text, best first: a longer matched word
 * counts more (井盖缺失 beats 井盖), the minor's own words count twice the major's. A simple
 * client-side match: a pointer for the operator, who decides.
 */
export function suggestCategories(text, categories, limit = 3) {
  const content = String(text || '').replace(/\s+/g, '');
  if (content.length < 2) return [];
  const byCode = new Map(categories.map(c => [c.code, c]));
  const scored = [];
  for (const c of categories) {
    if (!c.parentCode || !c.active) continue;
    const parent = byCode.get(c.parentCode);
    let score = 0;
    const own = new Set([c.name, ...words(c.keywords)]);
    for (const w of own) if (w.length >= 2 && content.includes(w)) score += 2 * w.length;
    if (score > 0 && parent) {
      for (const w of new Set([parent.name, ...words(parent.keywords)])) if (w.length >= 2 && content.includes(w)) score += w.length;
    }
    if (score > 0) scored.push({ category: c, parent, score });
  }
  scored.sort((a, b) => b.score - a.score || a.category.code.localeCompare(b.category.code));
  return scored.slice(0, limit);
}

export function categoryPath(categories, code) {
  const c = categories.find(x => x.code === code);
  if (!c) return code || '—';
  const parent = categories.find(x => x.code === c.parentCode);
  return parent ? parent.name + ' / ' + c.name : c.name;
}

// ---------------------------------------------------------------------------------------------
// Dispatch rules: the department the server would choose (docs/cases.md, "Dispatch rules")

/**
 * The rule the server applies when no department is named: deepest category match, then the
 * longest area prefix of the grid code, then the lowest priority; rules naming an unknown
 * department are skipped. Returns the rule or null.
 */
export function suggestDispatch(rules, categories, categoryCode, gridCode, knownDepartments) {
  const chain = [];
  let c = categories.find(x => x.code === categoryCode);
  while (c) {
    chain.push(c.code);
    c = c.parentCode ? categories.find(x => x.code === c.parentCode) : null;
  }
  const depth = code => (code === null || code === undefined ? 0 : chain.length - chain.indexOf(code));
  const candidates = rules.filter(r =>
    (r.categoryCode == null || chain.includes(r.categoryCode))
    && (r.areaCode == null || (gridCode && gridCode.startsWith(r.areaCode)))
    && (!knownDepartments || knownDepartments.has(r.departmentCode)));
  candidates.sort((a, b) => depth(b.categoryCode) - depth(a.categoryCode)
    || (b.areaCode || '').length - (a.areaCode || '').length
    || a.priority - b.priority);
  return candidates[0] || null;
}

// ---------------------------------------------------------------------------------------------
// Photos: [{fileName, contentType, data (base64)}], checked here as the server will

export async function readPhotos(files) {
  const list = Array.from(files || []);
  if (list.length > MAX_PHOTOS) throw new Error(t('cases.photos.tooMany', { max: MAX_PHOTOS }));
  return Promise.all(list.map(file => new Promise((resolve, reject) => {
    if (file.size > MAX_PHOTO_BYTES) {
      reject(new Error(t('cases.photos.tooLarge', { name: file.name, max: MAX_PHOTO_BYTES / 1024 / 1024 })));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ fileName: file.name, contentType: file.type || 'application/octet-stream', data: url.substring(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  })));
}

// ---------------------------------------------------------------------------------------------
// Duplicates while typing: open cases of the category taken in within the window, near the point

export function distanceMetres(lat1, lon1, lat2, lon2) {
  const r = 6371008.8;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The server suggests duplicates on intake; this is the same rule asked before, as a hint. */
export async function nearbyOpenCases(categoryCode, lat, lon) {
  const since = new Date(Date.now() - DUPLICATE_HOURS * 3600 * 1000).toISOString();
  const page = await api('/api/cases', { query: { category: categoryCode, status: OPEN_STATUSES.join(','), from: since, size: 200 } });
  return page.content
    .filter(c => c.category.code === categoryCode && c.place && c.place.lat != null)
    .map(c => ({ ...c, distanceMetres: Math.round(distanceMetres(lat, lon, c.place.lat, c.place.lon)) }))
    .filter(c => c.distanceMetres <= DUPLICATE_METRES)
    .sort((a, b) => a.distanceMetres - b.distanceMetres);
}

// ---------------------------------------------------------------------------------------------
// The city map: Leaflet with the city's own GeoJSON layers (no tile server needed)

const L = () => window.L;
export const CITY_CENTRE = [34.33, 108.70];
const DISTRICT_FILLS = ['#a8c5e8', '#f4c7a1', '#b8dcb5', '#e3b5d4', '#f2e2a0', '#b5d9d9', '#d3c1ef', '#f5b5b5'];
const LAYER_STYLES = {
  district: { color: '#4f6485', weight: 1.6, fillOpacity: 0.28 },
  street: { color: '#5d7290', weight: 1.2, dashArray: '6 4', fill: false },
  community: { color: '#8a9ab2', weight: 0.8, fill: false },
  grid: { color: '#7d8ea8', weight: 0.5, opacity: 0.8, fill: false },
};
const GRID_MIN_ZOOM = 14;

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/**
 * A Leaflet map in the element with the given id. opts: levels (default district, street,
 * community, grid; grids only from zoom 14), layerUrl (level → URL; the public page uses its
 * own), onClick(latlng), labels (district names), zoom. Returns {leaflet, ready, setPoint,
 * clearPoint, fitCity}. Leaflet objects stay outside Vue's reactivity.
 */
export function createCityMap(elementId, opts = {}) {
  const levels = opts.levels || ['district', 'street', 'community', 'grid'];
  const layerUrl = opts.layerUrl || (level => '/api/geography/layers/' + level);
  const leaflet = L().map(elementId, { preferCanvas: true, minZoom: 8, maxZoom: 19, attributionControl: false,
    keyboard: opts.keyboard !== false });
  leaflet.setView(opts.centre || CITY_CENTRE, opts.zoom || 12);
  L().control.scale({ imperial: false }).addTo(leaflet);
  const layers = {};
  let marker = null;
  let cityBounds = null;
  if (opts.onClick) leaflet.on('click', e => opts.onClick(e.latlng));
  const applyGrid = () => {
    const grid = layers.grid;
    if (!grid) return;
    const show = leaflet.getZoom() >= GRID_MIN_ZOOM;
    if (show && !leaflet.hasLayer(grid)) grid.addTo(leaflet);
    if (!show && leaflet.hasLayer(grid)) grid.remove();
  };
  leaflet.on('zoomend', applyGrid);
  new ResizeObserver(() => leaflet.invalidateSize()).observe(document.getElementById(elementId));

  async function loadLayer(level) {
    const collection = await api(layerUrl(level), { redirectOn401: !opts.public });
    const features = (collection && collection.features) || [];
    let index = 0;
    const layer = L().geoJSON(features, {
      interactive: false,
      style: () => (level === 'district'
        ? { ...LAYER_STYLES.district, fillColor: DISTRICT_FILLS[index++ % DISTRICT_FILLS.length] }
        : LAYER_STYLES[level]),
    });
    if (level === 'district' && opts.labels !== false) {
      layer.eachLayer(l => l.bindTooltip(escapeHtml(l.feature.properties.name),
        { permanent: true, direction: 'center', className: 'district-label', interactive: false }));
    }
    layers[level] = layer;
    if (level !== 'grid') layer.addTo(leaflet);
    if (level === 'district' && features.length) {
      cityBounds = layer.getBounds();
      if (!opts.keepView) leaflet.fitBounds(cityBounds, { padding: [8, 8] });
    }
    applyGrid();
    if (marker) marker.bringToFront();
  }

  const ready = (async () => {
    const first = levels.filter(l => l !== 'grid');
    await Promise.all(first.map(loadLayer));
    if (levels.includes('grid')) await loadLayer('grid');
    document.getElementById(elementId).setAttribute('data-layers-loaded', 'true');
  })();

  return {
    leaflet,
    ready,
    setPoint(lat, lon, zoomTo) {
      if (marker) marker.remove();
      marker = L().circleMarker([lat, lon], { radius: 9, color: '#ffffff', weight: 3, fillColor: '#d9480f', fillOpacity: 1 })
        .addTo(leaflet);
      if (zoomTo) leaflet.setView([lat, lon], Math.max(leaflet.getZoom(), zoomTo));
    },
    clearPoint() {
      if (marker) marker.remove();
      marker = null;
    },
    fitCity() { if (cityBounds) leaflet.fitBounds(cityBounds, { padding: [8, 8] }); },
  };
}

/** Where a point is (grid, community, street, district), or null outside the city. */
export async function locatePoint(lat, lon) {
  try {
    return await api('/api/geography/locate', { query: { lon: lon.toFixed(7), lat: lat.toFixed(7) } });
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** "street community grid" of a locate answer, as a default address. */
export function locationText(found) {
  if (!found) return '';
  return [found.district, found.street, found.community, found.grid].filter(Boolean).map(d => d.name).join(' ');
}

// ---------------------------------------------------------------------------------------------
// The dialog for one verb on one case

/** Which input each verb needs (docs/cases.md, "Input each verb needs"). */
export const VERB_FORMS = {
  register: {},
  reject: { note: 'required' },
  answer: { note: 'required' },
  merge: { target: true },
  dispatch: { department: true, note: 'optional' },
  accept: {},
  return: { note: 'required' },
  reply: { note: 'required', photos: true },
  verify: { passed: true, note: 'whenFailed', photos: true },
  close: {},
  rate: { satisfaction: true, note: 'optional' },
  reopen: { note: 'optional' },
  extend: { amount: true, note: 'required' },
  'approve-extension': { note: 'optional' },
  'refuse-extension': { note: 'required' },
};

/** Verbs that need no input: the desks carry them out with one click. */
export function needsNoInput(action) {
  const form = VERB_FORMS[action];
  return !!form && Object.keys(form).length === 0;
}

/** POST /api/cases/{number}/{action}; answers the case's new detail. */
export function act(number, action, body) {
  return api('/api/cases/' + encodeURIComponent(number) + '/' + action, { method: 'POST', body: body || {} });
}

/**
 * <case-action :target="{number, version, ...}" :action="'dispatch'" :departments :rules :categories
 *   @done="detail => ..." @close> — a modal with the verb's inputs; on success emits done with
 * the new detail. The dispatch form preselects the department the rules would choose.
 */
export const CaseActionDialog = {
  props: {
    target: { type: Object, default: null },
    action: { type: String, default: null },
    departments: { type: Array, default: () => [] },
    rules: { type: Array, default: () => [] },
    categories: { type: Array, default: () => [] },
  },
  emits: ['done', 'close'],
  data() {
    return { note: '', departmentCode: '', passed: true, satisfaction: 'SATISFIED', amount: 2, unit: 'WORKING_DAYS',
      mergeTarget: '', photos: [], photoError: null, error: null, busy: false, SATISFACTIONS, LIMIT_UNITS };
  },
  computed: {
    open() { return !!(this.target && this.action); },
    form() { return VERB_FORMS[this.action] || {}; },
    title() { return this.target ? actionLabel(this.action) + ' · ' + this.target.number : ''; },
    suggestion() {
      if (this.action !== 'dispatch' || !this.target || !this.rules.length) return null;
      const known = new Set(this.departments.map(d => d.code));
      const grid = this.target.place && this.target.place.grid ? this.target.place.grid.code : null;
      return suggestDispatch(this.rules, this.categories, this.target.category.code, grid, known.size ? known : null);
    },
    noteRequired() {
      return this.form.note === 'required' || (this.form.note === 'whenFailed' && !this.passed);
    },
    showNote() { return !!this.form.note; },
  },
  watch: {
    open(value) { if (value) this.reset(); },
  },
  methods: {
    t, enumLabel,
    departmentName(code) {
      const d = this.departments.find(x => x.code === code);
      return d ? d.name : code;
    },
    reset() {
      this.note = '';
      this.passed = true;
      this.satisfaction = 'SATISFIED';
      this.amount = 2;
      this.unit = 'WORKING_DAYS';
      this.mergeTarget = '';
      this.photos = [];
      this.photoError = null;
      this.error = null;
      const current = this.target && this.target.department ? this.target.department.code : '';
      this.departmentCode = this.suggestion ? this.suggestion.departmentCode : current;
    },
    async choosePhotos(event) {
      this.photoError = null;
      try {
        this.photos = await readPhotos(event.target.files);
      } catch (e) {
        this.photos = [];
        this.photoError = e.message;
        event.target.value = '';
      }
    },
    async submit() {
      if (this.busy) return;
      this.error = null;
      const body = { version: this.target.version };
      if (this.showNote && this.note) body.note = this.note;
      if (this.noteRequired && !this.note.trim()) {
        this.error = t('cases.dialog.noteRequired');
        return;
      }
      if (this.form.department) body.departmentCode = this.departmentCode || null;
      if (this.form.passed) body.passed = this.passed;
      if (this.form.satisfaction) body.satisfaction = this.satisfaction;
      if (this.form.amount) { body.amount = Number(this.amount); body.unit = this.unit; }
      if (this.form.target) body.target = this.mergeTarget.trim();
      if (this.form.photos && this.photos.length) body.photos = this.photos;
      this.busy = true;
      try {
        const detail = await act(this.target.number, this.action, body);
        this.$emit('done', detail);
      } catch (e) {
        this.error = e;
      } finally {
        this.busy = false;
      }
    },
  },
  template: `
    <modal-dialog :open="open" :title="title" @close="$emit('close')">
      <form v-if="open" @submit.prevent="submit" novalidate data-testid="action-form">
        <problem-box :error="error"></problem-box>
        <p class="muted" style="margin-top:0">{{ target.category ? target.category.path || target.category.name : '' }} · {{ (target.description || '').slice(0, 80) }}</p>
        <label class="field" v-if="form.department">
          <span class="label">{{ t('cases.dialog.department') }}</span>
          <select v-model="departmentCode" id="action-department" autofocus>
            <option value="">{{ t('cases.dialog.byRules') }}</option>
            <option v-for="d in departments" :key="d.code" :value="d.code">{{ d.name }}（{{ d.code }}）</option>
          </select>
          <span class="field-hint" v-if="suggestion" data-testid="dispatch-suggestion">{{ t('cases.dialog.ruleSuggests', { department: departmentName(suggestion.departmentCode), note: suggestion.note || '' }) }}</span>
          <span class="field-hint" v-else>{{ t('cases.dialog.noRule') }}</span>
        </label>
        <fieldset class="field" v-if="form.passed">
          <span class="label">{{ t('cases.dialog.verifyResult') }}</span>
          <div class="checks">
            <label><input type="radio" name="passed" :value="true" v-model="passed" autofocus> {{ t('cases.dialog.passed') }}</label>
            <label><input type="radio" name="passed" :value="false" v-model="passed"> {{ t('cases.dialog.failed') }}</label>
          </div>
        </fieldset>
        <label class="field" v-if="form.satisfaction">
          <span class="label required">{{ t('cases.dialog.satisfaction') }}</span>
          <select v-model="satisfaction" autofocus><option v-for="s in SATISFACTIONS" :key="s" :value="s">{{ enumLabel('satisfaction', s) }}</option></select>
        </label>
        <div class="form-grid" v-if="form.amount">
          <label class="field"><span class="label required">{{ t('cases.dialog.amount') }}</span>
            <input type="number" min="1" max="1000" v-model="amount" autofocus></label>
          <label class="field"><span class="label required">{{ t('cases.dialog.unit') }}</span>
            <select v-model="unit"><option v-for="u in LIMIT_UNITS" :key="u" :value="u">{{ enumLabel('unit', u) }}</option></select></label>
        </div>
        <label class="field" v-if="form.target">
          <span class="label required">{{ t('cases.dialog.mergeTarget') }}</span>
          <input type="text" v-model="mergeTarget" maxlength="20" inputmode="numeric" autofocus spellcheck="false">
          <span class="field-hint">{{ t('cases.dialog.mergeHint') }}</span>
        </label>
        <label class="field" v-if="showNote" style="margin-top:10px">
          <span class="label" :class="{ required: noteRequired }">{{ t('cases.dialog.note.' + action) }}</span>
          <textarea v-model="note" rows="3" maxlength="4000" id="action-note" :autofocus="!form.department && !form.passed && !form.satisfaction && !form.amount && !form.target"></textarea>
        </label>
        <label class="field" v-if="form.photos" style="margin-top:10px">
          <span class="label">{{ t('cases.dialog.photos') }}</span>
          <input type="file" accept="image/jpeg,image/png,image/webp,image/gif" multiple capture="environment" @change="choosePhotos" id="action-photos">
          <span class="field-hint">{{ photos.length ? t('cases.photos.chosen', { count: photos.length }) : t('cases.photos.hint', { max: 6 }) }}</span>
          <span class="field-error" v-if="photoError">{{ photoError }}</span>
        </label>
        <p class="muted" v-if="!showNote && !form.department && !form.passed && !form.satisfaction && !form.amount && !form.target">{{ t('cases.dialog.confirm') }}</p>
        <div class="form-actions">
          <button type="button" class="btn" @click="$emit('close')">{{ t('shell.common.cancel') }}</button>
          <button type="submit" class="btn btn-primary" :disabled="busy" data-testid="action-submit">{{ t('cases.action.' + action) }}</button>
        </div>
      </form>
    </modal-dialog>`,
};

/** Every department (for names and the dispatch select); quietly empty when not allowed. */
export async function loadDepartments() {
  try {
    const all = [];
    for (let page = 0; page < 20; page++) {
      const result = await api('/api/directory/departments', { query: { page, size: 200 } });
      all.push(...result.content);
      if (page + 1 >= result.totalPages) break;
    }
    return all.sort((a, b) => a.code.localeCompare(b.code));
  } catch (e) {
    return [];
  }
}
