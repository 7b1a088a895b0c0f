// 工作日历: the month view, the deadline calculator and (for ADMIN) the yearly holiday notice.
import { mountShell, createPage, api, t, i18n, hasAnyRole, nowForInput, localInputToOffset } from '/js/app.js';

const { user } = await mountShell('calendar', { areas: ['calendar'] });

const KINDS = ['WEEKDAY', 'WEEKEND', 'HOLIDAY', 'ADJUSTED_WORKDAY'];
let rowKey = 0;

function pad(n) { return String(n).padStart(2, '0'); }

function todayText() {
  return nowForInput().substring(0, 10);
}

// Counts from GET /years may come as lists or as numbers.
function countOf(value) {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' ? value : 0;
}

createPage({
  data() {
    const today = todayText();
    return {
      kinds: KINDS,
      today,
      month: { year: Number(today.substring(0, 4)), month: Number(today.substring(5, 7)) },
      monthInput: '', days: [], monthError: null,
      deadline: { start: nowForInput(), amount: 5, unit: 'workingDays' },
      deadlineResult: null, deadlineError: null, calculating: false,
      isAdmin: hasAnyRole(user, ['ADMIN']),
      years: [], yearsError: null, notice: null,
      form: null, formError: null, saving: false,
    };
  },
  computed: {
    monthTitle() {
      return new Date(this.month.year, this.month.month - 1, 1)
        .toLocaleDateString(i18n.lang, { year: 'numeric', month: 'long' });
    },
    weekdays() {
      const names = t('calendar.weekdays');
      return Array.isArray(names) ? names : ['1', '2', '3', '4', '5', '6', '7'];
    },
    // Leading blanks so that the first day sits under its weekday (weeks start on Monday).
    // The month's year has no holiday arrangement in the data: only weekends are known.
    yearUnknown() { return this.days.some(d => d.yearKnown === false); },
    cells() {
      if (!this.days.length) return [];
      const first = new Date(this.days[0].date + 'T00:00:00');
      const blanks = (first.getDay() + 6) % 7;
      return [...Array(blanks).fill(null), ...this.days];
    },
  },
  mounted() {
    this.loadMonth();
    if (this.isAdmin) this.loadYears();
  },
  methods: {
    // "holidays[2].end" -> "节假日 第3行 结束日期"
    fieldLabel(field) {
      const m = /^(holidays|adjustedWorkdays)\[(\d+)\]\.(\w+)$/.exec(field);
      if (!m) return field === 'year' ? t('calendar.years.year') : null;
      const column = { name: m[1] === 'holidays' ? 'holidayName' : 'adjustedName', start: 'startDate', end: 'endDate', date: 'date' }[m[3]];
      return t('calendar.years.rowLabel', { list: t('calendar.years.' + m[1]), row: +m[2] + 1,
        column: column ? t('calendar.years.' + column) : m[3] });
    },
    summary(value) { return t('calendar.years.count', { count: countOf(value) }); },
    dayTitle(cell) {
      const reason = i18n.lang === 'zh-CN' && cell.reason ? cell.reason : t('calendar.kind.' + cell.kind);
      return `${cell.date} ${reason}${cell.holiday && !reason.includes(cell.holiday) ? ' · ' + cell.holiday : ''}`;
    },
    // A deadline is shown in the city's own time as the server wrote it (the offset is the city's).
    cityTime(value) {
      if (!value) return '—';
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
      return m ? `${m[1]} ${m[2]}` : value;
    },
    weekdayOf(value) {
      if (!value) return '';
      const d = new Date(value.substring(0, 10) + 'T00:00:00');
      if (isNaN(d)) return '';
      return t('calendar.weekdayPrefix') + this.weekdays[(d.getDay() + 6) % 7];
    },
    async loadMonth() {
      const { year, month } = this.month;
      this.monthInput = `${year}-${pad(month)}`;
      this.monthError = null;
      try {
        this.days = await api(`/api/calendar/months/${year}-${pad(month)}`);
      } catch (e) {
        this.days = [];
        this.monthError = e;
      }
    },
    shiftMonth(delta) {
      const index = this.month.year * 12 + (this.month.month - 1) + delta;
      this.month = { year: Math.floor(index / 12), month: (index % 12) + 1 };
      this.loadMonth();
    },
    goToday() {
      const today = todayText();
      this.month = { year: Number(today.substring(0, 4)), month: Number(today.substring(5, 7)) };
      this.loadMonth();
    },
    jumpTo() {
      const m = /^(\d{4})-(\d{2})$/.exec(this.monthInput);
      if (!m) return;
      this.month = { year: +m[1], month: +m[2] };
      this.loadMonth();
    },
    pickDay(cell) {
      this.deadline.start = cell.date + 'T09:00';
      document.getElementById('deadline-start').focus();
    },
    async calculate() {
      this.deadlineError = null;
      this.deadlineResult = null;
      const start = localInputToOffset(this.deadline.start);
      const { amount, unit } = this.deadline;
      this.calculating = true;
      try {
        const result = await api('/api/calendar/deadline', { query: { start, [unit]: amount } });
        this.deadlineResult = { ...result, amount, unit };
      } catch (e) {
        this.deadlineError = e;
      } finally {
        this.calculating = false;
      }
    },
    async loadYears() {
      this.yearsError = null;
      try {
        this.years = (await api('/api/calendar/years')).slice().sort((a, b) => b.year - a.year);
      } catch (e) {
        this.yearsError = e;
      }
    },
    editYear(y) {
      this.formError = null;
      const holidays = y && Array.isArray(y.holidays) ? y.holidays : [];
      const adjusted = y && Array.isArray(y.adjustedWorkdays) ? y.adjustedWorkdays : [];
      this.form = {
        existing: !!y,
        year: y ? y.year : Math.max(new Date().getFullYear() + 1, ...this.years.map(v => v.year + 1)),
        source: (y && y.source) || '',
        holidays: holidays.map(h => ({ key: ++rowKey, name: h.name, start: h.start, end: h.end })),
        adjustedWorkdays: adjusted.map(a => ({ key: ++rowKey, date: a.date, name: a.name || '' })),
      };
      if (!this.form.holidays.length) this.addHoliday();
    },
    addHoliday() {
      const year = this.form.year || new Date().getFullYear();
      this.form.holidays.push({ key: ++rowKey, name: '', start: `${year}-01-01`, end: `${year}-01-01` });
    },
    addAdjusted() {
      const year = this.form.year || new Date().getFullYear();
      this.form.adjustedWorkdays.push({ key: ++rowKey, date: `${year}-01-01`, name: '' });
    },
    async deleteYear(y) {
      if (!window.confirm(t('calendar.years.confirmDelete', { year: y.year }))) return;
      this.yearsError = null;
      try {
        await api('/api/calendar/years/' + y.year, { method: 'DELETE' });
        this.notice = t('calendar.years.deleted', { year: y.year });
        await Promise.all([this.loadYears(), this.loadMonth()]);
      } catch (e) {
        this.yearsError = e;
      }
    },
    async saveYear() {
      const f = this.form;
      this.saving = true;
      this.formError = null;
      try {
        await api('/api/calendar/years/' + f.year, { method: 'PUT', body: {
          holidays: f.holidays.map(h => ({ name: h.name, start: h.start, end: h.end })),
          adjustedWorkdays: f.adjustedWorkdays.map(a => ({ date: a.date, name: a.name })),
          source: f.source || null,
        } });
        this.notice = t('calendar.years.saved', { year: f.year });
        this.form = null;
        await Promise.all([this.loadYears(), this.loadMonth()]);
      } catch (e) {
        this.formError = e;
      } finally {
        this.saving = false;
      }
    },
  },
});
