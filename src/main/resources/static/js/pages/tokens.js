import { mountShell, createPage, api, t, ApiError } from '/js/app.js';
import { loadAllDepartments, departmentLabel } from '/js/directory.js';

await mountShell('tokens', { areas: ['directory'] });

createPage({
  data() {
    return {
      department: '', tokens: [], loading: false, error: null, notice: null,
      departments: [],
      form: null, formError: null, saving: false,
      issued: null, copied: false, copyFailed: false,
    };
  },
  computed: {
    fieldLabels() {
      return { departmentCode: t('directory.tokens.department'), name: t('directory.tokens.name'), validDays: t('directory.tokens.validDays') };
    },
  },
  async mounted() {
    this.load();
    try { this.departments = await loadAllDepartments(); } catch (e) { this.error = e; }
  },
  methods: {
    departmentName(code) { return departmentLabel(this.departments, code); },
    isExpired(tk) { return tk.expiresAt && new Date(tk.expiresAt) <= new Date(); },
    fieldError(field) { return this.formError instanceof ApiError ? this.formError.fieldError(field) : null; },
    async load() {
      this.loading = true;
      this.error = null;
      try {
        this.tokens = await api('/api/directory/tokens', { query: { department: this.department } });
      } catch (e) {
        this.error = e;
      } finally {
        this.loading = false;
      }
    },
    openCreate() {
      this.formError = null;
      this.form = { departmentCode: this.department || '', name: '', validDays: 365 };
    },
    async save() {
      this.saving = true;
      this.formError = null;
      try {
        this.issued = await api('/api/directory/tokens', { method: 'POST', body: { ...this.form } });
        this.copied = false;
        this.copyFailed = false;
        this.form = null;
        this.load();
        this.$nextTick(() => {
          const input = document.getElementById('issued-token');
          if (input) input.focus();
        });
      } catch (e) {
        this.formError = e;
      } finally {
        this.saving = false;
      }
    },
    // The clipboard API needs a secure context (https or localhost); fall back to the selection.
    async copy() {
      const input = document.getElementById('issued-token');
      try {
        if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(this.issued.token);
        else {
          input.select();
          if (!document.execCommand('copy')) throw new Error('copy refused');
        }
        this.copied = true;
        this.copyFailed = false;
      } catch (e) {
        input.select();
        this.copyFailed = true;
      }
    },
    async revoke(tk) {
      if (!window.confirm(t('directory.tokens.confirmRevoke', { name: tk.name }))) return;
      this.error = null;
      try {
        await api('/api/directory/tokens/' + encodeURIComponent(tk.id), { method: 'DELETE' });
        this.notice = t('directory.tokens.revokedMessage', { name: tk.name });
        await this.load();
      } catch (e) {
        this.error = e;
      }
    },
  },
});
