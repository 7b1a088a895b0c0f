// 监测曲线: one sensor's datastreams as ECharts lines with zoom (dataZoom). The range buttons
// fetch 1 h of raw observations, or 24 h / 7 d / 30 d of minute or hour rollups (mean line with
// the min–max band) from GET /api/sensing/datastreams/{id}/series; on a server without it, the
// raw observations of the range come from the SensorThings API. Threshold rules that watch the
// datastream (or its observed property) are drawn as lines in their warning colours.
import { mountShell, createPage, api, t, formatDateTime, ApiError } from '/js/app.js';
import { label, levelStyle, formatNumber, optional, LEVEL_COLOURS, LEVELS } from '/js/sensing.js';

await mountShell('sensor', { areas: ['sensing'] });

const RANGES = [
  { key: '1h', ms: 3600e3 }, { key: '24h', ms: 86400e3 }, { key: '7d', ms: 7 * 86400e3 }, { key: '30d', ms: 30 * 86400e3 },
];
const view = { chart: null };
let seriesEndpoint = true;

function pointOf(location) {
  if (!location) return null;
  const g = location.type === 'Feature' ? location.geometry : location;
  return g && g.type === 'Point' ? { lon: g.coordinates[0], lat: g.coordinates[1] } : null;
}

createPage({
  data() {
    return { RANGES, thing: null, datastreams: [], datastreamId: null, range: '24h', series: null, alerts: [], rules: [],
      error: null };
  },
  computed: {
    current() { return this.datastreams.find(d => d['@iot.id'] === this.datastreamId) || null; },
    unit() { return this.current && this.current.unitOfMeasurement ? this.current.unitOfMeasurement.symbol || '' : ''; },
    thingKind() {
      if (!this.thing) return null;
      return (this.thing.properties && this.thing.properties.kind)
        || ((this.datastreams.find(d => d.properties && d.properties.kind) || {}).properties || {}).kind || null;
    },
    point() { return this.thing ? pointOf((this.thing.Locations || [])[0] && this.thing.Locations[0].location) : null; },
    recent() { return this.series ? this.series.points.slice(-12).reverse() : []; },
    // THRESHOLD rules on this datastream or its observed property: one line per level.
    thresholds() {
      const d = this.current;
      if (!d) return [];
      const property = d.ObservedProperty ? d.ObservedProperty.name : null;
      const lines = [];
      for (const r of this.rules) {
        if (!r.enabled || r.condition.kind !== 'THRESHOLD') continue;
        const s = r.scope;
        const matches = (s.type === 'DATASTREAM' && String(s.value) === String(d['@iot.id']))
          || (s.type === 'OBSERVED_PROPERTY' && property && s.value === property);
        if (!matches) continue;
        for (const level of LEVELS) {
          const v = r.condition.levels && r.condition.levels[level];
          if (v !== undefined && v !== null) lines.push({ level, value: v, rule: r.name });
        }
      }
      return lines;
    },
  },
  async mounted() {
    await this.$nextTick();
    const params = new URLSearchParams(location.search);
    this.range = RANGES.some(r => r.key === params.get('range')) ? params.get('range') : '24h';
    try {
      let thingId = params.get('thing');
      const datastream = params.get('datastream');
      if (!thingId && datastream) {
        const d = await api(`/sta/v1.1/Datastreams(${Number(datastream)})`, { query: { $expand: 'Thing($select=id)' } });
        thingId = d.Thing['@iot.id'];
        this.datastreamId = d['@iot.id'];
      }
      if (!thingId) { this.error = t('sensing.chart.noThing'); return; }
      this.thing = await api(`/sta/v1.1/Things(${Number(thingId)})`,
        { query: { $expand: 'Locations,Datastreams($expand=ObservedProperty;$orderby=id)' } });
      this.datastreams = this.thing.Datastreams || [];
      if (!this.datastreamId && this.datastreams.length) this.datastreamId = this.datastreams[0]['@iot.id'];
      this.rules = await api('/api/sensing/rules').catch(() => []);
      await this.$nextTick();
      view.chart = window.echarts.init(document.getElementById('series-chart'));
      new ResizeObserver(() => view.chart.resize()).observe(document.getElementById('series-chart'));
      if (this.datastreamId) this.load();
    } catch (e) {
      this.error = e;
    }
  },
  methods: {
    label, levelStyle, formatNumber,
    datastreamLabel(d) {
      const p = d.ObservedProperty ? d.ObservedProperty.name : '';
      const named = label('property', p);
      const unit = d.unitOfMeasurement && d.unitOfMeasurement.symbol ? ' (' + d.unitOfMeasurement.symbol + ')' : '';
      return (named !== p ? named : d.name) + unit;
    },
    choose(id) {
      this.datastreamId = id;
      this.remember();
      this.load();
    },
    setRange(key) {
      this.range = key;
      this.remember();
      this.load();
    },
    remember() {
      const url = new URL(location.href);
      url.searchParams.set('thing', this.thing['@iot.id']);
      url.searchParams.delete('datastream');
      url.searchParams.set('range', this.range);
      history.replaceState(null, '', url);
    },
    async load() {
      this.error = null;
      const id = this.datastreamId;
      const to = new Date();
      const from = new Date(to.getTime() - RANGES.find(r => r.key === this.range).ms);
      try {
        const [series, alerts] = await Promise.all([
          this.fetchSeries(id, from, to),
          api('/api/sensing/alerts', { query: { datastream: id, size: 10 } }),
        ]);
        if (id !== this.datastreamId) return; // another choice came in meanwhile
        this.series = series;
        this.alerts = alerts.content;
        this.draw();
      } catch (e) {
        this.error = e;
      }
    },
    async fetchSeries(id, from, to) {
      if (seriesEndpoint) {
        try {
          return await api(`/api/sensing/datastreams/${id}/series`, { query: { from: from.toISOString(), to: to.toISOString() } });
        } catch (e) {
          if (!(e instanceof ApiError && e.status === 404 && !/Datastream/.test(e.problem.detail || ''))) throw e;
          seriesEndpoint = false;
        }
      }
      // Raw observations of the range, newest first (at most 10,000), turned into [time, v, v, v, 1] points.
      const page = await api(`/sta/v1.1/Datastreams(${id})/Observations`, { query: {
        $filter: `phenomenonTime ge ${from.toISOString()} and phenomenonTime lt ${to.toISOString()}`,
        $orderby: 'phenomenonTime desc', $top: 10000, $select: 'phenomenonTime,result' } });
      const points = page.value.filter(o => typeof o.result === 'number')
        .map(o => { const time = new Date(String(o.phenomenonTime).split('/')[0]).getTime(); return [time, o.result, o.result, o.result, 1]; })
        .reverse();
      return { datastream: id, resolution: 'RAW', from: from.toISOString(), to: to.toISOString(),
        truncated: !!page['@iot.nextLink'], points };
    },
    draw() {
      const s = this.series;
      const raw = s.resolution === 'RAW';
      const unit = this.unit;
      const name = this.current ? this.datastreamLabel(this.current) : '';
      const series = [];
      if (!raw) {
        // The min–max band: an invisible line at min, and max − min stacked on it as a filled area.
        series.push({ name: t('sensing.chart.min'), type: 'line', data: s.points.map(p => [p[0], p[2]]), stack: 'band',
          lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } });
        series.push({ name: t('sensing.chart.band'), type: 'line', data: s.points.map(p => [p[0], p[3] - p[2]]), stack: 'band',
          lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(31,95,191,0.15)' }, symbol: 'none', tooltip: { show: false } });
      }
      series.push({
        name: raw ? name : t('sensing.chart.avg'), type: 'line', data: s.points.map(p => [p[0], p[1]]), showSymbol: s.points.length < 80,
        symbolSize: 4, lineStyle: { width: 1.6, color: '#1f5fbf' }, itemStyle: { color: '#1f5fbf' },
        markLine: this.thresholds.length ? {
          symbol: 'none', silent: true,
          data: this.thresholds.map(l => ({ yAxis: l.value, lineStyle: { color: LEVEL_COLOURS[l.level].bg, type: 'dashed', width: 1.2 },
            label: { formatter: label('level', l.level) + ' ' + l.value, color: '#333', fontSize: 11, position: 'insideEndTop' } })),
        } : undefined,
      });
      const byTime = new Map(s.points.map(p => [p[0], p]));
      // The lowest threshold stays in view (the higher ones would flatten a calm day's line).
      const lowest = this.thresholds.length ? Math.min(...this.thresholds.map(l => l.value)) : null;
      view.chart.setOption({
        animation: false,
        grid: { left: 56, right: 28, top: 30, bottom: 72 },
        tooltip: { trigger: 'axis', formatter: params => {
          const p = byTime.get(params[0].value[0]);
          if (!p) return '';
          const when = formatDateTime(new Date(p[0]).toISOString(), raw);
          if (raw) return `${when}<br>${formatNumber(p[1])} ${unit}`;
          return `${when}<br>${t('sensing.chart.avg')} ${formatNumber(p[1])} ${unit}<br>${t('sensing.chart.min')} ${formatNumber(p[2])}`
            + ` · ${t('sensing.chart.max')} ${formatNumber(p[3])}<br>${t('sensing.chart.count')} ${p[4]}`;
        } },
        xAxis: { type: 'time', min: new Date(s.from).getTime(), max: new Date(s.to).getTime() },
        yAxis: { type: 'value', name: unit, scale: true, max: lowest === null ? null : (v => Math.max(v.max, lowest * 1.05)) },
        dataZoom: [{ type: 'inside', filterMode: 'none' }, { type: 'slider', filterMode: 'none', height: 22, bottom: 14 }],
        series,
      }, true);
    },
  },
});
