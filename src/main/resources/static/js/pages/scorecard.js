// 部门考核: the ranking of departments for a period (bar chart + table), a department's indicators
// and trend (line chart), exports, and (ADMIN) the indicator weights. A steward sees only its own
// department: the page opens on it.
import { mountShell, createPage, api, t, hasAnyRole } from '/js/app.js';
import * as echarts from '/webjars/echarts/echarts.esm.min.js';

const { user } = await mountShell('scorecard', { areas: ['scorecard'] });

const KINDS = ['MONTH', 'QUARTER', 'YEAR'];
const INDICATORS = ['RESOURCES', 'TIMELY_DELIVERY', 'COMPLETENESS', 'VALIDITY', 'CONSISTENCY', 'DISCREPANCY_HANDLING', 'USE', 'REQUEST_ANSWERS'];
const DEFAULT_WEIGHTS = { RESOURCES: 10, TIMELY_DELIVERY: 15, COMPLETENESS: 10, VALIDITY: 15, CONSISTENCY: 15, DISCREPANCY_HANDLING: 10, USE: 15, REQUEST_ANSWERS: 10 };
const TREND_PERIODS = 6;
const seesAll = hasAnyRole(user, ['ADMIN', 'LEADER', 'AUDITOR']);
const isAdmin = hasAnyRole(user, ['ADMIN']);

function pad(n) { return String(n).padStart(2, '0'); }

// The selectable periods, newest first: the running one and those before it.
function periodsOf(kind) {
  const now = new Date();
  const year = now.getFullYear();
  const list = [];
  if (kind === 'MONTH') {
    for (let i = 0; i < 12; i++) {
      const d = new Date(year, now.getMonth() - i, 1);
      list.push(`${d.getFullYear()}-${pad(d.getMonth() + 1)}`);
    }
  } else if (kind === 'QUARTER') {
    let q = Math.floor(now.getMonth() / 3) + 1;
    let y = year;
    for (let i = 0; i < 8; i++) {
      list.push(`${y}-Q${q}`);
      q -= 1;
      if (q === 0) { q = 4; y -= 1; }
    }
  } else {
    for (let i = 0; i < 5; i++) list.push(String(year - i));
  }
  return list;
}

function round(value) { return value === null || value === undefined ? null : Math.round(value * 100) / 100; }

