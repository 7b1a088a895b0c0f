// 市民报事: the public page, no account. Report a problem (POST /api/public/cases; the map shows
// the city's districts and streets from the public outline endpoint), follow a case by its
// number and the last four digits of the phone, and rate it once it is closed.
import { mountShell, createPage, api, t, ApiError } from '/js/app.js';
import { iconSvg } from '/js/nav.js';
import { HOTLINE_TYPES, SATISFACTIONS, enumLabel, statusBadge, createCityMap } from '/js/cases.js';

await mountShell(null, { public: true, areas: ['cases'], title: 'cases.public.title' });
const view = { map: null };
const params = new URLSearchParams(location.search);

function emptyDraft() {
  return { description: '', categoryCode: '', hotlineType: 'COMPLAINT', lat: null, lon: null, address: '', reporterName: '', reporterPhone: '' };
}

function friendly(e) {
  if (e instanceof ApiError && e.status === 404) return t('cases.public.notFound');
  if (e instanceof ApiError && e.status === 429) return t('cases.public.tooMany');
  return e;
}

createPage({
  data() {
    return { HOTLINE_TYPES, SATISFACTIONS, tab: params.get('number') ? 'follow' : 'report', draft: emptyDraft(), categories: [],
      busy: false, reported: null, reportError: null,
      query: { number: params.get('number') || '', phoneLast4: '' }, found: null, followError: null,
      rating: { satisfaction: '', comment: '' }, ratedNotice: false };
  },
  computed: {
    groups() {
      const groups = new Map();
      for (const c of this.categories) {
        if (!groups.has(c.group)) groups.set(c.group, { name: c.group, items: [] });
        groups.get(c.group).items.push(c);
      }
      return [...groups.values()];
    },
    labels() {
      return { description: t('cases.public.description'), categoryCode: t('cases.public.category'), lon: t('cases.public.place'),
        reporterPhone: t('cases.public.phone'), reporterName: t('cases.public.name') };
    },
  },
  async mounted() {
    try { this.categories = await api('/api/public/cases/categories', { redirectOn401: false }); } catch (e) { this.reportError = e; }
    await this.$nextTick();
    view.map = createCityMap('public-map', { levels: ['district', 'street'], public: true,
      layerUrl: level => '/api/public/cases/map/' + level, onClick: latlng => this.pick(latlng.lat, latlng.lng) });
  },
  methods: {
    enumLabel, statusBadge, icon: iconSvg,
    switchTab(tab) {
      this.tab = tab;
      if (tab === 'report') this.$nextTick(() => view.map.leaflet.invalidateSize());
    },
    pick(lat, lon, zoom) {
      this.draft.lat = lat;
      this.draft.lon = lon;
      view.map.setPoint(lat, lon, zoom);
    },
    useLocation() {
      if (!navigator.geolocation) return;
      navigator.geolocation.getCurrentPosition(p => this.pick(p.coords.latitude, p.coords.longitude, 16), () => {}, { timeout: 10000 });
    },
    async report() {
      this.busy = true;
      this.reportError = null;
      try {
        const d = this.draft;
        this.reported = await api('/api/public/cases', { method: 'POST', redirectOn401: false, body: {
          ...d, categoryCode: d.categoryCode || null, address: d.address || null, reporterName: d.reporterName || null } });
        this.query = { number: this.reported.number, phoneLast4: d.reporterPhone.slice(-4) };
        this.draft = emptyDraft();
        view.map.clearPoint();
      } catch (e) {
        this.reportError = friendly(e);
      } finally {
        this.busy = false;
      }
    },
    followReported() {
      this.tab = 'follow';
      this.follow();
    },
    async follow() {
      this.followError = null;
      this.found = null;
      this.ratedNotice = false;
      try {
        this.found = await api('/api/public/cases/' + encodeURIComponent(this.query.number),
          { query: { phoneLast4: this.query.phoneLast4 }, redirectOn401: false });
      } catch (e) {
        this.followError = friendly(e);
      }
    },
    async rate() {
      this.followError = null;
      try {
        this.found = await api('/api/public/cases/' + encodeURIComponent(this.found.number) + '/rating', { method: 'POST', redirectOn401: false,
          body: { phoneLast4: this.query.phoneLast4, satisfaction: this.rating.satisfaction, comment: this.rating.comment || null } });
        this.ratedNotice = true;
      } catch (e) {
        this.followError = friendly(e);
      }
    },
  },
});
