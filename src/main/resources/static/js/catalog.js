// What the catalog pages share: enum labels, number formatting and the delivery report
// component (used by the resource detail, the steward console and the upload page).
import { t, formatDateTime } from '/js/app.js';

export const SUBJECTS = ['POPULATION', 'LEGAL_ENTITY', 'SPATIAL', 'MACRO_ECONOMY', 'CREDIT', 'E_LICENSE', 'THEMATIC'];
export const SHARING_TYPES = ['UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED'];
export const OPEN_TYPES = ['UNCONDITIONAL', 'CONDITIONAL', 'NOT_OPEN'];
export const CYCLES = ['REALTIME', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'OTHER'];
export const METHODS = ['PLATFORM', 'EMAIL', 'MEDIUM'];
export const GRADES = ['GENERAL', 'IMPORTANT', 'CORE'];
export const ITEM_TYPES = ['STRING', 'INTEGER', 'DECIMAL', 'DATE', 'DATETIME', 'BOOLEAN', 'GEOMETRY'];
export const IDENTIFIERS = ['NONE', 'CITIZEN_ID', 'CREDIT_CODE', 'PHONE'];
export const SENSITIVITIES = ['PUBLIC', 'INTERNAL', 'PERSONAL', 'SENSITIVE_PERSONAL'];
export const PERSONAL = ['PERSONAL', 'SENSITIVE_PERSONAL'];

/** The label of an enum value, e.g. enumLabel('sharingType', 'CONDITIONAL') → 有条件共享. */
export function enumLabel(kind, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = `catalog.enum.${kind}.${value}`;
  const text = t(key);
  return text === key ? value : text;
}

export function formatCount(n) {
  return n === null || n === undefined ? '—' : Number(n).toLocaleString('zh-CN');
}

export function formatBytes(n) {
  if (n === null || n === undefined) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = Number(n);
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return (u === 0 ? v : v.toFixed(1)) + ' ' + units[u];
}

export function sharingBadge(type) {
  return { UNCONDITIONAL: 'badge-success', CONDITIONAL: 'badge-warning', NOT_SHARED: 'badge-danger' }[type] || '';
}

export function deliveryBadge(state) {
  return { ACCEPTED: 'badge-success', PARTIALLY_ACCEPTED: 'badge-warning', REJECTED: 'badge-danger', FAILED: 'badge-danger', RUNNING: 'badge-primary' }[state] || '';
}

export function requestBadge(state) {
  return { REQUESTED: 'badge-primary', APPROVED: 'badge-success', REJECTED: 'badge-danger' }[state] || '';
}

export function grantBadge(state) {
  return { ACTIVE: 'badge-success', REVOKED: 'badge-danger', EXPIRED: 'badge-warning' }[state] || '';
}

/** A delivery report: counts, outcome, message, the first problems and the CSV of all of them. */
export const DeliveryReportView = {
  props: { report: { type: Object, required: true } },
  methods: { t, formatDateTime, enumLabel, formatCount, formatBytes, deliveryBadge },
  template: `
  <div class="delivery-report" data-testid="delivery-report">
    <div class="report-counts">
      <div class="count"><span class="label">{{ t('catalog.delivery.state') }}</span>
        <span class="badge" :class="deliveryBadge(report.state)" data-testid="report-state">{{ enumLabel('deliveryState', report.state) }}</span></div>
      <div class="count"><span class="label">{{ t('catalog.delivery.received') }}</span><b>{{ formatCount(report.received) }}</b></div>
      <div class="count ok"><span class="label">{{ t('catalog.delivery.accepted') }}</span><b data-testid="report-accepted">{{ formatCount(report.accepted) }}</b></div>
      <div class="count bad"><span class="label">{{ t('catalog.delivery.rejected') }}</span><b data-testid="report-rejected">{{ formatCount(report.rejected) }}</b></div>
      <div class="count" v-if="report.deleted"><span class="label">{{ t('catalog.delivery.deleted') }}</span><b>{{ formatCount(report.deleted) }}</b></div>
    </div>
    <dl class="facts">
      <dt>{{ t('catalog.delivery.batchId') }}</dt><dd><code>{{ report.batchId }}</code> · {{ enumLabel('mode', report.mode) }} · v{{ report.version }} · {{ report.format }}<template v-if="report.charset"> / {{ report.charset }}</template> · {{ formatBytes(report.bytes) }}</dd>
      <dt>{{ t('catalog.resource.policy') }}</dt><dd>{{ enumLabel('policy', report.policy) }}</dd>
      <dt>{{ t('catalog.delivery.deliveredBy') }}</dt><dd>{{ report.deliveredBy }}</dd>
      <dt>{{ t('catalog.delivery.startedAt') }}</dt><dd>{{ formatDateTime(report.startedAt, true) }} → {{ formatDateTime(report.finishedAt, true) }}</dd>
    </dl>
    <p class="alert alert-info" v-if="report.message" style="margin-top:10px">{{ report.message }}</p>
    <template v-if="report.problems">
      <div class="card-head" style="margin-top:14px">
        <h3 style="margin:0">{{ report.problemCount ? t('catalog.delivery.problems', { count: report.problems.length, total: formatCount(report.problemCount) }) : t('catalog.delivery.noProblems') }}</h3>
        <a class="btn btn-small" v-if="report.problemCount" :href="report.rejectionsCsvUrl" download>{{ t('catalog.delivery.rejectionsCsv') }}</a>
      </div>
      <div class="table-wrap" v-if="report.problems.length" style="max-height:320px;overflow:auto">
        <table class="data">
          <thead><tr><th>{{ t('catalog.delivery.row') }}</th><th>{{ t('catalog.delivery.item') }}</th><th>{{ t('catalog.delivery.problemCode') }}</th><th>{{ t('catalog.delivery.reasonText') }}</th><th>{{ t('catalog.delivery.value') }}</th></tr></thead>
          <tbody>
            <tr v-for="(p, i) in report.problems" :key="i">
              <td class="nowrap">{{ p.row }}</td><td><code>{{ p.item || '—' }}</code></td><td><code>{{ p.code }}</code></td><td>{{ p.reason }}</td><td><code>{{ p.value }}</code></td>
            </tr>
          </tbody>
        </table>
      </div>
    </template>
  </div>`,
};
