// What the registry pages share: enum labels and badge colours of discrepancies, reviews and
// cross-check verdicts.
import { t } from '/js/app.js';

export const KINDS = ['VALUE_CONFLICT', 'MISSING_FROM_AUTHORITY', 'DEAD_BUT_ALIVE_ELSEWHERE', 'AUTHORITY_WRONG'];
export const STATES = ['OPEN', 'CONFIRMED', 'DISPUTED', 'RESOLVED', 'CLOSED'];
export const VERDICTS = ['ELIGIBLE', 'REVIEW', 'INELIGIBLE'];

/** The label of an enum value, e.g. registryLabel('state', 'DISPUTED') → 申诉中; unknown values as they are. */
export function registryLabel(kind, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = `registry.enum.${kind}.${value}`;
  const text = t(key);
  return text === key ? value : text;
}

export function stateBadge(state) {
  return { OPEN: 'badge-primary', CONFIRMED: 'badge-warning', DISPUTED: 'badge-danger', RESOLVED: 'badge-success', CLOSED: '' }[state] || '';
}

export function kindBadge(kind) {
  return { VALUE_CONFLICT: 'badge-warning', MISSING_FROM_AUTHORITY: 'badge-primary', DEAD_BUT_ALIVE_ELSEWHERE: 'badge-danger', AUTHORITY_WRONG: 'badge-danger' }[kind] || '';
}

export function verdictBadge(verdict) {
  return { ELIGIBLE: 'badge-success', REVIEW: 'badge-warning', INELIGIBLE: 'badge-danger' }[verdict] || '';
}

export function agreementBadge(agreement) {
  return { EXACT: 'badge-success', HOMOPHONE: 'badge-primary', SWAPPED: 'badge-primary', SIMILAR: 'badge-warning', DIFFERENT: 'badge-danger' }[agreement] || '';
}

/** A resource code as the API writes it: a plain string or a {value} record. */
export function codeOf(resource) {
  return resource && typeof resource === 'object' ? resource.value : resource;
}

/** A weight such as 8.3977 shown with one decimal and its sign. */
export function formatWeight(weight) {
  if (weight === null || weight === undefined) return '—';
  const n = Number(weight);
  return (n > 0 ? '+' : '') + n.toFixed(1);
}
