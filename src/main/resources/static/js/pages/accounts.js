import { mountShell, createPage, api, t, ApiError } from '/js/app.js';
import { PERSON_ROLES, DEPARTMENT_ROLES, loadAllDepartments, departmentLabel } from '/js/directory.js';

await mountShell('accounts', { areas: ['directory'] });

function gridCodes(text) {
  return (text || '').split(/[\s,，;；]+/).map(s => s.trim()).filter(Boolean);
}

createPage({
  data() {
    return {
      filter: { q: '', role: '', department: '' },
      page: null, loading: false, error: null, notice: null,
      departments: [], roles: PERSON_ROLES,
      form: null, formError: null, saving: false,
      passwordFor: null, newPassword: '', confirmPassword: '', passwordError: null,
    };
  },
  computed: {
    needsDepartment() { return !!this.form && this.form.roles.some(r => DEPARTMENT_ROLES.includes(r)); },
    fieldLabels() {
      return { username: t('directory.accounts.username'), displayName: t('directory.accounts.displayName'),
        password: t('directory.accounts.password'), roles: t('directory.accounts.roles'),
        departmentCode: t('directory.accounts.department'), gridCodes: t('directory.accounts.gridCodes') };
    },
  },
  async mounted() {
    this.search(0);
    try { this.departments = await loadAllDepartments(); } catch (e) { this.error = e; }
  },
  methods: {
    departmentName(code) { return departmentLabel(this.departments, code); },
    isLocked(a) { return a.lockedUntil && new Date(a.lockedUntil) > new Date(); },
    fieldError(field) { return this.formError instanceof ApiError ? this.formError.fieldError(field) : null; },
    flash(message) {
      this.notice = message;
      setTimeout(() => { if (this.notice === message) this.notice = null; }, 6000);
    },
    resetFilter() {
      this.filter = { q: '', role: '', department: '' };
      this.search(0);
    },
    async search(page) {
      this.loading = true;
      this.error = null;
      try {
        this.page = await api('/api/directory/accounts', { query: { ...this.filter, page, size: 20 } });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    openCreate() {
      this.formError = null;
      this.form = { editing: false, username: '', displayName: '', password: '', roles: [], departmentCode: null, gridText: '', enabled: true };
    },
    openEdit(a) {
      this.formError = null;
      this.form = { editing: true, username: a.username, displayName: a.displayName, roles: [...(a.roles || [])],
        departmentCode: a.departmentCode || null, gridText: (a.gridCodes || []).join(', '), enabled: a.enabled };
    },
    async save() {
      const f = this.form;
      this.saving = true;
      this.formError = null;
      const common = { displayName: f.displayName, roles: f.roles, departmentCode: f.departmentCode, gridCodes: gridCodes(f.gridText) };
      try {
        if (f.editing) {
          await api('/api/directory/accounts/' + encodeURIComponent(f.username), { method: 'PUT', body: { ...common, enabled: f.enabled } });
          this.flash(t('directory.accounts.updated', { name: f.displayName }));
        } else {
          await api('/api/directory/accounts', { method: 'POST', body: { username: f.username, password: f.password, ...common } });
          this.flash(t('directory.accounts.created', { name: f.displayName }));
        }
        this.form = null;
        await this.search(this.page ? this.page.page : 0);
      } catch (e) {
        this.formError = e;
      } finally {
        this.saving = false;
      }
    },
    openPassword(a) {
      this.passwordError = null;
      this.newPassword = '';
      this.confirmPassword = '';
      this.passwordFor = a;
    },
    async savePassword() {
      this.passwordError = null;
      if (this.newPassword !== this.confirmPassword) {
        this.passwordError = t('directory.accounts.passwordMismatch');
        return;
      }
      this.saving = true;
      try {
        const a = this.passwordFor;
        await api('/api/directory/accounts/' + encodeURIComponent(a.username) + '/password', { method: 'POST', body: { password: this.newPassword } });
        this.passwordFor = null;
        this.flash(t('directory.accounts.passwordReset', { name: a.displayName }));
      } catch (e) {
        this.passwordError = e;
      } finally {
        this.saving = false;
      }
    },
  },
});
