// 案件详情: one case with its whole history (every transition: who, when, why), photos, the
// place on the city map, the reporter masked (operators may read the contact, audited), merged
// cases, and exactly the verbs the server says the current user may use (allowedActions).
import { mountShell, createPage, api, t, hasAnyRole } from '/js/app.js';
import {
  enumLabel, actionLabel, statusBadge, cardBadge, placeText, caseHref, loadCategories, loadDepartments, needsNoInput,
  act, createCityMap, CaseActionDialog,
} from '/js/cases.js';

const { user } = await mountShell('case', { areas: ['cases'] });
const number = new URLSearchParams(location.search).get('number') || '';
const view = { map: null };

createPage({
  components: { 'case-action': CaseActionDialog },
  data() {
    return { c: null, error: null, notice: null, contact: null, acting: null, action: null,
      departments: [], rules: [], categories: [], mayReadContact: hasAnyRole(user, ['OPERATOR', 'ADMIN']) };
  },
  computed: {
    hasPoint() { return !!(this.c && this.c.place && this.c.place.lat != null); },
  },
  async mounted() {
    await this.load();
    loadDepartments().then(list => { this.departments = list; });
    if (this.mayReadContact) {
      Promise.all([loadCategories(), api('/api/cases/admin/dispatch-rules')])
        .then(([categories, rules]) => { this.categories = categories; this.rules = rules; }).catch(() => {});
    }
  },
  methods: {
    enumLabel, actionLabel, statusBadge, cardBadge, placeText, caseHref,
    async load() {
      try {
        this.c = await api('/api/cases/' + encodeURIComponent(number));
        document.title = number + ' · ' + t('cases.detail.title');
        await this.$nextTick();
        this.drawMap();
      } catch (e) {
        this.error = e.status === 404 ? t('cases.detail.notFound') : e;
      }
    },
    drawMap() {
      if (!this.hasPoint) return;
      const { lat, lon } = this.c.place;
      if (!view.map) view.map = createCityMap('case-map', { levels: ['district', 'street', 'community', 'grid'], keepView: true, centre: [lat, lon], zoom: 15, labels: false });
      view.map.setPoint(lat, lon);
    },
    departmentName(code) {
      const d = this.departments.find(x => x.code === code);
      return d ? d.name : code;
    },
    eventClass(e) {
      if (['reject', 'return', 'overdue', 'refuse-extension'].includes(e.action) || (e.action === 'verify' && e.to === 'IN_PROGRESS')) return 'danger';
      if (['close', 'answer', 'rate'].includes(e.action)) return 'success';
      return '';
    },
    async readContact() {
      try {
        this.contact = await api('/api/cases/' + encodeURIComponent(number) + '/contact');
      } catch (e) {
        this.error = e;
      }
    },
    async start(action) {
      this.notice = null;
      this.error = null;
      if (needsNoInput(action)) {
        try {
          this.done(await act(this.c.number, action, { version: this.c.version }), action);
        } catch (e) {
          this.error = e;
        }
        return;
      }
      this.action = action;
      this.acting = this.c;
    },
    async done(detail, action) {
      this.notice = t('cases.detail.done', { action: actionLabel(action || this.action) });
      this.acting = null;
      this.c = detail;
      await this.$nextTick();
      this.drawMap();
    },
  },
});