createPage({
  data() {
    return {
      KINDS, INDICATORS, TREND_PERIODS, seesAll, isAdmin,
      kind: 'MONTH', period: periodsOf('MONTH')[0], periods: periodsOf('MONTH'),
      ranking: null, detail: null, selected: seesAll ? null : user.departmentCode,
      loading: false, error: null,
      weights: null, weightsError: null, saving: false, notice: null,
    };
  },
  computed: {
    line() {
      if (!this.ranking || !this.selected) return null;
      return this.ranking.lines.find(l => l.departmentCode === this.selected) || null;
    },
  },
  async mounted() {
    this.charts = {};
    window.addEventListener('resize', () => Object.values(this.charts).forEach(c => c.resize()));
    window.addEventListener('cityos:demo-loaded', () => this.load());
    await this.load();
    if (isAdmin) this.loadWeights();
  },
  methods: {
    periodLabel(p) {
      if (/^\d{4}-\d{2}$/.test(p)) return t('scorecard.monthLabel', { year: p.substring(0, 4), month: Number(p.substring(5)) });
      if (/^\d{4}-Q\d$/.test(p)) return t('scorecard.quarterLabel', { year: p.substring(0, 4), quarter: p.substring(6) });
      return t('scorecard.yearLabel', { year: p });
    },
    fixed(value) { return value === null || value === undefined ? '—' : Number(value).toFixed(2); },
    scoreClass(value) {
      if (value === null || value === undefined) return 'muted';
      return value >= 90 ? 'score-good' : value >= 60 ? 'score-mid' : 'score-bad';
    },
    factText(code, f) {
      const s = f.sharing, r = f.registry, u = f.use;
      const days = v => (v === null || v === undefined ? '—' : round(v));
      const params = {
        RESOURCES: { resources: s.resources, added: s.newResources },
        TIMELY_DELIVERY: { due: s.deliveriesDue, onTime: s.deliveriesOnTime },
        COMPLETENESS: { filled: s.cellsFilled, cells: s.cells },
        VALIDITY: { received: s.rowsReceived, rejected: s.rowsRejected, identifiers: s.identifierFailures },
        CONSISTENCY: { agreeing: r.agreeingValues, values: r.sourceValues },
        DISCREPANCY_HANDLING: { handled: r.discrepanciesHandled, late: r.discrepanciesLate, closed: r.discrepanciesClosed, days: days(r.closingWorkingDaysMean) },
        USE: { reads: u.reads, departments: u.readingDepartments, rows: u.rowsRead },
        REQUEST_ANSWERS: { due: s.requestsDue, onTime: s.requestsAnsweredOnTime, days: days(s.answerWorkingDaysMean), waiting: s.requestsWaitingOverdue },
      }[code];
      return t('scorecard.fact.' + code, params);
    },
    kindChanged() {
      this.periods = periodsOf(this.kind);
      this.period = this.periods[0];
      this.load();
    },
    async load(recompute = false) {
      this.loading = true;
      this.error = null;
      try {
        const path = '/api/scorecard' + (recompute ? '/recompute' : '') + '?period=' + encodeURIComponent(this.period);
        this.ranking = await api(path, recompute ? { method: 'POST' } : {});
        if (!this.selected && this.ranking.lines.length) this.selected = this.ranking.lines[0].departmentCode;
        await this.$nextTick();
        this.drawBar();
        if (this.selected) await this.loadDetail();
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    recompute() { return this.load(true); },
    async select(code) {
      this.selected = code;
      await this.loadDetail();
    },
    async loadDetail() {
      try {
        this.detail = await api(`/api/scorecard/departments/${encodeURIComponent(this.selected)}?period=${encodeURIComponent(this.period)}&periods=${TREND_PERIODS}`);
        await this.$nextTick();
        this.drawTrend();
      } catch (e) {
        this.error = e;
      }
    },
    chart(name) {
      const el = this.$refs[name];
      if (!el) return null;
      if (!this.charts[name] || this.charts[name].getDom() !== el) this.charts[name] = echarts.init(el);
      return this.charts[name];
    },
    drawBar() {
      if (!seesAll || !this.ranking || !this.ranking.lines.length) return;
      const chart = this.chart('bar');
      if (!chart) return;
      // Best at the top: a horizontal bar chart lists its categories bottom-up.
      const lines = [...this.ranking.lines].reverse();
      chart.setOption({
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', min: 0, max: 100 },
        yAxis: { type: 'category', data: lines.map(l => `${l.rank}. ${l.departmentName || l.departmentCode}`), axisLabel: { fontSize: 12 } },
        series: [{
          type: 'bar', name: t('scorecard.total'), data: lines.map(l => ({ value: l.total, code: l.departmentCode })),
          label: { show: true, position: 'right', formatter: p => Number(p.value).toFixed(2) },
          itemStyle: { color: p => (p.data.code === this.selected ? '#c2410c' : '#2563eb') },
        }],
      }, true);
      chart.off('click');
      chart.on('click', p => this.select(p.data.code));
    },
    drawTrend() {
      if (!this.detail) return;
      const chart = this.chart('line');
      if (!chart) return;
      const points = this.detail.points;
      chart.setOption({
        grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('scorecard.total'), t('scorecard.rank')] },
        xAxis: { type: 'category', data: points.map(p => p.period) },
        yAxis: [
          { type: 'value', min: 0, max: 100, name: t('scorecard.total') },
          { type: 'value', inverse: true, minInterval: 1, min: 1, max: Math.max(2, ...points.map(p => p.ranked)), name: t('scorecard.rank'), splitLine: { show: false } },
        ],
        series: [
          { type: 'line', name: t('scorecard.total'), data: points.map(p => p.total), connectNulls: false, symbolSize: 8 },
          { type: 'line', name: t('scorecard.rank'), yAxisIndex: 1, data: points.map(p => p.rank), lineStyle: { type: 'dashed' } },
        ],
      }, true);
    },
    async loadWeights() {
      try {
        this.weights = { ...(await api('/api/scorecard/weights')) };
      } catch (e) {
        this.weightsError = e;
      }
    },
    weightLabel(field) {
      const m = /^weights\.(\w+)$/.exec(field);
      return m && INDICATORS.includes(m[1]) ? t('scorecard.indicator.' + m[1] + '.name') : null;
    },
    resetWeights() { this.weights = { ...DEFAULT_WEIGHTS }; },
    async saveWeights() {
      this.saving = true;
      this.weightsError = null;
      this.notice = null;
      try {
        this.weights = { ...(await api('/api/scorecard/weights', { method: 'PUT', body: this.weights })) };
        this.notice = t('scorecard.weights.saved');
        await this.load();
      } catch (e) {
        this.weightsError = e;
      } finally {
        this.saving = false;
      }
    },
  },
});
