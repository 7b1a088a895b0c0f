import { mountShell, createPage, api, t, hasAnyRole, ApiError } from '/js/app.js';
import { loadAllDepartments } from '/js/directory.js';
import { formatCount } from '/js/catalog.js';
import {
  KINDS, STATES, registryLabel, stateBadge, kindBadge, agreementBadge, codeOf, formatWeight,
} from '/js/registry.js';

const { user } = await mountShell('registry', { areas: ['registry'] });
const isAdmin = hasAnyRole(user, ['ADMIN']);
const isSteward = hasAnyRole(user, ['STEWARD']);

// Who sees which tab is what the API allows: discrepancies and the review queue are the bureau's
// and the providing departments' (ADMIN, STEWARD); the golden record also the city leaders'.
const TABS = [
  { id: 'discrepancies', roles: ['ADMIN', 'STEWARD'] },
  { id: 'reviews', roles: ['ADMIN', 'STEWARD'] },
  { id: 'golden', roles: ['ADMIN', 'LEADER', 'STEWARD'] },
];
const tabs = TABS.filter(tb => hasAnyRole(user, tb.roles)).map(tb => tb.id);

const COUNT_KEYS = [
  { key: 'open', state: 'OPEN' }, { key: 'confirmed', state: 'CONFIRMED' }, { key: 'disputed', state: 'DISPUTED' },
  { key: 'resolved', state: 'RESOLVED' }, { key: 'closed', state: 'CLOSED' }, { key: 'overdue', overdue: true },
];
const PAGE_SIZE = 20;
const DEFAULT_MATCHING_SOURCE = '101005-000003';

function emptyFilter() {
  return { state: '', kind: '', key: '', overdue: false };
}

function initialTab() {
  const wanted = location.hash.replace('#', '');
  return tabs.includes(wanted) ? wanted : tabs[0];
}

