// 城市地图: the city's own divisions drawn from GeoJSON (no tile server needed). Districts are
// filled, streets and communities are outlines, and the ~2,000 unit grids are thin lines drawn on
// a canvas only when zoomed in. A click anywhere asks the server which grid holds the point.
import { mountShell, createPage, api, t, ApiError, hasAnyRole } from '/js/app.js';

const { user, status } = await mountShell('map', { areas: ['geography'] });
const L = window.L;

const LEVELS = ['district', 'street', 'community', 'grid'];
const GRID_MIN_ZOOM = 14;
const CITY_CENTRE = [34.33, 108.70];
const DISTRICT_FILLS = ['#a8c5e8', '#f4c7a1', '#b8dcb5', '#e3b5d4', '#f2e2a0', '#b5d9d9',
  '#d3c1ef', '#f5b5b5', '#c8d6a3', '#a9c8c0', '#e8c4a8', '#c0c9e8'];
const STYLES = {
  district: { color: '#4f6485', weight: 2, fillOpacity: 0.38 },
  street: { color: '#5d7290', weight: 1.4, dashArray: '6 4', fill: false },
  community: { color: '#8a9ab2', weight: 0.9, fill: false },
  grid: { color: '#7d8ea8', weight: 0.5, opacity: 0.8, fill: false },
};
const HIGHLIGHT = { color: '#d9480f', weight: 3, fillColor: '#ff922b', fillOpacity: 0.18 };
const PICKED = { color: '#1f5fbf', weight: 2.5, fillColor: '#1f5fbf', fillOpacity: 0.15 };

// Leaflet objects stay outside Vue's reactivity.
const map = { leaflet: null, layers: {}, tiles: null, highlight: null, picked: null, popup: null };

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function formatPoint(latlng) {
  return `${latlng.lng.toFixed(6)}°E, ${latlng.lat.toFixed(6)}°N`;
}

function locateHtml(latlng, found) {
  const rows = ['district', 'street', 'community', 'grid'].map(level => {
    const d = found[level];
    return `<tr><th>${escapeHtml(t('geography.level.' + level))}</th><td>${d ? escapeHtml(d.name) + '<code>' + escapeHtml(d.code) + '</code>' : '—'}</td></tr>`;
  }).join('');
  return `<table class="locate-table">${rows}</table><div class="muted" style="margin-top:4px;font-size:12px">${escapeHtml(formatPoint(latlng))}</div>`;
}

function problemHtml(error) {
  const p = error instanceof ApiError ? error.problem : { title: String(error) };
  return `<strong>${escapeHtml(p.title)}</strong>${p.detail ? '<br>' + escapeHtml(p.detail) : ''}`;
}

