// 空气质量: the city-wide AQI (category colour, primary pollutants) and every air station's AQI
// with the IAQI of each pollutant, per HJ 633 in the version of the data's date (2012 before
// 2026-03-01, 2026 from then; the version in use is shown). Data from GET /api/sensing/aqi/city
// and /aqi/stations (hour rollups); on a server without them, computed by POST /api/sensing/aqi
// from each station's latest readings.
import { mountShell, createPage, api, t, formatDateTime, localInputToOffset, nowForInput } from '/js/app.js';
import { AQI_CATEGORIES, POLLUTANTS, label, aqiStyle, aqiCategory, formatNumber, optional, readAll } from '/js/sensing.js';

await mountShell('aqi', { areas: ['sensing'] });

let reportsEndpoint = true;

// Observed property names → pollutant (PM2_5, PM2.5, pm25 …).
function pollutantOf(name) {
  const n = String(name || '').trim().toUpperCase().replace('.', '_').replace('PM25', 'PM2_5');
  return POLLUTANTS.includes(n) ? n : null;
}

createPage({
  data() {
    return { AQI_CATEGORIES, POLLUTANTS, report: 'HOURLY', at: '', city: null, stations: [], withoutData: 0, standard: null,
      standards: null, fallback: false, loading: true, error: null };
  },
  async mounted() {
    await this.load();
    window.addEventListener('cityos:demo-loaded', () => this.load());
  },
  methods: {
    label, aqiStyle, aqiCategory, formatNumber,
    now() { this.at = ''; this.load(); },
    categoryName(index) { return index.categoryName || label('aqiCategory', index.category); },
    levelText(index) { return label('aqiLevel', index.category); },
    pollutants(list) { return list && list.length ? list.map(p => label('pollutant', p)).join('、') : '—'; },
    sub(station, pollutant) {
      // Several items of one pollutant (O3 1 h and 8 h in the daily report): the one that counts is the highest.
      const subs = (station.index.subIndices || []).filter(s => s.pollutant === pollutant);
      return subs.length ? subs.reduce((a, b) => (b.iaqi > a.iaqi ? b : a)) : null;
    },
    itemText(sub) { return label('aqiItem', sub.item) + '：' + formatNumber(sub.concentration, 1); },
    timeText(report) {
      const when = formatDateTime(report.time);
      return report.report === 'DAILY' ? when.substring(0, 10) : when;
    },
    async load() {
      this.loading = true;
      this.error = null;
      const query = { report: this.report, at: this.at ? localInputToOffset(this.at) : null };
      try {
        if (reportsEndpoint) {
          const [stations, city] = await Promise.all([
            optional('/api/sensing/aqi/stations', { query }), optional('/api/sensing/aqi/city', { query })]);
          if (stations && city) {
            this.stations = stations.stations;
            this.withoutData = (stations.stationsWithoutData || []).length;
            this.city = city;
            this.standard = city.standard;
            this.fallback = false;
            return;
          }
          reportsEndpoint = false;
        }
        await this.loadFromLatest();
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    // Without the report endpoints: each air station's latest readings through POST /api/sensing/aqi.
    async loadFromLatest() {
      this.fallback = true;
      if (!this.standards) this.standards = await api('/api/sensing/aqi/standards');
      const time = this.at ? localInputToOffset(this.at) : new Date().toISOString();
      const things = await readAll('/sta/v1.1/Things', {
        $expand: 'Datastreams($expand=ObservedProperty,Observations($top=1;$orderby=phenomenonTime desc))', $top: 1000 });
      const suffix = this.report === 'DAILY' ? '_24H' : '_1H';
      const stations = [];
      for (const thing of things) {
        const ds = thing.Datastreams || [];
        const kind = (thing.properties && thing.properties.kind) || (ds.find(d => d.properties && d.properties.kind) || { properties: {} }).properties.kind;
        if (kind !== 'air') continue;
        const concentrations = {};
        for (const d of ds) {
          const p = pollutantOf(d.ObservedProperty && d.ObservedProperty.name);
          const o = (d.Observations || [])[0];
          if (p && o && typeof o.result === 'number') concentrations[p === 'O3' && suffix === '_24H' ? 'O3_8H' : p + suffix] = o.result;
        }
        if (Object.keys(concentrations).length) stations.push({ thingId: thing['@iot.id'], name: thing.name, concentrations });
      }
      const results = await Promise.all(stations.map(s => api('/api/sensing/aqi', { method: 'POST',
        body: { time, report: this.report, concentrations: s.concentrations } }).catch(() => null)));
      this.stations = stations.map((s, i) => ({ ...s, index: results[i] && this.view(results[i]) })).filter(s => s.index);
      this.withoutData = stations.length - this.stations.length;
      if (this.stations.length) {
        const city = await api('/api/sensing/aqi', { method: 'POST',
          body: { time, report: this.report, stations: this.stations.map(s => s.concentrations) } });
        this.city = { time: city.time, report: city.report, stations: this.stations.length, index: this.view(city) };
        this.standard = this.standardCode(city.standard);
      } else {
        this.city = null;
        this.standard = this.standardCode(new Date(time) >= new Date('2026-03-01T00:00:00+08:00') ? 'HJ_633_2026' : 'HJ_633_2012');
      }
    },
    view(result) {
      return { aqi: result.aqi, category: result.category, primaryPollutants: result.primaryPollutants,
        exceedingPollutants: result.exceedingPollutants, subIndices: result.subIndices };
    },
    standardCode(id) {
      const s = this.standards && this.standards.standards.find(x => x.id === id);
      return s ? s.code : id;
    },
  },
});
