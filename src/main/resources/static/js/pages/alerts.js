// 预警处置: the alerts (filters state, level, kind; newest first) with acknowledge (确认) and
// resolve (解除, with a note) for the operations center, admins and leaders, each alert's history;
// and the rule editor (ADMIN, OPERATOR): scope, kind and its fields, the four levels' thresholds,
// hysteresis, minimum and clear durations. The server checks a rule whole and answers every
// problem with its field (condition.levels.RED, minimumDuration, ...); they show next to the fields.
import { mountShell, createPage, api, t, hasAnyRole, ApiError } from '/js/app.js';
import { KINDS, LEVELS, STATES, RULE_KINDS, SCOPE_TYPES, AQI_CATEGORIES, AQI_ITEMS, WATER_PARAMETERS, WATER_CLASSES,
  label, levelStyle, formatNumber, escapeHtml } from '/js/sensing.js';

const { user } = await mountShell('alerts', { areas: ['sensing'] });
const REFRESH_MS = 30000;
const PROPERTIES = ['PM2_5', 'PM10', 'O3', 'NO2', 'SO2', 'CO', 'LAEQ', 'FLOW', 'SPEED', 'OCCUPANCY', 'OCCUPIED', 'TILT',
  'DISSOLVED_OXYGEN', 'AMMONIA_NITROGEN', 'TOTAL_PHOSPHORUS', 'PERMANGANATE_INDEX', 'CHEMICAL_OXYGEN_DEMAND'];
const LADDER_KINDS = ['THRESHOLD', 'RATE_OF_CHANGE', 'FORECAST_BREACH'];

/** Minutes of a duration as the API sends it: ISO-8601 ("PT10M") or seconds. */
function minutesOf(duration) {
  if (duration === null || duration === undefined) return 0;
  if (typeof duration === 'number') return duration / 60;
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(duration));
  if (!m) return 0;
  const [, d, h, min, s] = m.map(x => (x === undefined ? 0 : Number(x)));
  return d * 1440 + h * 60 + min + s / 60;
}

/** Minutes typed in a field → ISO-8601 duration; blank → null (the server's default 0 or "required"). */
function isoMinutes(text) {
  if (text === '' || text === null || text === undefined) return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return 'invalid';
  const seconds = Math.round(n * 60);
  return (seconds < 0 ? '-' : '') + 'PT' + Math.abs(seconds) + 'S';
}

function numberOrNull(text) {
  if (text === '' || text === null || text === undefined) return null;
  return Number(text);
}

function blankRule() {
  return { id: null, name: '', enabled: true, scopeType: 'OBSERVED_PROPERTY', scopeValue: '', kind: 'THRESHOLD', direction: 'ABOVE',
    levels: { BLUE: '', YELLOW: '', ORANGE: '', RED: '' }, hysteresis: '', window: '', horizon: '', after: '', level: '',
    category: '', item: '', parameter: '', body: 'RIVER', target: '', minimumDuration: '', clearDuration: '' };
}

function formOf(r) {
  const c = r.condition;
  const minutes = d => (d === null || d === undefined ? '' : String(formatNumber(minutesOf(d))));
  const levels = { BLUE: '', YELLOW: '', ORANGE: '', RED: '' };
  for (const l of LEVELS) if (c.levels && c.levels[l] !== undefined && c.levels[l] !== null) levels[l] = String(c.levels[l]);
  return { ...blankRule(), id: r.id, name: r.name, enabled: r.enabled, scopeType: r.scope.type, scopeValue: r.scope.value, kind: c.kind,
    direction: c.direction || 'ABOVE', levels, hysteresis: c.hysteresis ?? '', window: minutes(c.window), horizon: minutes(c.horizon),
    after: minutes(c.after), level: c.level || '', category: c.category || '', item: c.item || '', parameter: c.parameter || '',
    body: c.body || 'RIVER', target: c.target || '', minimumDuration: minutes(r.minimumDuration), clearDuration: minutes(r.clearDuration) };
}

