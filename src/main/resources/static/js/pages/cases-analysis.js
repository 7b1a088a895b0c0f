// 综合评价: the eight indicators per department, street, grid or handler over a period
// (GET /api/cases/evaluation, exports as CSV and xlsx), a heat map of cases on the city map
// (circles per ~100 m cell, coloured by count), the top categories, the trend of cases taken in
// and closed, and places where the same problem keeps coming back.
import { mountShell, createPage, api, t } from '/js/app.js';
import { enumLabel, percent, caseHref, createCityMap } from '/js/cases.js';

await mountShell('cases-analysis', { areas: ['cases'] });

const GROUPS = ['department', 'street', 'grid', 'worker'];
const RATES = ['closingRate', 'onTimeClosingRate', 'handlingRate', 'onTimeHandlingRate', 'reworkRate', 'extensionRate', 'returnRate', 'satisfactionRate'];
// Rates where less is better.
const LOWER_IS_BETTER = new Set(['reworkRate', 'extensionRate', 'returnRate']);
const view = { map: null, heat: null, top: null, trend: null };

function day(offset) {
  const d = new Date(Date.now() + offset * 86400000);
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}

function heatColour(ratio) {
  // Yellow → orange → red as the cell's share of the busiest cell grows.
  const hue = 50 - 50 * Math.min(1, ratio);
  return `hsl(${hue}, 95%, 48%)`;
}

createPage({
  data() {
    return { GROUPS, RATES, from: day(-29), to: day(0), groupBy: 'department', evaluation: null, repeated: [],
      heatTotal: 0, error: null };
  },
  async mounted() {
    await this.$nextTick();
    view.map = createCityMap('heat-map', { levels: ['district', 'street'], labels: true });
    view.top = window.echarts.init(document.getElementById('top-chart'));
    view.trend = window.echarts.init(document.getElementById('trend-chart'));
    new ResizeObserver(() => { view.top.resize(); view.trend.resize(); }).observe(document.getElementById('top-chart'));
    this.run();
  },
  methods: {
    enumLabel, percent, caseHref,
    period() { return { from: this.from, to: this.to }; },
    exportHref(kind) {
      return '/api/cases/evaluation.' + kind + '?' + new URLSearchParams({ ...this.period(), groupBy: this.groupBy });
    },
    rateClass(key, value) {
      if (value === null || value === undefined) return '';
      const good = LOWER_IS_BETTER.has(key) ? value <= 0.05 : value >= 0.9;
      const bad = LOWER_IS_BETTER.has(key) ? value >= 0.2 : value < 0.6;
      return bad ? 'text-danger' : good ? '' : '';
    },
    run() {
      this.error = null;
      this.loadEvaluation();
      this.loadHeat();
      this.loadTop();
      this.loadTrend();
      this.loadRepeated();
    },
    async loadEvaluation() {
      try {
        this.evaluation = await api('/api/cases/evaluation', { query: { ...this.period(), groupBy: this.groupBy } });
      } catch (e) { this.error = e; }
    },
    async loadHeat() {
      try {
        const points = await api('/api/cases/analysis/heatmap', { query: this.period() });
        await view.map.ready.catch(() => {});
        if (view.heat) view.heat.remove();
        const max = points.reduce((m, p) => Math.max(m, p.count), 1);
        view.heat = window.L.layerGroup(points.map(p => window.L.circleMarker([p.lat, p.lon], {
          radius: 4 + 10 * Math.sqrt(p.count / max), stroke: false, fillColor: heatColour(p.count / max), fillOpacity: 0.55,
        }).bindTooltip(p.count + ' ' + t('cases.analysis.cases')))).addTo(view.map.leaflet);
        this.heatTotal = points.reduce((s, p) => s + p.count, 0);
      } catch (e) { this.error = e; }
    },
    async loadTop() {
      try {
        const top = (await api('/api/cases/analysis/top-categories', { query: { ...this.period(), limit: 10 } })).reverse();
        view.top.setOption({
          grid: { left: 8, right: 30, top: 10, bottom: 10, containLabel: true },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', data: top.map(c => c.name), axisLabel: { width: 160, overflow: 'truncate' } },
          series: [{ type: 'bar', data: top.map(c => c.count), itemStyle: { color: '#1f5fbf' }, label: { show: true, position: 'right' } }],
        }, true);
      } catch (e) { this.error = e; }
    },
    async loadTrend() {
      try {
        const found = await api('/api/cases/analysis/trend', { query: { ...this.period(), interval: 'day' } });
        // Days without cases are not in the answer; the axis shows every day of the period.
        const byDay = new Map(found.map(p => [p.period, p]));
        const trend = [];
        for (let d = new Date(this.from + 'T00:00:00Z'); d <= new Date(this.to + 'T00:00:00Z') && trend.length < 400; d.setUTCDate(d.getUTCDate() + 1)) {
          const key = d.toISOString().substring(0, 10);
          trend.push(byDay.get(key) || { period: key, received: 0, closed: 0 });
        }
        view.trend.setOption({
          grid: { left: 8, right: 16, top: 30, bottom: 10, containLabel: true },
          tooltip: { trigger: 'axis' },
          legend: { data: [t('cases.analysis.received'), t('cases.analysis.closedSeries')] },
          xAxis: { type: 'category', data: trend.map(p => p.period.substring(5)) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            { name: t('cases.analysis.received'), type: 'line', data: trend.map(p => p.received), itemStyle: { color: '#1f5fbf' } },
            { name: t('cases.analysis.closedSeries'), type: 'line', data: trend.map(p => p.closed), itemStyle: { color: '#1b7f4b' } },
          ],
        }, true);
      } catch (e) { this.error = e; }
    },
    async loadRepeated() {
      try {
        this.repeated = await api('/api/cases/analysis/repeated', { query: { ...this.period(), metres: 50, minCount: 3 } });
      } catch (e) { this.error = e; }
    },
  },
});
