// 督办看板: the open cases' cards per department (GET /api/cases/analysis/supervision), the
// latest escalations to departments' leaders, and the lists of red, yellow and supervised cases.
import { mountShell, createPage, api, t, i18n } from '/js/app.js';
import { enumLabel, statusBadge, cardBadge, caseHref } from '/js/cases.js';

await mountShell('cases-supervision', { areas: ['cases'] });

const TIMED = 'DISPATCHED,IN_PROGRESS,REPLIED,VERIFIED';
const TABS = [
  { id: 'red', label: 'cases.supervision.redList', query: { status: TIMED, overdue: true } },
  { id: 'yellow', label: 'cases.supervision.yellowList', query: { status: TIMED, card: 'YELLOW' } },
  { id: 'supervised', label: 'cases.supervision.supervised', query: { status: TIMED, supervised: true } },
];

function duration(ms) {
  const minutes = Math.round(Math.abs(ms) / 60000);
  const zh = i18n.lang !== 'en';
  if (minutes < 60) return minutes + (zh ? ' 分钟' : ' min');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours + (zh ? ' 小时' : ' h');
  return Math.floor(hours / 24) + (zh ? ' 天' : ' d');
}

createPage({
  data() { return { TABS, tab: 'red', board: null, page: null, department: '', error: null }; },
  computed: {
    totals() {
      const sum = { open: 0, yellow: 0, red: 0, overdue: 0, supervised: 0, extensionRequested: 0 };
      for (const d of (this.board ? this.board.departments : [])) for (const k of Object.keys(sum)) sum[k] += d[k];
      return sum;
    },
    departmentLabel() {
      const d = this.board && this.board.departments.find(x => x.code === this.department);
      return d ? d.name || d.code : this.department;
    },
  },
  mounted() { this.loadAll(); },
  methods: {
    enumLabel, statusBadge, cardBadge, caseHref,
    since(at) { return at ? duration(Date.now() - new Date(at).getTime()) : '—'; },
    loadAll() { this.loadBoard(); this.load(0); },
    async loadBoard() {
      try { this.board = await api('/api/cases/analysis/supervision'); } catch (e) { this.error = e; }
    },
    narrow(code) { this.department = code || ''; this.load(0); },
    async load(page) {
      try {
        const tb = TABS.find(x => x.id === this.tab);
        this.page = await api('/api/cases', { query: { ...tb.query, department: this.department, page, size: 20 } });
      } catch (e) {
        this.error = e;
      }
    },
  },
});
