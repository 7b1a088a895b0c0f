import { mountShell, createPage, api, t, localInputToInstant } from '/js/app.js';
import { loadAllDepartments, departmentLabel } from '/js/directory.js';

await mountShell('audit', { areas: ['audit'] });

const EMPTY_FILTER = { actor: '', action: '', department: '', outcome: '', from: '', to: '' };

createPage({
  data() {
    return {
      filter: { ...EMPTY_FILTER }, outcomes: ['SUCCESS', 'FAILURE', 'DENIED'],
      page: null, loading: false, error: null, departments: [],
      verification: null, verifying: false, verifyError: null,
    };
  },
  computed: {
    fieldLabels() {
      return { actor: t('audit.filter.actor'), action: t('audit.filter.action'), department: t('audit.filter.department'),
        outcome: t('audit.filter.outcome'), from: t('audit.filter.from'), to: t('audit.filter.to') };
    },
  },
  async mounted() {
    this.search(0);
    try { this.departments = await loadAllDepartments(); } catch (e) { /* codes are shown instead of names */ }
  },
  methods: {
    departmentName(code) { return departmentLabel(this.departments, code); },
    outcomeBadge(outcome) {
      return { SUCCESS: 'badge-success', FAILURE: 'badge-warning', DENIED: 'badge-danger' }[outcome] || '';
    },
    resetFilter() {
      this.filter = { ...EMPTY_FILTER };
      this.search(0);
    },
    async search(page) {
      this.loading = true;
      this.error = null;
      const f = this.filter;
      try {
        this.page = await api('/api/audit/entries', { query: {
          actor: f.actor, action: f.action, department: f.department, outcome: f.outcome,
          from: localInputToInstant(f.from), to: localInputToInstant(f.to), page, size: 30,
        } });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    async verify() {
      this.verifying = true;
      this.verifyError = null;
      this.verification = null;
      try {
        this.verification = await api('/api/audit/verify');
      } catch (e) {
        this.verifyError = e;
      } finally {
        this.verifying = false;
      }
    },
  },
});