function bodyOf(f) {
  const condition = { kind: f.kind };
  if (LADDER_KINDS.includes(f.kind)) {
    condition.direction = f.direction;
    condition.levels = {};
    for (const l of LEVELS) if (f.levels[l] !== '' && f.levels[l] !== null) condition.levels[l] = Number(f.levels[l]);
    condition.hysteresis = numberOrNull(f.hysteresis);
  }
  if (f.kind === 'RATE_OF_CHANGE') condition.window = isoMinutes(f.window);
  if (f.kind === 'FORECAST_BREACH') condition.horizon = isoMinutes(f.horizon);
  if (f.kind === 'NO_DATA') { condition.after = isoMinutes(f.after); condition.level = f.level || null; }
  if (f.kind === 'AQI_CATEGORY') {
    condition.category = f.category || null;
    condition.item = f.item || null;
    condition.hysteresis = numberOrNull(f.hysteresis);
  }
  if (f.kind === 'WATER_CLASS_WORSE_THAN_TARGET') {
    Object.assign(condition, { parameter: f.parameter || null, body: f.body, target: f.target || null, level: f.level || null });
  }
  return { name: f.name, enabled: f.enabled, scope: { type: f.scopeType, value: f.scopeValue },
    condition, minimumDuration: isoMinutes(f.minimumDuration), clearDuration: isoMinutes(f.clearDuration) };
}

