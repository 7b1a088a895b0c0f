import { mountShell, createPage, api, t, hasAnyRole } from '/js/app.js';
import { loadAllDepartments } from '/js/directory.js';
import {
  SUBJECTS, SHARING_TYPES, OPEN_TYPES, CYCLES, METHODS, GRADES, ITEM_TYPES, IDENTIFIERS, SENSITIVITIES,
  enumLabel, sharingBadge, deliveryBadge, requestBadge, grantBadge, formatCount, DeliveryReportView,
} from '/js/catalog.js';

const { user } = await mountShell('steward', { areas: ['catalog'] });
const isAdmin = hasAnyRole(user, ['ADMIN']);

// Deliveries have no department-wide list: the console asks each resource for its latest few.
const RECENT_PER_RESOURCE = 3;
const RECENT_SHOWN = 15;

function newItem(key) {
  return { name: '', label: '', type: 'STRING', key, required: key, identifier: 'NONE', sensitivity: 'INTERNAL' };
}

createPage({
  components: { 'delivery-report': DeliveryReportView },
  data() {
    return {
      isAdmin, department: isAdmin ? '' : (user.departmentCode || ''), departments: [],
      timeliness: [], inbox: null, recent: [], requests: null, grants: null, tab: 'requests',
      loading: false, error: null, notice: null, report: null,
      reason: null, reasonError: null, saving: false, draft: null, draftError: null,
      SUBJECTS, SHARING_TYPES, OPEN_TYPES, CYCLES, METHODS, GRADES, ITEM_TYPES, IDENTIFIERS, SENSITIVITIES,
    };
  },
  computed: {
    overdueCount() { return this.timeliness.filter(e => e.overdue).length; },
    inboxOverdue() { return this.inbox ? this.inbox.content.filter(r => r.overdue).length : 0; },
    // Admins may narrow to a department; stewards are always scoped to their own by the server.
    scope() { return isAdmin ? this.department : ''; },
    registerLabels() {
      return { name: t('catalog.common.name'), classification: t('catalog.register.classification'), items: t('catalog.common.items'),
        sharingCondition: t('catalog.register.condition'), providerCode: t('catalog.common.provider'), openType: t('catalog.common.openType') };
    },
  },
  async mounted() {
    if (isAdmin) {
      try { this.departments = await loadAllDepartments(); } catch (e) { this.error = e; }
    }
    this.loadAll();
    window.addEventListener('cityos:demo-loaded', () => this.loadAll());
  },
  methods: {
    enumLabel, sharingBadge, deliveryBadge, requestBadge, grantBadge, formatCount,
    resourceHref(code) { return '/catalog-resource.html?code=' + encodeURIComponent(code); },
    resourceName(code) {
      const found = this.timeliness.find(e => e.resourceCode === code);
      return found ? found.name : code;
    },
    itemLabels(r) { return r.items.join('、'); },
    direction(providerCode) {
      if (isAdmin && !this.department) return '—';
      const own = isAdmin ? this.department : user.departmentCode;
      return providerCode === own ? t('catalog.steward.outgoing') : t('catalog.steward.incoming');
    },
    mayRevoke(g) { return isAdmin || g.providerCode === user.departmentCode; },
    async loadAll() {
      this.error = null;
      this.loadInbox(0);
      this.loadRequests(0);
      this.loadGrants(0);
      await this.loadTimeliness();
      this.loadRecent();
    },
    async loadTimeliness() {
      this.loading = true;
      try {
        this.timeliness = await api('/api/catalog/timeliness', { query: { department: this.scope } });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    async loadRecent() {
      try {
        const pages = await Promise.all(this.timeliness.slice(0, 40).map(e =>
          api('/api/catalog/resources/' + encodeURIComponent(e.resourceCode) + '/deliveries', { query: { size: RECENT_PER_RESOURCE } })));
        this.recent = pages.flatMap(p => p.content)
          .sort((a, b) => String(b.startedAt).localeCompare(String(a.startedAt))).slice(0, RECENT_SHOWN);
      } catch (e) {
        this.error = e;
      }
    },
    async loadInbox(page) {
      try {
        this.inbox = await api('/api/catalog/requests', { query: { role: 'provider', state: 'REQUESTED', department: this.scope, page, size: 10 } });
      } catch (e) {
        this.error = e;
      }
    },
    async loadRequests(page) {
      try {
        this.requests = await api('/api/catalog/requests', { query: { department: this.scope, page, size: 10 } });
      } catch (e) {
        this.error = e;
      }
    },
    async loadGrants(page) {
      try {
        this.grants = await api('/api/catalog/grants', { query: { department: this.scope, page, size: 10 } });
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
    async approve(r) {
      this.error = null;
      this.notice = null;
      try {
        await api('/api/catalog/requests/' + r.id + '/approve', { method: 'POST', body: { unmaskedItems: r.unmaskedItems } });
        this.notice = t('catalog.steward.approved', { consumer: r.consumerName });
        this.loadInbox(0);
        this.loadRequests(0);
        this.loadGrants(0);
      } catch (e) {
        this.error = e;
      }
    },
    openReason(kind, target) {
      this.reasonError = null;
      this.reason = { kind, target, text: '' };
    },
    async submitReason() {
      const { kind, target, text } = this.reason;
      this.saving = true;
      this.reasonError = null;
      try {
        const path = kind === 'reject' ? '/api/catalog/requests/' + target.id + '/reject' : '/api/catalog/grants/' + target.id + '/revoke';
        await api(path, { method: 'POST', body: { reason: text } });
        this.notice = t(kind === 'reject' ? 'catalog.steward.rejectedMessage' : 'catalog.steward.revokedMessage', { consumer: target.consumerName });
        this.reason = null;
        this.loadInbox(0);
        this.loadRequests(0);
        this.loadGrants(0);
      } catch (e) {
        this.reasonError = e;
      } finally {
        this.saving = false;
      }
    },
    openRegister() {
      this.draftError = null;
      this.draft = {
        name: '', classification: '', summary: '', providerCode: isAdmin ? (this.department || 'DSJJ') : user.departmentCode,
        subject: 'THEMATIC', updateCycle: 'MONTHLY', sharingType: 'CONDITIONAL', sharingCondition: '', openType: 'NOT_OPEN',
        sharingMethod: 'PLATFORM', grade: 'GENERAL', invalidRowPolicy: 'REJECT_BATCH', items: [newItem(true), newItem(false)],
      };
    },
    addItem() { this.draft.items.push(newItem(false)); },
    async register() {
      this.saving = true;
      this.draftError = null;
      try {
        const d = this.draft;
        const body = { ...d, sharingCondition: d.sharingType === 'UNCONDITIONAL' ? null : d.sharingCondition,
          items: d.items.map(i => ({ ...i, identifier: i.identifier === 'NONE' ? null : i.identifier })) };
        const created = await api('/api/catalog/resources', { method: 'POST', body });
        this.notice = t('catalog.register.registered', { name: created.name, code: created.code });
        this.draft = null;
        this.loadAll();
      } catch (e) {
        this.draftError = e;
      } finally {
        this.saving = false;
      }
    },
  },
});
