import { mountShell, createPage, api, t, ApiError } from '/js/app.js';
import { loadAllDepartments } from '/js/directory.js';
import { VERDICTS, registryLabel, verdictBadge } from '/js/registry.js';

await mountShell('checks', { areas: ['registry'] });

const RESULTS_PER_PAGE = 20;
const OPERATORS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };
const APPLICANT_FIELD = /^applicants\[(\d+)\]$/;

/** The ID numbers of a pasted list or a file: the first column of each non-empty line, a header line skipped. */
function idNumbersOf(text) {
  const lines = text.split(/\r?\n/).map(line => line.split(/[,;\t]/)[0].replace(/^\uFEFF/, '').replace(/^"|"$/g, '').trim()).filter(Boolean);
  return lines.length && !/^\d/.test(lines[0]) ? lines.slice(1) : lines;
}

createPage({
  data() {
    return {
      VERDICTS, ruleSets: [], code: '', purpose: '', text: '', fileNote: '', departments: [],
      running: false, error: null, runError: null, sent: [], run: null, runs: [], verdictFilter: '', resultPage: 0,
    };
  },
  computed: {
    ruleSet() { return this.ruleSets.find(r => r.code === this.code) || null; },
    // The lines as sent: the non-empty lines of the textarea with their line numbers, so that a
    // problem about applicants[i] points at the line the user sees.
    lines() {
      return this.text.split(/\r?\n/).map((value, i) => ({ value: value.trim(), line: i + 1 })).filter(l => l.value);
    },
    badLines() {
      if (!(this.runError instanceof ApiError)) return [];
      return this.runError.fieldErrors.map(e => {
        const m = APPLICANT_FIELD.exec(e.field || '');
        if (!m) return null;
        const index = Number(m[1]);
        const sent = this.sent[index] || { value: '', line: index + 1 };
        return { index, line: sent.line, value: sent.value, message: e.message };
      }).filter(Boolean);
    },
    filteredResults() {
      if (!this.run) return [];
      return this.verdictFilter ? this.run.results.filter(r => r.verdict === this.verdictFilter) : this.run.results;
    },
    shownResults() {
      const all = this.filteredResults;
      const totalPages = Math.ceil(all.length / RESULTS_PER_PAGE);
      const page = Math.min(this.resultPage, Math.max(0, totalPages - 1));
      return { content: all.slice(page * RESULTS_PER_PAGE, (page + 1) * RESULTS_PER_PAGE), page, size: RESULTS_PER_PAGE,
        totalElements: all.length, totalPages };
    },
    // A problem not already shown next to its field (purpose, applicants) or as the bad lines.
    generalError() {
      const e = this.runError;
      if (!e) return null;
      if (!(e instanceof ApiError)) return e;
      const shownAtFields = e.fieldErrors.length && e.fieldErrors.every(f => f.field === 'purpose' || f.field === 'applicants' || APPLICANT_FIELD.test(f.field || ''));
      return shownAtFields ? null : e;
    },
    fieldLabels() { return { purpose: t('registry.checks.purpose'), applicants: t('registry.checks.applicants') }; },
  },
  async mounted() {
    loadAllDepartments().then(all => { this.departments = all; }).catch(() => { /* codes are shown instead */ });
    try {
      this.ruleSets = await api('/api/registry/checks');
      if (this.ruleSets.length) this.code = this.ruleSets[0].code;
    } catch (e) {
      this.error = e;
    }
    this.loadRuns();
  },
  methods: {
    registryLabel, verdictBadge,
    fieldMessage(field) { return this.runError instanceof ApiError ? this.runError.fieldError(field) : null; },
    departmentName(code) {
      if (!code) return '—';
      const found = this.departments.find(d => d.code === code);
      return found ? found.name : code;
    },
    ruleSetLabel(code) {
      const found = this.ruleSets.find(r => r.code === code);
      return found ? found.label : code;
    },
    ruleLabel(code) {
      const found = this.ruleSet && this.ruleSet.rules.find(r => r.code === code);
      return found ? found.label : code;
    },
    explain(rule) { return (rule.explanation || '').replace('{value}', '…'); },
    condition(rule) {
      const measure = registryLabel('measure', rule.measure) + (rule.item ? '(' + rule.item + ')' : '');
      if (rule.operator === 'exists') return t('registry.checks.exists') + ' → ' + registryLabel('verdict', rule.outcome);
      return `${measure} ${OPERATORS[rule.operator] || rule.operator} ${rule.threshold} → ${registryLabel('verdict', rule.outcome)}`;
    },
    readFile(event) {
      const file = event.target.files && event.target.files[0];
      if (!file) return;
      const reader = new FileReader();
      reader.onload = () => {
        const numbers = idNumbersOf(String(reader.result || ''));
        this.text = numbers.join('\n');
        this.fileNote = t('registry.checks.fileRead', { name: file.name, count: numbers.length });
        event.target.value = '';
      };
      reader.onerror = () => { this.error = t('shell.error.unexpected'); };
      reader.readAsText(file, 'UTF-8');
    },
    async runCheck() {
      this.running = true;
      this.runError = null;
      this.sent = this.lines;
      try {
        this.run = await api('/api/registry/checks/' + encodeURIComponent(this.code) + '/runs', {
          method: 'POST', body: { purpose: this.purpose || null, applicants: this.sent.map(l => l.value) },
        });
        this.verdictFilter = '';
        this.resultPage = 0;
        this.loadRuns();
      } catch (e) {
        this.runError = e;
      } finally {
        this.running = false;
      }
    },
    async loadRuns() {
      try {
        this.runs = await api('/api/registry/checks/runs');
      } catch (e) {
        this.error = e;
      }
    },
    async openRun(summary) {
      this.error = null;
      try {
        this.run = await api('/api/registry/checks/runs/' + summary.id);
        this.verdictFilter = '';
        this.resultPage = 0;
      } catch (e) {
        this.error = e;
      }
    },
  },
});