createPage({
  data() {
    const params = new URLSearchParams(location.search);
    return { KINDS, LEVELS, STATES, RULE_KINDS, SCOPE_TYPES, AQI_CATEGORIES, AQI_ITEMS, WATER_PARAMETERS, WATER_CLASSES, PROPERTIES,
      tab: params.get('tab') === 'rules' ? 'rules' : 'alerts',
      filter: { state: 'OPEN', level: params.get('level') || '', kind: '' },
      alerts: null, openByLevel: { BLUE: 0, YELLOW: 0, ORANGE: 0, RED: 0 }, rules: [],
      history: null, resolving: null, resolveNote: '', noteError: null, rule: null,
      dialogError: null, error: null, notice: null, busy: false,
      mayHandle: hasAnyRole(user, ['OPERATOR', 'ADMIN', 'LEADER']),
      mayEditRules: hasAnyRole(user, ['ADMIN', 'OPERATOR']) };
  },
  computed: {
    hasLadder() { return this.rule && LADDER_KINDS.includes(this.rule.kind); },
  },
  async mounted() {
    this.loadAlerts(0);
    this.loadRules();
    setInterval(() => { if (!this.resolving && !this.rule) this.loadAlerts(this.alerts ? this.alerts.page : 0, true); }, REFRESH_MS);
  },
  methods: {
    label, levelStyle, formatNumber,
    setTab(tab) {
      this.tab = tab;
      this.notice = null;
      const url = new URL(location.href);
      if (tab === 'rules') url.searchParams.set('tab', 'rules'); else url.searchParams.delete('tab');
      history.replaceState(null, '', url);
    },
    setLevel(level) { this.filter.level = level; this.loadAlerts(0); },
    stateBadge(state) {
      return { RAISED: 'badge-danger', ACKNOWLEDGED: 'badge-warning', RESOLVED: 'badge-success' }[state] || '';
    },
    async loadAlerts(page, quiet) {
      try {
        const [alerts, open] = await Promise.all([
          api('/api/sensing/alerts', { query: { ...this.filter, page, size: 30 } }),
          api('/api/sensing/alerts', { query: { state: 'OPEN', size: 500 } }),
        ]);
        this.alerts = alerts;
        const counts = { BLUE: 0, YELLOW: 0, ORANGE: 0, RED: 0 };
        for (const a of open.content) counts[a.level]++;
        this.openByLevel = counts;
        if (!quiet) this.error = null;
      } catch (e) {
        this.error = e;
      }
    },
    async loadRules() {
      try { this.rules = await api('/api/sensing/rules'); } catch (e) { this.error = e; }
    },
    async openHistory(a) {
      try { this.history = await api('/api/sensing/alerts/' + a.id); } catch (e) { this.error = e; }
    },
    async acknowledge(a) {
      this.error = null;
      this.notice = null;
      try {
        await api(`/api/sensing/alerts/${a.id}/acknowledge`, { method: 'POST', body: {} });
        this.notice = t('sensing.alerts.acknowledged', { rule: a.ruleName });
      } catch (e) {
        this.error = e;
      }
      this.loadAlerts(this.alerts.page);
    },
    openResolve(a) {
      this.resolving = a;
      this.resolveNote = '';
      this.noteError = null;
      this.dialogError = null;
    },
    async resolve() {
      this.dialogError = null;
      this.noteError = this.resolveNote ? null : t('sensing.alerts.noteRequired');
      if (this.noteError) return;
      this.busy = true;
      try {
        const a = this.resolving;
        await api(`/api/sensing/alerts/${a.id}/resolve`, { method: 'POST', body: { note: this.resolveNote } });
        this.resolving = null;
        this.notice = t('sensing.alerts.resolved', { rule: a.ruleName });
        this.loadAlerts(this.alerts.page);
      } catch (e) {
        this.dialogError = e;
      } finally {
        this.busy = false;
      }
    },
    conditionHtml(c) {
      const parts = [];
      if (c.levels) {
        parts.push((c.direction ? escapeHtml(label('direction', c.direction)) + ' ' : '') + LEVELS.filter(l => c.levels[l] !== undefined && c.levels[l] !== null)
          .map(l => `<span class="level-chip small" style="background:${levelStyle(l).background};color:${levelStyle(l).color}">${escapeHtml(label('level', l))} ${escapeHtml(c.levels[l])}</span>`).join(' '));
      }
      if (c.hysteresis) parts.push(escapeHtml(t('sensing.rules.hysteresis')) + ' ' + escapeHtml(c.hysteresis));
      if (c.window) parts.push(escapeHtml(t('sensing.rules.windowShort', { minutes: formatNumber(minutesOf(c.window)) })));
      if (c.horizon) parts.push(escapeHtml(t('sensing.rules.horizonShort', { minutes: formatNumber(minutesOf(c.horizon)) })));
      if (c.after) parts.push(escapeHtml(t('sensing.rules.afterShort', { minutes: formatNumber(minutesOf(c.after)) })));
      if (c.category) parts.push(escapeHtml(label('aqiCategory', c.category)) + (c.item ? ' · ' + escapeHtml(label('aqiItem', c.item)) : ''));
      if (c.parameter) parts.push(escapeHtml(label('waterParameter', c.parameter) + ' ' + t('sensing.rules.worseThan', { target: label('waterClass', c.target) })));
      if (c.level && !c.levels) parts.push(`<span class="level-chip small" style="background:${levelStyle(c.level).background};color:${levelStyle(c.level).color}">${escapeHtml(label('level', c.level))}</span>`);
      return parts.join('<br>');
    },
    durationText(d) {
      const m = minutesOf(d);
      return m ? t('sensing.rules.minutes', { minutes: formatNumber(m) }) : '0';
    },
    openRule(r) {
      this.dialogError = null;
      this.notice = null;
      this.rule = r ? formOf(r) : blankRule();
    },
    // A field's message from the server's 400 (names as the API's: condition.levels.RED, ...).
    fe(field) {
      return this.dialogError instanceof ApiError ? this.dialogError.fieldError(field) : null;
    },
    fieldLabel(field) {
      const names = { name: 'name', scope: 'scope', condition: 'kind', minimumDuration: 'minimumDuration', clearDuration: 'clearDuration' };
      if (names[field]) return t('sensing.rules.' + names[field]);
      const m = /^condition\.levels\.(\w+)$/.exec(field);
      if (m) return label('level', m[1]);
      const c = /^condition\.(\w+)$/.exec(field);
      return c ? t('sensing.rules.' + c[1]) : field;
    },
    async saveRule() {
      this.dialogError = null;
      this.busy = true;
      try {
        const f = this.rule;
        const body = bodyOf(f);
        if (f.id) await api('/api/sensing/rules/' + f.id, { method: 'PUT', body });
        else await api('/api/sensing/rules', { method: 'POST', body });
        this.notice = t('sensing.rules.saved', { name: f.name });
        this.rule = null;
        this.loadRules();
      } catch (e) {
        this.dialogError = e;
      } finally {
        this.busy = false;
      }
    },
    async deleteRule(r) {
      if (!confirm(t('sensing.rules.confirmDelete', { name: r.name }))) return;
      this.error = null;
      try {
        await api('/api/sensing/rules/' + r.id, { method: 'DELETE' });
        this.notice = t('sensing.rules.deleted', { name: r.name });
        this.loadRules();
      } catch (e) {
        this.error = e;
      }
    },
  },
});
