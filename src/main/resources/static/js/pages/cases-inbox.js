// 部门承办: the cases dispatched to the handler's department (the server scopes the list to
// it). 签收 with one click; 退单, 处置反馈 (with photos) and 申请延期 through the action dialog.
import { mountShell, createPage, api, t } from '/js/app.js';
import {
  enumLabel, actionLabel, statusBadge, cardBadge, placeText, caseHref, needsNoInput, act, CaseActionDialog,
} from '/js/cases.js';

const { user } = await mountShell('cases-inbox', { areas: ['cases'] });

const TABS = [
  { id: 'dispatched', label: 'cases.inbox.tabDispatched', status: 'DISPATCHED' },
  { id: 'progress', label: 'cases.inbox.tabInProgress', status: 'IN_PROGRESS' },
  { id: 'replied', label: 'cases.inbox.tabReplied', status: 'REPLIED' },
];

const ACTIONS = { DISPATCHED: ['accept', 'return', 'extend'], IN_PROGRESS: ['reply', 'extend'] };

createPage({
  components: { 'case-action': CaseActionDialog },
  data() {
    return { TABS, tab: 'dispatched', page: null, counts: {}, loading: false, error: null, notice: null,
      acting: null, action: null, departmentName: user.departmentName || user.departmentCode || '' };
  },
  mounted() { this.loadAll(); },
  methods: {
    enumLabel, actionLabel, statusBadge, cardBadge, placeText, caseHref,
    switchTab(id) { this.tab = id; this.load(0); },
    loadAll() { this.load(0); this.loadCounts(); },
    async loadCounts() {
      const count = query => api('/api/cases', { query: { ...query, size: 1 } }).then(p => p.totalElements).catch(() => '—');
      const timed = 'DISPATCHED,IN_PROGRESS,REPLIED';
      const [dispatched, progress, yellow, overdue] = await Promise.all([
        count({ status: 'DISPATCHED' }), count({ status: 'IN_PROGRESS' }),
        count({ status: timed, card: 'YELLOW' }), count({ status: timed, overdue: true })]);
      this.counts = { dispatched, progress, yellow, overdue };
    },
    async load(page) {
      this.loading = true;
      this.error = null;
      try {
        const tb = TABS.find(x => x.id === this.tab);
        this.page = await api('/api/cases', { query: { status: tb.status, page, size: 20 } });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    rowActions(c) { return ACTIONS[c.status] || []; },
    async start(c, action) {
      this.notice = null;
      this.error = null;
      if (needsNoInput(action)) {
        try {
          const detail = await act(c.number, action, { version: c.version });
          this.done(detail, action);
        } catch (e) {
          this.error = e;
        }
        return;
      }
      this.action = action;
      this.acting = c;
    },
    done(detail, action) {
      this.notice = t('cases.inbox.done', { number: detail.number, action: actionLabel(action || this.action) });
      this.acting = null;
      // After 签收 the case moves to 处置中: follow it there, so the reply is one click away.
      if ((action || this.action) === 'accept') this.tab = 'progress';
      this.loadAll();
    },
  },
});
