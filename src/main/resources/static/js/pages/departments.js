import { mountShell, createPage, api, t, has, ApiError } from '/js/app.js';
import { DEPARTMENT_KINDS, loadAllDepartments, departmentLabel } from '/js/directory.js';

await mountShell('departments', { areas: ['directory'] });

createPage({
  data() {
    return {
      q: '', page: null, loading: false, error: null, notice: null,
      all: [], kinds: DEPARTMENT_KINDS,
      form: null, formError: null, saving: false,
    };
  },
  computed: {
    parentChoices() { return this.form ? this.all.filter(d => d.code !== this.form.code) : []; },
    fieldLabels() {
      return { code: t('directory.departments.code'), name: t('directory.departments.name'),
        kind: t('directory.departments.kind'), parentCode: t('directory.departments.parent') };
    },
  },
  mounted() {
    this.search(0);
    this.loadAll();
  },
  methods: {
    kindLabel(kind) { return has('directory.kind.' + kind) ? t('directory.kind.' + kind) : kind; },
    departmentName(code) { return departmentLabel(this.all, code); },
    fieldError(field) { return this.formError instanceof ApiError ? this.formError.fieldError(field) : null; },
    async loadAll() {
      try { this.all = await loadAllDepartments(); } catch (e) { this.error = e; }
    },
    async search(page) {
      this.loading = true;
      this.error = null;
      try {
        this.page = await api('/api/directory/departments', { query: { q: this.q, page, size: 20 } });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    openCreate() {
      this.formError = null;
      this.form = { editing: false, code: '', name: '', kind: 'MUNICIPAL_BUREAU', parentCode: null };
    },
    openEdit(d) {
      this.formError = null;
      this.form = { editing: true, code: d.code, name: d.name, kind: d.kind, parentCode: d.parentCode || null };
    },
    flash(message) {
      this.notice = message;
      setTimeout(() => { if (this.notice === message) this.notice = null; }, 6000);
    },
    async save() {
      const f = this.form;
      this.saving = true;
      this.formError = null;
      try {
        if (f.editing) {
          await api('/api/directory/departments/' + encodeURIComponent(f.code), {
            method: 'PUT', body: { name: f.name, parentCode: f.parentCode, kind: f.kind } });
          this.flash(t('directory.departments.updated', { name: f.name }));
        } else {
          await api('/api/directory/departments', {
            method: 'POST', body: { code: f.code, name: f.name, parentCode: f.parentCode, kind: f.kind } });
          this.flash(t('directory.departments.created', { name: f.name }));
        }
        this.form = null;
        await Promise.all([this.search(this.page ? this.page.page : 0), this.loadAll()]);
      } catch (e) {
        this.formError = e;
      } finally {
        this.saving = false;
      }
    },
  },
});
