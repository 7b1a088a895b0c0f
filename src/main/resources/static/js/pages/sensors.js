// 传感器地图: every sensor (Thing) of the city on its own division map, coloured by status —
// green OK, the open alert's warning colour (蓝 黄 橙 红), grey offline — filtered by kind. A
// click shows its latest values with links to the charts. Refreshed every 30 s.
import { mountShell, createPage, t, formatDateTime } from '/js/app.js';
import { createCityMap } from '/js/cases.js';
import { KINDS, LEVELS, LEVEL_COLOURS, STATUS_COLOURS, label, levelStyle, statusColour, formatNumber, escapeHtml, loadSensors }
  from '/js/sensing.js';

await mountShell('sensors', { areas: ['sensing'] });
const L = window.L;
const REFRESH_MS = 30000;

// Leaflet objects stay outside Vue's reactivity.
const view = { map: null, markers: null, renderer: null, byId: new Map() };

function nowText() {
  return formatDateTime(new Date().toISOString(), true).substring(11);
}

createPage({
  data() {
    const params = new URLSearchParams(location.search);
    return { KINDS, kind: params.get('kind') || '', all: [], selectedId: null, error: null, loading: true,
      refreshedAt: '—', fallback: false, timer: null };
  },
  computed: {
    sensors() { return this.all; },
    shown() { return this.kind ? this.all.filter(s => s.kind === this.kind) : this.all; },
    selected() { return this.all.find(s => s.id === this.selectedId) || null; },
    kindCounts() {
      const counts = {};
      for (const s of this.all) counts[s.kind] = (counts[s.kind] || 0) + 1;
      return counts;
    },
    withoutPlace() { return this.shown.filter(s => s.lat === null || s.lat === undefined).length; },
    legend() {
      const count = pred => this.shown.filter(pred).length;
      return [
        { key: 'OK', colour: STATUS_COLOURS.OK, text: t('sensing.status.OK'), count: count(s => s.status === 'OK') },
        ...LEVELS.map(l => ({ key: l, colour: LEVEL_COLOURS[l].bg, text: label('level', l),
          count: count(s => s.status === 'WARNING' && s.level === l) })),
        { key: 'OFFLINE', colour: STATUS_COLOURS.OFFLINE, text: t('sensing.status.OFFLINE'), count: count(s => s.status === 'OFFLINE') },
      ];
    },
  },
  async mounted() {
    await this.$nextTick();
    view.map = createCityMap('map', { levels: ['district', 'street'], labels: true });
    // SVG markers: each is an element (class sensor-marker-<id>) a keyboard user and the browser tests can reach.
    view.renderer = L.svg();
    view.markers = L.layerGroup().addTo(view.map.leaflet);
    await this.refresh();
    this.timer = setInterval(() => this.refresh(), REFRESH_MS);
    window.addEventListener('cityos:demo-loaded', () => this.refresh());
  },
  methods: {
    label, levelStyle, formatNumber,
    colour: statusColour,
    statusText(s) {
      if (s.status === 'WARNING') return t('sensing.status.WARNING') + ' · ' + label('level', s.level);
      return t('sensing.status.' + s.status) + (s.status === 'OFFLINE' && s.lastObservation
        ? ' · ' + t('sensing.map.lastSeen', { time: formatDateTime(s.lastObservation) }) : '');
    },
    propertyLabel(v) {
      return label('property', v.observedProperty) !== v.observedProperty ? label('property', v.observedProperty) : (v.name || v.observedProperty);
    },
    indexLabel(index) { return label('index', index.type); },
    indexStyle(index) {
      if (!index.colour) return { background: '#e8f0fc', color: '#164a97' };
      const light = ['#00E400', '#FFFF00', '#FF7E00'].includes(String(index.colour).toUpperCase());
      return { background: index.colour, color: light ? '#1f2a37' : '#fff' };
    },
    setKind(k) {
      this.kind = k;
      const url = new URL(location.href);
      if (k) url.searchParams.set('kind', k); else url.searchParams.delete('kind');
      history.replaceState(null, '', url);
      this.draw();
    },
    async refresh() {
      try {
        // All kinds at once: the counts on the kind chips need them; the filter is applied here.
        this.all = await loadSensors('');
        this.fallback = !!this.all.fallback;
        this.error = null;
        this.refreshedAt = nowText();
        this.draw();
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    draw() {
      view.markers.clearLayers();
      view.byId.clear();
      const mapEl = document.getElementById('map');
      let drawn = 0;
      // Worst on top: offline first, then OK, then the warning levels up to red.
      const order = s => (s.status === 'OFFLINE' ? 0 : s.status === 'OK' ? 1 : 2 + LEVELS.indexOf(s.level));
      for (const s of [...this.shown].sort((a, b) => order(a) - order(b))) {
        if (s.lat === null || s.lat === undefined || s.lon === null || s.lon === undefined) continue;
        const marker = L.circleMarker([s.lat, s.lon], {
          renderer: view.renderer, radius: s.status === 'WARNING' ? 8 : 6, color: '#ffffff', weight: 1.5,
          fillColor: statusColour(s), fillOpacity: 0.95,
          className: 'sensor-marker sensor-marker-' + s.id + ' status-' + s.status,
        });
        marker.bindTooltip(escapeHtml(s.name) + ' · ' + escapeHtml(label('kind', s.kind)));
        marker.on('click', () => this.select(s.id));
        marker.addTo(view.markers);
        view.byId.set(s.id, marker);
        drawn++;
      }
      mapEl.setAttribute('data-marker-count', String(drawn));
      this.highlight();
    },
    select(id) {
      this.selectedId = id;
      this.highlight();
    },
    highlight() {
      for (const [id, marker] of view.byId) {
        marker.setStyle({ color: id === this.selectedId ? '#0f3a78' : '#ffffff', weight: id === this.selectedId ? 3.5 : 1.5 });
        if (id === this.selectedId) marker.bringToFront();
      }
    },
  },
});
