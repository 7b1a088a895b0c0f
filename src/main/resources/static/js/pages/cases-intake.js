// 12345 受理: an intake form built for speed. Everything works from the keyboard (Enter submits,
// Ctrl+Enter submits and registers, Alt+1..3 take a suggested category); the category is
// suggested from the description's words, the place comes from a click on the city map or a
// search of the city's divisions, and open cases of the same category nearby are shown while
// typing (the server's duplicate suggestions come with the intake answer, with a merge button).
import { mountShell, createPage, api, t } from '/js/app.js';
import {
  CHANNELS, HOTLINE_TYPES, URGENCIES, enumLabel, statusBadge, placeText, caseHref, loadCategories, categoryGroups,
  suggestCategories, createCityMap, locatePoint, locationText, nearbyOpenCases, act,
} from '/js/cases.js';

await mountShell('cases-intake', { areas: ['cases'] });

const map = { view: null };

function emptyDraft() {
  return { channel: 'HOTLINE', hotlineType: 'COMPLAINT', categoryCode: '', description: '', urgency: 'NORMAL',
    lon: null, lat: null, address: '', reporterName: '', reporterPhone: '' };
}

createPage({
  data() {
    return {
      CHANNELS, HOTLINE_TYPES, URGENCIES,
      draft: emptyDraft(), categories: [], categoryTouched: false, located: null, locateProblem: null,
      places: null, busy: false, error: null, mapError: null, result: null, mergeNotice: null, nearby: [],
    };
  },
  computed: {
    groups() { return categoryGroups(this.categories); },
    suggestions() { return suggestCategories(this.draft.description, this.categories); },
    labels() {
      return { description: t('cases.intake.description'), categoryCode: t('cases.intake.category'),
        hotlineType: t('cases.intake.hotlineType'), reporterPhone: t('cases.intake.reporterPhone'),
        reporterName: t('cases.intake.reporterName'), lon: t('cases.intake.location'), lat: t('cases.intake.location'),
        address: t('cases.intake.address'), channel: t('cases.intake.channel') };
    },
    duplicateKey() {
      const d = this.draft;
      return d.categoryCode && d.lat !== null ? d.categoryCode + '@' + d.lat.toFixed(5) + ',' + d.lon.toFixed(5) : '';
    },
  },
  watch: {
    // The best suggestion is taken until the operator picks a category by hand.
    suggestions(list) {
      if (!this.categoryTouched) this.draft.categoryCode = list.length ? list[0].category.code : '';
    },
    duplicateKey(key) {
      clearTimeout(this.duplicateTimer);
      if (!key) { this.nearby = []; return; }
      this.duplicateTimer = setTimeout(() => this.loadNearby(key), 350);
    },
  },
  async mounted() {
    try {
      this.categories = await loadCategories();
    } catch (e) {
      this.error = e;
    }
    await this.$nextTick();
    map.view = createCityMap('intake-map', { onClick: latlng => this.pick(latlng.lat, latlng.lng) });
    map.view.ready.catch(e => { this.mapError = e; });
    document.getElementById('intake-description').focus();
  },
  methods: {
    enumLabel, statusBadge, placeText, caseHref, locationText,
    onKey(event) {
      const target = event.target;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.submit(true);
      } else if (event.altKey && ['1', '2', '3'].includes(event.key)) {
        event.preventDefault();
        this.chooseSuggestion(Number(event.key) - 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.startNext();
      } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
        if (target.id === 'intake-address') {
          event.preventDefault();
          this.searchAddress(true);
        } else if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') {
          event.preventDefault();
          this.submit(false);
        }
        // Text inputs submit the form by themselves (implicit submission); buttons click.
      }
    },
    chooseSuggestion(index) {
      const s = this.suggestions[index];
      if (!s) return;
      this.draft.categoryCode = s.category.code;
      this.categoryTouched = true;
    },
    async pick(lat, lon, zoomTo) {
      this.locateProblem = null;
      map.view.setPoint(lat, lon, zoomTo);
      try {
        const found = await locatePoint(lat, lon);
        if (!found) {
          this.located = null;
          this.draft.lat = null;
          this.draft.lon = null;
          this.locateProblem = t('cases.intake.outside');
          map.view.clearPoint();
          return;
        }
        this.located = found;
        this.draft.lat = lat;
        this.draft.lon = lon;
      } catch (e) {
        this.mapError = e;
      }
    },
    clearPoint() {
      this.located = null;
      this.draft.lat = null;
      this.draft.lon = null;
      map.view.clearPoint();
    },
    // Address search within the city: the divisions (street, community, grid) by name; the
    // first hit (Enter) or a chosen one puts the point at its centre.
    async searchAddress(takeFirst) {
      const q = (this.draft.address || '').trim();
      if (!q) return;
      try {
        const found = await api('/api/geography/divisions', { query: { q, limit: 8 } });
        this.places = found;
        if (takeFirst && found.length) await this.choosePlace(found[0]);
      } catch (e) {
        this.error = e;
      }
    },
    async choosePlace(place) {
      try {
        const feature = await api('/api/geography/divisions/' + encodeURIComponent(place.code));
        const c = feature.properties.centroid;
        this.places = null;
        await this.pick(c.lat, c.lon, 15);
      } catch (e) {
        this.error = e;
      }
    },
    async loadNearby(key) {
      try {
        const found = await nearbyOpenCases(this.draft.categoryCode, this.draft.lat, this.draft.lon);
        if (key === this.duplicateKey) this.nearby = found;
      } catch (e) {
        this.nearby = [];
      }
    },
    async submit(register) {
      if (this.busy) return;
      this.busy = true;
      this.error = null;
      this.mergeNotice = null;
      try {
        const d = this.draft;
        const body = { ...d, categoryCode: d.categoryCode || null, address: d.address || null,
          reporterName: d.reporterName || null, reporterPhone: d.reporterPhone || null,
          hotlineType: d.channel === 'HOTLINE' || d.hotlineType ? d.hotlineType : null };
        const answer = await api('/api/cases', { method: 'POST', body });
        let detail = answer.case;
        if (register) detail = await act(detail.number, 'register', { version: detail.version });
        this.result = { detail, duplicates: answer.duplicates || [], registered: register };
        this.resetForm();
      } catch (e) {
        this.error = e;
      } finally {
        this.busy = false;
      }
    },
    async mergeInto(duplicate) {
      try {
        await act(this.result.detail.number, 'merge', { target: duplicate.number });
        this.mergeNotice = t('cases.intake.merged', { number: this.result.detail.number, target: duplicate.number });
      } catch (e) {
        this.error = e;
      }
    },
    resetForm() {
      const keep = { channel: this.draft.channel };
      this.draft = { ...emptyDraft(), ...keep };
      this.categoryTouched = false;
      this.located = null;
      this.locateProblem = null;
      this.places = null;
      this.nearby = [];
      if (map.view) map.view.clearPoint();
      this.$nextTick(() => document.getElementById('intake-description').focus());
    },
    startNext() {
      this.result = null;
      this.error = null;
      this.mergeNotice = null;
      this.resetForm();
    },
  },
});