createPage({
  data() {
    return {
      levels: LEVELS,
      gridMinZoom: GRID_MIN_ZOOM,
      visible: { district: true, street: true, community: true, grid: true, tiles: true },
      counts: { district: null, street: null, community: null, grid: null },
      zoom: 12,
      hasTiles: !!(status && status.tileUrl),
      query: '', searchLevel: '', results: null, searchError: null,
      located: null, locateError: null, layerError: null,
      pointer: '',
      isAdmin: hasAnyRole(user, ['ADMIN']),
      importFile: null, importMode: 'merge', importing: false, importResult: null, importError: null,
    };
  },
  computed: {
    gridHidden() { return this.visible.grid && this.zoom < GRID_MIN_ZOOM && this.counts.grid > 0; },
  },
  async mounted() {
    // The page becomes visible (v-cloak removed) only after mount returns; Leaflet needs its size.
    await this.$nextTick();
    this.createMap();
    this.loadLayers();
    window.addEventListener('cityos:demo-loaded', () => this.loadLayers());
  },
  methods: {
    chooseFile(event) {
      this.importFile = event.target.files[0] || null;
      this.importResult = null;
      this.importError = null;
    },
    // GeoJSON import (ADMIN): the server checks every feature before writing anything and
    // answers the problems it found; on success the layers are drawn again from the new map.
    async importMap() {
      this.importing = true;
      this.importResult = null;
      this.importError = null;
      try {
        let geoJson;
        try {
          geoJson = JSON.parse(await this.importFile.text());
        } catch (e) {
          this.importError = t('geography.import.notJson') + '：' + e.message;
          return;
        }
        this.importResult = await api('/api/geography/import', { method: 'POST', query: { mode: this.importMode }, body: geoJson });
        await this.loadLayers();
      } catch (e) {
        this.importError = e;
      } finally {
        this.importing = false;
      }
    },
    swatch(level) {
      const s = STYLES[level];
      return { borderColor: s.color, background: level === 'district' ? DISTRICT_FILLS[0] : 'transparent', borderStyle: s.dashArray ? 'dashed' : 'solid' };
    },
    createMap() {
      const leaflet = L.map('map', { preferCanvas: true, zoomControl: true, minZoom: 8, maxZoom: 19, attributionControl: !!this.hasTiles });
      leaflet.setView(CITY_CENTRE, 12);
      L.control.scale({ imperial: false }).addTo(leaflet);
      if (this.hasTiles) {
        map.tiles = L.tileLayer(status.tileUrl, { maxZoom: 19, attribution: status.tileAttribution || '' }).addTo(leaflet);
      }
      leaflet.on('zoomend', () => { this.zoom = leaflet.getZoom(); this.applyVisibility(); });
      leaflet.on('mousemove', e => { this.pointer = formatPoint(e.latlng); });
      leaflet.on('click', e => this.locate(e.latlng));
      map.leaflet = leaflet;
      this.zoom = leaflet.getZoom();
      new ResizeObserver(() => leaflet.invalidateSize()).observe(document.getElementById('map'));
    },
    async loadLayers() {
      this.layerError = null;
      // Districts first so the city shows quickly; grids last, they are the heaviest.
      try {
        await Promise.all(['district', 'street', 'community'].map(level => this.loadLayer(level)));
        const districts = map.layers.district;
        if (districts && districts.getLayers().length) map.leaflet.fitBounds(districts.getBounds(), { padding: [12, 12] });
        await this.loadLayer('grid');
      } catch (e) {
        this.layerError = e;
        for (const level of LEVELS) if (this.counts[level] === null) this.counts[level] = '—';
      }
    },
    async loadLayer(level) {
      const collection = await api('/api/geography/layers/' + level);
      const features = (collection && collection.features) || [];
      if (map.layers[level]) map.layers[level].remove();
      let index = 0;
      const layer = L.geoJSON(features, {
        interactive: false,
        style: () => (level === 'district'
          ? { ...STYLES.district, fillColor: DISTRICT_FILLS[index++ % DISTRICT_FILLS.length] }
          : STYLES[level]),
      });
      if (level === 'district') {
        layer.eachLayer(l => l.bindTooltip(escapeHtml(l.feature.properties.name),
          { permanent: true, direction: 'center', className: 'district-label', interactive: false }));
      }
      map.layers[level] = layer;
      this.counts[level] = features.length;
      document.getElementById('map').setAttribute('data-' + level + '-count', String(features.length));
      this.applyVisibility();
    },
    applyVisibility() {
      const leaflet = map.leaflet;
      for (const level of LEVELS) {
        const layer = map.layers[level];
        if (!layer) continue;
        const show = this.visible[level] && (level !== 'grid' || this.zoom >= GRID_MIN_ZOOM);
        if (show && !leaflet.hasLayer(layer)) layer.addTo(leaflet);
        if (!show && leaflet.hasLayer(layer)) layer.remove();
      }
      if (map.tiles) {
        if (this.visible.tiles && !leaflet.hasLayer(map.tiles)) map.tiles.addTo(leaflet);
        if (!this.visible.tiles && leaflet.hasLayer(map.tiles)) map.tiles.remove();
      }
      if (map.highlight) map.highlight.bringToFront();
    },
    async search() {
      this.searchError = null;
      if (!this.query) { this.results = null; return; }
      try {
        const found = await api('/api/geography/divisions', { query: { q: this.query, level: this.searchLevel } });
        this.results = found.map(r => ({ ...r, level: String(r.level || '').toLowerCase() }));
        if (this.results.length === 1) this.choose(this.results[0]);
      } catch (e) {
        this.results = null;
        this.searchError = e;
      }
    },
    async choose(division) {
      this.searchError = null;
      try {
        const feature = await api('/api/geography/divisions/' + encodeURIComponent(division.code));
        if (map.highlight) map.highlight.remove();
        map.highlight = L.geoJSON(feature, { style: HIGHLIGHT, interactive: false }).addTo(map.leaflet);
        map.highlight.eachLayer(l => l.bindTooltip(escapeHtml(division.name + ' ' + division.code), { sticky: false }));
        const bounds = map.highlight.getBounds();
        if (bounds.isValid()) map.leaflet.fitBounds(bounds, { padding: [40, 40], maxZoom: 16 });
        else if (division.centroid) map.leaflet.setView([division.centroid.lat, division.centroid.lon], 16);
        if (division.level === 'grid') this.visible.grid = true;
        this.applyVisibility();
      } catch (e) {
        this.searchError = e;
      }
    },
    // Outlines the grid a click fell in; a failure only means no outline.
    async outlinePicked(code) {
      try {
        const feature = await api('/api/geography/divisions/' + encodeURIComponent(code));
        if (map.picked) map.picked.remove();
        map.picked = L.geoJSON(feature, { style: PICKED, interactive: false }).addTo(map.leaflet);
      } catch (e) { /* the popup already says where the point is */ }
    },
    async locate(latlng) {
      if (map.picked) { map.picked.remove(); map.picked = null; }
      map.popup = L.popup({ maxWidth: 360 }).setLatLng(latlng)
        .setContent(escapeHtml(t('shell.common.loading'))).openOn(map.leaflet);
      try {
        const found = await api('/api/geography/locate', { query: { lon: latlng.lng.toFixed(7), lat: latlng.lat.toFixed(7) } });
        this.located = found;
        this.locateError = null;
        map.popup.setContent(locateHtml(latlng, found));
        if (found.grid) this.outlinePicked(found.grid.code);
      } catch (e) {
        this.located = null;
        if (e instanceof ApiError && e.status === 404) {
          this.locateError = t('geography.locate.outside');
          map.popup.setContent(`<strong>${escapeHtml(t('geography.locate.outside'))}</strong><br>${escapeHtml(formatPoint(latlng))}`);
        } else {
          this.locateError = e;
          map.popup.setContent(problemHtml(e));
        }
      }
    },
  },
});