createPage({
  data() {
    return {
      isAdmin, tabs, tab: initialTab(), COUNT_KEYS, KINDS, STATES,
      definitions: [], registry: new URLSearchParams(location.search).get('registry') || 'population',
      departments: [], department: '', resourceNames: {}, error: null, notice: null, loading: false, saving: false,
      counts: null, filter: emptyFilter(), discrepancies: null,
      detail: null, action: null, form: { note: '', evidence: '', providerCorrect: null, reason: '' },
      detailError: null, detailNotice: null,
      reviews: null, reviewNotes: {}, reviewError: null, matchingSource: DEFAULT_MATCHING_SOURCE, matchingJob: null,
      goldenKey: new URLSearchParams(location.search).get('key') || '', golden: null, goldenError: null, goldenMissing: false,
    };
  },
  computed: {
    currentDefinition() { return this.definitions.find(d => d.name === this.registry) || null; },
    d() { return this.detail ? this.detail.discrepancy : null; },
    // The providing department's steward answers an open item; the bureau arbitrates a disputed one.
    mayAnswer() { return isSteward && !!this.d && this.d.state === 'OPEN' && this.d.providerCode === user.departmentCode; },
    mayArbitrate() { return isAdmin && !!this.d && this.d.state === 'DISPUTED'; },
    timeline() {
      if (!this.detail) return [];
      const steps = [{ action: 'FOUND', at: this.d.foundAt }, ...this.detail.steps];
      if (this.d.closedAt) steps.push({ action: 'CLOSED', at: this.d.closedAt });
      return steps;
    },
    matchableSources() {
      const def = this.currentDefinition;
      if (!def || !def.deathAttribute) return []; // a person registry; companies have no keyless matching
      const key = codeOf(def.keyResource);
      const seen = new Map();
      def.attributes.forEach(a => a.sources.forEach(s => {
        const code = codeOf(s.resource);
        if (code !== key && !seen.has(code)) seen.set(code, { code, label: this.sourceName(code) });
      }));
      return [...seen.values()];
    },
    matchingRunning() { return !!this.matchingJob && this.matchingJob.state === 'RUNNING'; },
    // The golden attributes in the registry definition's order, the key first.
    orderedAttributes() {
      if (!this.golden) return [];
      const def = this.currentDefinition;
      const order = def ? [def.keyAttribute, ...def.attributes.map(a => a.name)] : [];
      const rank = a => { const i = order.indexOf(a.attribute); return i < 0 ? order.length : i; };
      return [...this.golden.attributes].sort((a, b) => rank(a) - rank(b));
    },
    sortedSources() {
      if (!this.golden) return [];
      const order = this.orderedAttributes.map(a => a.attribute);
      return [...this.golden.sources].sort((a, b) => (order.indexOf(a.attribute) - order.indexOf(b.attribute))
        || (Number(b.authoritative) - Number(a.authoritative)));
    },
    // A problem not already shown next to its field in the dialog's forms.
    detailGeneralError() {
      const e = this.detailError;
      if (!(e instanceof ApiError)) return e;
      const fields = ['evidence', 'note', 'reason', 'providerCorrect'];
      return e.fieldErrors.length && e.fieldErrors.every(f => fields.includes(f.field)) ? null : e;
    },
    fieldLabels() {
      return { evidence: t('registry.discrepancy.evidence_label'), note: t('registry.discrepancy.note'),
        reason: t('registry.discrepancy.reason'), providerCorrect: t('registry.discrepancy.verdict') };
    },
  },
  async mounted() {
    try {
      this.definitions = await api('/api/registry/definitions');
      if (!this.currentDefinition && this.definitions.length) this.registry = this.definitions[0].name;
      this.loadResourceNames();
    } catch (e) {
      this.error = e;
    }
    // Names for department codes (timeline, review queue) and the admin's department filter.
    loadAllDepartments().then(all => { this.departments = all; }).catch(e => { this.error = e; });
    this.show(this.tab);
    if (this.goldenKey && this.tab === 'golden') this.lookup(this.goldenKey);
    window.addEventListener('cityos:demo-loaded', () => this.show(this.tab));
    window.addEventListener('hashchange', () => {
      const wanted = location.hash.replace('#', '');
      if (tabs.includes(wanted) && wanted !== this.tab) {
        this.detail = null;
        this.show(wanted);
      }
    });
  },
  methods: {
    registryLabel, stateBadge, kindBadge, agreementBadge, formatWeight, formatCount,
    show(tab) {
      this.tab = tab;
      this.notice = null;
      if (location.hash !== '#' + tab) history.replaceState(null, '', '#' + tab);
      if (tab === 'discrepancies') { this.loadCounts(); this.loadDiscrepancies(0); }
      if (tab === 'reviews') this.loadReviews(0);
    },
    registryChanged() {
      this.loadResourceNames();
      this.golden = null;
      this.goldenMissing = false;
      this.show(this.tab);
    },
    scopeChanged() { this.show(this.tab); },
    base() { return '/api/registry/' + encodeURIComponent(this.registry); },
    scope() { return isAdmin ? this.department : ''; },
    // The catalog names of the registry's sources (人口基本信息, 居民电子健康档案) for the review queue.
    async loadResourceNames() {
      const def = this.currentDefinition;
      if (!def) return;
      const codes = new Set([codeOf(def.keyResource)]);
      def.attributes.forEach(a => a.sources.forEach(s => codes.add(codeOf(s.resource))));
      await Promise.all([...codes].filter(c => !this.resourceNames[c]).map(async code => {
        try {
          const resource = await api('/api/catalog/resources/' + encodeURIComponent(code));
          this.resourceNames = { ...this.resourceNames, [code]: resource.name };
        } catch (e) { /* the code is shown instead */ }
      }));
    },
    sourceName(code) {
      if (this.resourceNames[code]) return this.resourceNames[code];
      for (const page of [this.discrepancies, this.reviews]) {
        const found = page && page.content.find(d => d.sourceNames && d.sourceNames[code]);
        if (found) return found.sourceNames[code];
      }
      return code;
    },
    departmentName(code) {
      if (!code) return '';
      if (user.departmentCode === code && user.departmentName) return user.departmentName;
      const found = this.departments.find(d => d.code === code);
      return found ? found.name : code;
    },
    attributeLabel(attribute) {
      const found = this.golden && this.golden.attributes.find(a => a.attribute === attribute);
      if (found) return found.label;
      const def = this.currentDefinition;
      if (def && def.keyAttribute === attribute) return def.keyLabel;
      const attr = def && def.attributes.find(a => a.name === attribute);
      return attr ? attr.label : attribute;
    },

    // ---- 差异
    async loadCounts() {
      try {
        this.counts = await api(this.base() + '/discrepancies/counts', { query: { department: this.scope() } });
      } catch (e) {
        this.error = e;
      }
    },
    async loadDiscrepancies(page) {
      this.loading = true;
      this.error = null;
      const f = this.filter;
      try {
        this.discrepancies = await api(this.base() + '/discrepancies', {
          query: { state: f.state, kind: f.kind, key: f.key, overdue: f.overdue ? 'true' : '', department: this.scope(), page, size: PAGE_SIZE },
        });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    isCountSelected(c) {
      return c.overdue ? this.filter.overdue && !this.filter.state : !!this.filter.state && this.filter.state === c.state;
    },
    filterByCount(c) {
      this.filter = { ...emptyFilter(), kind: this.filter.kind, key: this.filter.key,
        state: c.state || '', overdue: !!c.overdue };
      this.loadDiscrepancies(0);
    },
    resetFilter() {
      this.filter = emptyFilter();
      this.loadDiscrepancies(0);
    },
    async openDetail(row) {
      this.detailError = null;
      this.detailNotice = null;
      this.action = null;
      this.form = { note: '', evidence: '', providerCorrect: null, reason: '' };
      try {
        this.detail = await api(this.base() + '/discrepancies/' + row.id);
      } catch (e) {
        this.error = e;
      }
    },
    closeDetail() { this.detail = null; },
    choose(action) {
      this.action = action;
      this.detailError = null;
    },
    async answer(action) {
      const bodies = {
        confirm: () => ({ note: this.form.note || null }),
        dispute: () => ({ evidence: this.form.evidence || null, note: this.form.note || null }),
        arbitrate: () => ({ providerCorrect: this.form.providerCorrect, reason: this.form.reason || null }),
      };
      this.saving = true;
      this.detailError = null;
      try {
        this.detail = await api(this.base() + '/discrepancies/' + this.d.id + '/' + action, { method: 'POST', body: bodies[action]() });
        this.detailNotice = t({ confirm: 'registry.discrepancy.confirmed', dispute: 'registry.discrepancy.disputed', arbitrate: 'registry.discrepancy.arbitrated' }[action]);
        this.action = null;
        this.replaceRow(this.detail.discrepancy);
        this.loadCounts();
      } catch (e) {
        this.detailError = e;
      } finally {
        this.saving = false;
      }
    },
    replaceRow(updated) {
      if (!this.discrepancies) return;
      const i = this.discrepancies.content.findIndex(r => r.id === updated.id);
      if (i >= 0) this.discrepancies.content.splice(i, 1, updated);
    },

    // ---- 待核查匹配
    async loadReviews(page) {
      this.loading = true;
      this.reviewError = null;
      try {
        this.reviews = await api(this.base() + '/reviews', { query: { state: 'PENDING', department: this.scope(), page, size: PAGE_SIZE } });
      } catch (e) {
        this.reviewError = e;
      } finally {
        this.loading = false;
      }
    },
    async decide(review, accept) {
      this.saving = true;
      this.reviewError = null;
      this.notice = null;
      try {
        await api(this.base() + '/reviews/' + review.id + '/decide', { method: 'POST', body: { accept, note: this.reviewNotes[review.id] || null } });
        this.notice = t(accept ? 'registry.review.accepted' : 'registry.review.rejected');
        await this.loadReviews(this.reviews ? this.reviews.page : 0);
      } catch (e) {
        this.reviewError = e;
      } finally {
        this.saving = false;
      }
    },
    async startMatching() {
      this.reviewError = null;
      try {
        const started = await api(this.base() + '/matching', { method: 'POST', body: { source: this.matchingSource } });
        this.notice = t('registry.review.matchingStarted', { job: started.job });
        this.matchingJob = { key: started.job, state: 'RUNNING', done: 0, total: 0 };
        this.pollMatching(started.job);
      } catch (e) {
        this.reviewError = e;
      }
    },
    // The platform status lists every job to admins; follow this one until it ends, then reload the queue.
    pollMatching(key) {
      setTimeout(async () => {
        try {
          const status = await api('/api/platform/status');
          const job = (status.jobs || []).find(j => j.key === key);
          if (job) this.matchingJob = job;
        } catch (e) { /* try again */ }
        if (this.matchingRunning) this.pollMatching(key);
        else if (this.tab === 'reviews') this.loadReviews(0);
      }, 1500);
    },

    // ---- 黄金记录
    async lookup(key) {
      if (!key) return;
      this.detail = null;
      this.goldenKey = key;
      if (this.tab !== 'golden') this.show('golden');
      this.goldenError = null;
      this.goldenMissing = false;
      this.golden = null;
      try {
        this.golden = await api(this.base() + '/records/' + encodeURIComponent(key));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) this.goldenMissing = true;
        else this.goldenError = e;
      }
    },
  },
});
