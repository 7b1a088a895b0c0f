import { mountShell, createPage, api, t, ApiError, hasAnyRole, formatDateTime } from '/js/app.js';
import { loadAllDepartments } from '/js/directory.js';
import { enumLabel, sharingBadge, deliveryBadge, formatCount, PERSONAL, DeliveryReportView } from '/js/catalog.js';

const { user } = await mountShell('catalog', { areas: ['catalog'] });
const code = new URLSearchParams(location.search).get('code') || '';

function isoDate(date) {
  return date.toISOString().substring(0, 10);
}

createPage({
  components: { 'delivery-report': DeliveryReportView },
  data() {
    return {
      resource: null, versions: [], deliveries: null, error: null, notice: null,
      report: null, form: null, formError: null, saving: false, departments: [],
    };
  },
  computed: {
    isAdmin() { return hasAnyRole(user, ['ADMIN']); },
    canDeliver() {
      return this.resource && (this.isAdmin || (hasAnyRole(user, ['STEWARD']) && user.departmentCode === this.resource.providerCode));
    },
    canRequest() { return this.resource && hasAnyRole(user, ['STEWARD', 'ADMIN']); },
    requestBlocked() {
      if (!this.resource) return null;
      if (this.resource.sharingType === 'NOT_SHARED') return t('catalog.resource.requestNotShared');
      if (!this.isAdmin && user.departmentCode === this.resource.providerCode) return t('catalog.resource.requestOwn');
      return null;
    },
    personalItems() { return this.resource ? this.resource.items.filter(i => PERSONAL.includes(i.sensitivity)) : []; },
    minDate() { return isoDate(new Date(Date.now() + 86400000)); },
    maxDate() { return isoDate(new Date(Date.now() + 3 * 365 * 86400000)); },
    fieldLabels() {
      return { purpose: t('catalog.common.purpose'), items: t('catalog.request.items'), unmaskedItems: t('catalog.request.unmasked'),
        validUntil: t('catalog.common.validUntil'), consumerDepartmentCode: t('catalog.request.consumer'), resourceCode: t('catalog.common.code') };
    },
  },
  async mounted() {
    try {
      this.resource = await api('/api/catalog/resources/' + encodeURIComponent(code));
      this.versions = await api('/api/catalog/resources/' + encodeURIComponent(code) + '/versions');
      if (this.canDeliver) this.loadDeliveries(0);
    } catch (e) {
      this.error = e;
    }
  },
  methods: {
    enumLabel, sharingBadge, deliveryBadge, formatCount,
    back() {
      if (document.referrer && new URL(document.referrer).pathname === '/catalog.html') history.back();
      else location.href = '/catalog.html';
    },
    async loadDeliveries(page) {
      try {
        this.deliveries = await api('/api/catalog/resources/' + encodeURIComponent(code) + '/deliveries', { query: { page, size: 10 } });
      } catch (e) {
        this.error = e;
      }
    },
    async showReport(d) {
      try {
        this.report = await api('/api/catalog/deliveries/' + d.id);
      } catch (e) {
        this.error = e;
      }
    },
    async openRequest() {
      this.formError = null;
      this.notice = null;
      if (this.isAdmin && !this.departments.length) {
        try { this.departments = await loadAllDepartments(); } catch (e) { this.error = e; return; }
      }
      const consumer = this.isAdmin ? (this.departments.find(d => d.code !== this.resource.providerCode) || {}).code : user.departmentCode;
      this.form = {
        consumerDepartmentCode: consumer || '', purpose: '',
        items: this.resource.items.map(i => i.name), unmaskedItems: [],
        validUntil: isoDate(new Date(Date.now() + 365 * 86400000)),
      };
    },
    toggleAll(all) {
      this.form.items = all ? this.resource.items.map(i => i.name) : this.resource.items.filter(i => i.key).map(i => i.name);
    },
    async submitRequest() {
      this.saving = true;
      this.formError = null;
      try {
        const f = this.form;
        // The date is the last day of validity: the grant ends at the end of that day (city time).
        const validUntil = f.validUntil ? new Date(f.validUntil + 'T23:59:59+08:00').toISOString() : null;
        const answer = await api('/api/catalog/requests', { method: 'POST', body: {
          resourceCode: this.resource.code, consumerDepartmentCode: f.consumerDepartmentCode, purpose: f.purpose,
          items: f.items, unmaskedItems: f.unmaskedItems.filter(i => f.items.includes(i)), validUntil,
        } });
        this.notice = answer.state === 'APPROVED'
          ? t('catalog.request.submittedGranted')
          : t('catalog.request.submittedWaiting', { provider: answer.providerName, due: formatDateTime(answer.replyDueAt) });
        this.form = null;
      } catch (e) {
        this.formError = e instanceof ApiError ? e : e;
      } finally {
        this.saving = false;
      }
    },
  },
});
