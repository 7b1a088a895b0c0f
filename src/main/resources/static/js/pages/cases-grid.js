// 网格员: a page for a phone. Report a problem with a photo and the current position (the
// browser's geolocation, or a tap on the small map when it is refused or unavailable), verify
// handled cases in the worker's grids on site (pass, or fail = 返工, with a note and photos).
import { mountShell, createPage, api, t } from '/js/app.js';
import { iconSvg } from '/js/nav.js';
import {
  statusBadge, placeText, caseHref, loadCategories, categoryGroups, suggestCategories, createCityMap, locatePoint,
  locationText, readPhotos, CaseActionDialog,
} from '/js/cases.js';

await mountShell('cases-grid', { areas: ['cases'] });
const view = { map: null };

function emptyDraft() { return { description: '', categoryCode: '', lat: null, lon: null }; }

createPage({
  components: { 'case-action': CaseActionDialog },
  data() {
    return { tab: 'report', draft: emptyDraft(), categories: [], categoryTouched: false, photos: [], located: null,
      locateProblem: null, locating: false, busy: false, error: null, notice: null, tasks: null, mine: null, acting: null };
  },
  computed: {
    groups() { return categoryGroups(this.categories); },
    suggestions() { return suggestCategories(this.draft.description, this.categories); },
    labels() { return { description: t('cases.grid.description'), categoryCode: t('cases.grid.category'), lon: t('cases.grid.located') }; },
  },
  watch: {
    suggestions(list) { if (!this.categoryTouched) this.draft.categoryCode = list.length ? list[0].category.code : ''; },
  },
  async mounted() {
    try { this.categories = await loadCategories(); } catch (e) { this.error = e; }
    await this.$nextTick();
    view.map = createCityMap('grid-map', { levels: ['district', 'street', 'community'], labels: false,
      onClick: latlng => this.pick(latlng.lat, latlng.lng) });
    this.loadTasks();
    this.loadMine();
  },
  methods: {
    statusBadge, placeText, caseHref, locationText, icon: iconSvg,
    switchTab(tab) {
      this.tab = tab;
      this.notice = null;
      if (tab === 'report') this.$nextTick(() => view.map.leaflet.invalidateSize());
      if (tab === 'tasks') this.loadTasks();
      if (tab === 'mine') this.loadMine();
    },
    async loadTasks() {
      try { this.tasks = await api('/api/cases', { query: { status: 'REPLIED', size: 50 } }); } catch (e) { this.error = e; }
    },
    async loadMine() {
      try { this.mine = await api('/api/cases', { query: { size: 30 } }); } catch (e) { this.error = e; }
    },
    async choosePhotos(event) {
      this.error = null;
      try {
        this.photos = await readPhotos(event.target.files);
      } catch (e) {
        this.photos = [];
        this.error = e.message;
      }
    },
    useLocation() {
      if (!navigator.geolocation) { this.locateProblem = t('cases.grid.locateFailed'); return; }
      this.locating = true;
      navigator.geolocation.getCurrentPosition(p => {
        this.locating = false;
        this.pick(p.coords.latitude, p.coords.longitude, 16);
      }, () => {
        this.locating = false;
        this.locateProblem = t('cases.grid.locateFailed');
      }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    },
    async pick(lat, lon, zoomTo) {
      this.locateProblem = null;
      view.map.setPoint(lat, lon, zoomTo);
      try {
        const found = await locatePoint(lat, lon);
        this.located = found;
        this.draft.lat = found ? lat : null;
        this.draft.lon = found ? lon : null;
        if (!found) { this.locateProblem = t('cases.intake.outside'); view.map.clearPoint(); }
      } catch (e) {
        this.error = e;
      }
    },
    async report() {
      if (this.busy) return;
      this.busy = true;
      this.error = null;
      this.notice = null;
      try {
        const d = this.draft;
        const answer = await api('/api/cases', { method: 'POST', body: { channel: 'GRID_WORKER', categoryCode: d.categoryCode || null,
          description: d.description, lon: d.lon, lat: d.lat, address: this.located ? locationText(this.located) : null, photos: this.photos } });
        this.notice = t('cases.grid.reported', { number: answer.case.number });
        this.draft = emptyDraft();
        this.categoryTouched = false;
        this.photos = [];
        this.located = null;
        view.map.clearPoint();
        window.scrollTo(0, 0);
      } catch (e) {
        this.error = e;
      } finally {
        this.busy = false;
      }
    },
    verify(c, passed) {
      this.acting = c;
      // The dialog opens with its defaults; preset the worker's choice.
      this.$nextTick(() => { this.$refs.verifyDialog.passed = passed; });
    },
    verified(detail) {
      this.acting = null;
      this.notice = t('cases.dispatch.done', { number: detail.number, action: t('cases.action.verify') });
      this.loadTasks();
    },
  },
});
