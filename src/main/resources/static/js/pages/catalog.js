import { mountShell, createPage, api } from '/js/app.js';
import { loadAllDepartments } from '/js/directory.js';
import { SUBJECTS, SHARING_TYPES, CYCLES, enumLabel, sharingBadge } from '/js/catalog.js';

await mountShell('catalog', { areas: ['catalog'] });

const EMPTY = { q: '', department: '', subject: '', sharingType: '', cycle: '' };

createPage({
  data() {
    const params = new URLSearchParams(location.search);
    const filter = { ...EMPTY };
    for (const key of Object.keys(EMPTY)) filter[key] = params.get(key) || '';
    return { filter, result: null, loading: false, error: null, departments: [], SUBJECTS, SHARING_TYPES, CYCLES };
  },
  async mounted() {
    this.search(0);
    try { this.departments = await loadAllDepartments(); } catch (e) { this.error = e; }
  },
  methods: {
    enumLabel, sharingBadge,
    reset() {
      this.filter = { ...EMPTY };
      this.search(0);
    },
    async search(page) {
      this.loading = true;
      this.error = null;
      // The filter goes into the address, so that back from a resource returns to the same list.
      const query = { ...this.filter };
      const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v));
      history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
      try {
        this.result = await api('/api/catalog/resources', { query: { ...query, page, size: 20 } });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
  },
});
