// 派遣调度: the command center's board. Each tab is a status filter of GET /api/cases; the
// buttons are the verbs the status allows for an operator (the server checks again), and verbs
// needing input open the shared action dialog (the dispatch form preselects the rules' choice).
import { mountShell, createPage, api, t } from '/js/app.js';
import {
  CHANNELS, enumLabel, actionLabel, statusBadge, cardBadge, placeText, caseHref, loadCategories, loadDepartments,
  needsNoInput, act, CaseActionDialog,
} from '/js/cases.js';

await mountShell('cases-dispatch', { areas: ['cases'] });

const TABS = [
  { id: 'received', label: 'cases.dispatch.tabWaiting', query: { status: 'RECEIVED' } },
  { id: 'registered', label: 'cases.dispatch.tabRegistered', query: { status: 'REGISTERED' } },
  { id: 'dispatched', label: 'cases.dispatch.tabDispatched', query: { status: 'DISPATCHED,IN_PROGRESS' } },
  { id: 'replied', label: 'cases.dispatch.tabReplied', query: { status: 'REPLIED,VERIFIED' } },
  { id: 'extensions', label: 'cases.dispatch.tabExtensions', query: { extensionRequested: true } },
  { id: 'closed', label: 'cases.dispatch.tabClosed', query: { status: 'CLOSED' } },
];

// What an operator may do in each status (CaseVerb in docs/cases.md).
const ACTIONS = {
  // 合并 by number is on the case page; here the 查重 dialog merges into a suggested duplicate.
  RECEIVED: ['register', 'answer', 'reject'],
  REGISTERED: ['dispatch', 'answer', 'reject'],
  DISPATCHED: ['dispatch'],
  IN_PROGRESS: ['dispatch'],
  REPLIED: ['verify'],
  VERIFIED: ['close'],
  CLOSED: ['rate', 'reopen'],
};

createPage({
  components: { 'case-action': CaseActionDialog },
  data() {
    const initial = new URLSearchParams(location.search).get('tab');
    return {
      TABS, CHANNELS, tab: TABS.some(x => x.id === initial) ? initial : 'received',
      filter: { text: '', category: '', channel: '', department: '' },
      page: null, counts: {}, loading: false, error: null, notice: null,
      categories: [], departments: [], rules: [], acting: null, action: null, duplicates: null, extensions: {},
    };
  },
  computed: {
    majors() { return this.categories.filter(c => !c.parentCode); },
    showDepartmentFilter() { return ['dispatched', 'replied', 'extensions', 'closed'].includes(this.tab); },
  },
  async mounted() {
    this.loadAll();
    try {
      [this.categories, this.departments, this.rules] = await Promise.all([
        loadCategories(), loadDepartments(), api('/api/cases/admin/dispatch-rules')]);
    } catch (e) {
      this.error = e;
    }
  },
  methods: {
    enumLabel, actionLabel, statusBadge, cardBadge, placeText, caseHref,
    query(tabId, page, size) {
      const tb = TABS.find(x => x.id === tabId);
      const f = this.filter;
      return { ...tb.query, text: f.text, category: f.category, channel: f.channel,
        department: this.showDepartmentFilter ? f.department : '', page, size };
    },
    switchTab(id) {
      this.tab = id;
      history.replaceState(null, '', '?tab=' + id);
      this.load(0);
    },
    loadAll() {
      this.load(0);
      this.loadCounts();
    },
    async loadCounts() {
      const counts = await Promise.all(TABS.map(tb =>
        api('/api/cases', { query: { ...tb.query, size: 1 } }).then(p => p.totalElements).catch(() => '—')));
      TABS.forEach((tb, i) => { this.counts[tb.id] = counts[i]; });
    },
    async load(page) {
      this.loading = true;
      this.error = null;
      try {
        this.page = await api('/api/cases', { query: this.query(this.tab, page, 20) });
        if (this.tab === 'extensions') this.loadExtensions();
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    // The list has no extension details; the waiting request is read from each case's detail.
    async loadExtensions() {
      for (const c of this.page.content) {
        if (this.extensions[c.number + '@' + c.version]) continue;
        api('/api/cases/' + c.number).then(d => {
          this.extensions[c.number + '@' + c.version] = d.extensions.find(x => x.state === 'REQUESTED') || null;
        }).catch(() => {});
      }
    },
    extensionOf(c) { return this.extensions[c.number + '@' + c.version]; },
    rowActions(c) {
      if (this.tab === 'extensions') return ['approve-extension', 'refuse-extension'];
      const list = ACTIONS[c.status] || [];
      return c.status === 'CLOSED' && c.satisfaction ? list.filter(a => a !== 'rate') : list;
    },
    primaryAction(c) { return this.rowActions(c)[0]; },
    async start(c, action) {
      this.notice = null;
      if (needsNoInput(action)) {
        try {
          await act(c.number, action, { version: c.version });
          this.done({ number: c.number }, action);
        } catch (e) {
          this.error = e;
        }
        return;
      }
      this.action = action;
      this.acting = c;
    },
    done(detail, action) {
      this.notice = t('cases.dispatch.done', { number: detail.number, action: actionLabel(action || this.action) });
      this.acting = null;
      this.loadAll();
    },
    async showDuplicates(c) {
      this.duplicates = { of: c, list: [], error: null };
      try {
        this.duplicates.list = await api('/api/cases/' + c.number + '/duplicates');
      } catch (e) {
        this.duplicates.error = e;
      }
    },
    async merge(of, target) {
      try {
        await act(of.number, 'merge', { target: target.number, version: of.version });
        this.duplicates = null;
        this.done({ number: of.number }, 'merge');
      } catch (e) {
        this.duplicates.error = e;
      }
    },
  },
});
